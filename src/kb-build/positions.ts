import { z } from 'zod';
import { type DataFileSpec, loadDataFile } from '../core/data-file.js';

/** `data/actors/positions.yaml`: office names to the sector of their holders. */
export const positionsFile = z.object({
  version: z.number().int(),
  rules: z
    .array(
      z.object({
        id: z.string().regex(/^position\.[a-z0-9.-]+$/, 'expected an id such as position.gov.minister'),
        sector: z
          .string()
          .regex(/^[A-Z]{3}$/)
          .nullable(),
        patterns: z.array(
          z.string().refine((p) => {
            try {
              new RegExp(p);
              return true;
            } catch {
              return false;
            }
          }, 'expected a valid regular expression'),
        ),
      }),
    )
    .min(1),
});

export const positionsSpec: DataFileSpec<z.infer<typeof positionsFile>> = {
  path: 'actors/positions.yaml',
  schema: positionsFile,
};

/** The sector of an office, with the rule that gave it; undefined when no rule knows it. */
export type PositionSector = { sector: string | null; rule: string } | undefined;

/** Builds the position reader from the reviewed table. */
export function positionReader(): (position: string) => PositionSector {
  const rules = loadDataFile(positionsSpec).rules.map((r) => ({
    ...r,
    res: r.patterns.map((p) => new RegExp(p, 'i')),
  }));
  return (position) => {
    const p = position.toLowerCase();
    const r = rules.find((x) => x.res.some((re) => re.test(p)));
    return r ? { sector: r.sector, rule: r.id } : undefined;
  };
}
