import { z } from 'zod';
import { type DataFileSpec, loadDataFile } from '../core/data-file.js';

const word = z.string().regex(/^[a-z]+$/, 'a lower-case word');

/** `data/patterns/verb-forms.yaml`: irregular past forms and their base forms. */
export const verbFormsSchema = z.object({
  version: z.number().int().positive(),
  forms: z.record(word, word),
});

export const verbFormsSpec: DataFileSpec<z.infer<typeof verbFormsSchema>> = {
  path: 'patterns/verb-forms.yaml',
  schema: verbFormsSchema,
};

let forms: Map<string, string> | null = null;

/** The base form of an irregular past form ("shot" -> "shoot"), or undefined. */
export function irregularBase(lower: string): string | undefined {
  forms ??= new Map(Object.entries(loadDataFile(verbFormsSpec).forms));
  return forms.get(lower);
}
