import { z } from 'zod';

/**
 * Sentence records labelled with the five-way CAMEO class of their main event (Multi-CoPED's
 * `pentaclass`), with the source and target as text spans where the annotators gave them.
 */
export const goldClassRecordSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  date: z.string().nullable().optional(),
  pentaclass: z.number().int().min(0).max(4),
  source: z.array(z.string()).optional(),
  target: z.array(z.string()).optional(),
  reciprocal: z.array(z.string()).optional(),
});
/** A gold class record. */
export type GoldClassRecord = z.infer<typeof goldClassRecordSchema>;

/** A role's words, and for a pronoun the words it stands for. */
interface RoleText {
  text?: string | null;
  refersTo?: string | { text?: string | null } | null;
}

/** The words a role is told with: a pronoun's own and those of the name it stands for. */
function roleWords(r: RoleText | null | undefined): string | null {
  if (!r?.text) return null;
  const named = typeof r.refersTo === 'string' ? r.refersTo : r.refersTo?.text;
  return named ? `${r.text} ${named}` : r.text;
}

/** A predicted event as the class scorer reads it: its CAMEO code and its two role texts. */
export interface ClassPred {
  cameo?: string | null;
  claim?: string;
  actor?: RoleText | null;
  recipient?: RoleText | null;
}

/**
 * The five classes by CAMEO root: statements and appeals (01-02), verbal cooperation (03-05),
 * material cooperation (06-08), verbal conflict (09-13), material conflict (14-20). This is the
 * mapping under which our scores reproduce the figures measured outside the repository.
 */
export function pentaclassOf(cameo: string | null | undefined): number | null {
  const root = Number((cameo ?? '').slice(0, 2));
  if (!Number.isInteger(root) || root < 1 || root > 20) return null;
  if (root <= 2) return 0;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

/** A sentence the scorer counts against us, for `--errors`. */
export interface ClassError {
  id: string;
  kind: 'class-miss' | 'wrong-class' | 'roles';
  expected: number;
  got: string;
  text: string;
}

/** What `lapwing eval` reports for a class gold file. */
export interface ClassScores {
  records: number;
  /** Sentences of class 1-4 and how many have a predicted event of their class. */
  classRecall: { hit: number; total: number; value: number };
  /** Predicted events of class 1-4 and how many are of their sentence's class. */
  classAgreement: { agree: number; total: number; value: number };
  /** Predicted events of a sentence's class where it has both role spans, and how many have both roles right. */
  rolesOnHits: { right: number; total: number; value: number };
  /** Predicted events (any class) on sentences of class 0, which has no coded events in Lapwing. */
  onStatements: number;
  errors: ClassError[];
}

function wordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []) out.add(w);
  return out;
}

function sharesWord(text: string | null | undefined, spans: readonly string[]): boolean {
  if (!text) return false;
  const mine = wordsOf(text);
  for (const s of spans) for (const w of wordsOf(s)) if (mine.has(w)) return true;
  return false;
}

function rolesRight(p: ClassPred, g: GoldClassRecord): boolean {
  const recip = g.reciprocal ?? [];
  return (
    sharesWord(roleWords(p.actor), [...(g.source ?? []), ...recip]) &&
    sharesWord(roleWords(p.recipient), [...(g.target ?? []), ...recip])
  );
}

const ratio = (a: number, b: number): number => (b ? a / b : 0);

/**
 * Scores predicted events against class records, as ../shared/gold/README.md defines it. Every
 * predicted event counts, whatever its claim status: the class of a sentence is that of its main
 * event as told, and the scores then agree with those measured outside the repository.
 */
export function scoreClasses(
  gold: readonly GoldClassRecord[],
  predsById: ReadonlyMap<string, readonly ClassPred[]>,
): ClassScores {
  const s: ClassScores = {
    records: gold.length,
    classRecall: { hit: 0, total: 0, value: 0 },
    classAgreement: { agree: 0, total: 0, value: 0 },
    rolesOnHits: { right: 0, total: 0, value: 0 },
    onStatements: 0,
    errors: [],
  };
  for (const g of gold) scoreRecord(g, predsById.get(g.id) ?? [], s);
  s.classRecall.value = ratio(s.classRecall.hit, s.classRecall.total);
  s.classAgreement.value = ratio(s.classAgreement.agree, s.classAgreement.total);
  s.rolesOnHits.value = ratio(s.rolesOnHits.right, s.rolesOnHits.total);
  return s;
}

function scoreRecord(g: GoldClassRecord, preds: readonly ClassPred[], s: ClassScores): void {
  const classes = preds.map((p) => pentaclassOf(p.cameo));
  const got = classes.map((c) => c ?? '?').join(',') || 'none';
  const error = (kind: ClassError['kind'], detail = got) =>
    s.errors.push({ id: g.id, kind, expected: g.pentaclass, got: detail, text: g.text });
  if (g.pentaclass === 0) s.onStatements += preds.length;
  let wrong = 0;
  for (const c of classes) {
    if (c === null || c === 0) continue;
    s.classAgreement.total++;
    if (c === g.pentaclass) s.classAgreement.agree++;
    else wrong++;
  }
  if (wrong) error('wrong-class');
  if (g.pentaclass === 0) return;
  s.classRecall.total++;
  const hits = preds.filter((_, i) => classes[i] === g.pentaclass);
  if (!hits.length) return void error('class-miss');
  s.classRecall.hit++;
  if (!g.source?.length || !g.target?.length) return;
  for (const p of hits) {
    s.rolesOnHits.total++;
    if (rolesRight(p, g)) s.rolesOnHits.right++;
    else error('roles', `${p.actor?.text ?? '-'} -> ${p.recipient?.text ?? '-'}`);
  }
}
