import { z } from 'zod';
import { articleId } from '../core/ids.js';
import type { Problem } from '../core/problem.js';
import type { Article, Casualties, CodedEvent, EventActor } from '../core/records.js';
import { processArticle } from '../pipeline/pipeline.js';

/** An input record of `lapwing code`: an id, a text and optionally its publication date. */
export const codeInputSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, 'an ISO date YYYY-MM-DD')
    .nullable()
    .optional(),
});
/** A parsed input record. */
export type CodeInput = z.infer<typeof codeInputSchema>;

/** An actor as printed by `lapwing code`. */
export interface PrintedActor {
  code: string;
  country: string | null;
  sector: string | null;
  name: string;
  text: string;
  /** For a pronoun, the words it stands for. */
  refersTo?: string;
}

/** One event as printed by `lapwing code` (the stable evaluation contract). */
export interface PrintedEvent {
  type: string;
  mode: string | null;
  context: string | null;
  cameo: string;
  goldstein: number;
  quad: number;
  actor: PrintedActor;
  recipient: PrintedActor | null;
  claim: string;
  /** Who the claim is attributed to, if anyone. */
  claimSource: PrintedActor | null;
  evidence: string;
  sentence: string;
  date: { from: string; to: string } | null;
  location: string | null;
  /** Killed, injured, arrested... as ranges with their words, as stored events carry them. */
  casualties: Casualties | null;
  confidence: number;
  rules: string[];
}

/** One output line of `lapwing code`. */
export interface PrintedRecord {
  id: string;
  events: PrintedEvent[];
}

function printActor(a: EventActor): PrintedActor {
  const out: PrintedActor = {
    code: a.code,
    country: a.country,
    sector: a.sector,
    name: a.name,
    text: a.text,
  };
  if (a.refersTo) out.refersTo = a.refersTo.text;
  return out;
}

/** The printed form of a coded event. */
export function printEvent(e: CodedEvent): PrintedEvent {
  return {
    type: e.type,
    mode: e.mode,
    context: e.context,
    cameo: e.cameo,
    goldstein: e.goldstein,
    quad: e.quad,
    actor: printActor(e.actor),
    recipient: e.recipient ? printActor(e.recipient) : null,
    claim: e.claim,
    claimSource: e.claimSource ? printActor(e.claimSource) : null,
    evidence: e.evidence.text,
    sentence: e.sentenceText,
    date: e.date ? { from: e.date.from, to: e.date.to } : null,
    location: e.location ? (e.location.name ?? e.location.text) : null,
    casualties: e.casualties ?? null,
    confidence: e.confidence,
    rules: e.rules,
  };
}

/** Builds the Article of an input record, as `lapwing code` and `lapwing eval` both do. */
export function articleOf(rec: CodeInput, origin: string): Article {
  return {
    id: articleId(rec.text),
    text: rec.text,
    title: null,
    outlet: null,
    published: rec.date ?? null,
    url: null,
    language: 'eng',
    origin,
    format: 'jsonl',
  };
}

/** Codes one input record through the whole pipeline. */
export function codeRecord(
  rec: CodeInput,
  origin = 'input',
): { record: PrintedRecord; events: CodedEvent[] } {
  const coded = processArticle(articleOf(rec, origin));
  return { record: { id: rec.id, events: coded.events.map(printEvent) }, events: coded.events };
}

/** Validates a parsed JSONL value as a code input, or returns the Problem. */
export function parseCodeInput(
  value: unknown,
  path: string,
): { ok: true; value: CodeInput } | { ok: false; problem: Problem } {
  const r = codeInputSchema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  const i = r.error.issues[0];
  return {
    ok: false,
    problem: {
      code: 'bad-record',
      path: `${path}${i.path.length ? `#${i.path.join('.')}` : ''}`,
      message: `expected {id, text, date?}: ${i.message}`,
    },
  };
}
