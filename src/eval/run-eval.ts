import { resolveActorText } from '../actors/resolve-text.js';
import type { Problem } from '../core/problem.js';
import { codeRecord } from './code-records.js';
import {
  type GoldActorRecord,
  type GoldEventRecord,
  goldActorRecordSchema,
  goldEventRecordSchema,
  type PredEvent,
  predRecordSchema,
} from './gold-schema.js';
import { type JsonlLine, readJsonl } from './jsonl.js';
import { type ActorScores, scoreActors } from './score-actors.js';
import {
  type ClassPred,
  type ClassScores,
  type GoldClassRecord,
  goldClassRecordSchema,
  scoreClasses,
} from './score-classes.js';
import { type EventScores, scoreEvents } from './score-events.js';

/** The result of `lapwing eval`: event scores or actor scores, plus input problems. */
export type EvalResult =
  | { kind: 'events'; gold: string; scores: EventScores; problems: Problem[] }
  | { kind: 'actors'; gold: string; scores: ActorScores; problems: Problem[] }
  | { kind: 'classes'; gold: string; scores: ClassScores; problems: Problem[] };

/** Reads a predictions file into events by record id. */
export function readPredictions(path: string): { byId: Map<string, PredEvent[]>; problems: Problem[] } {
  const { lines, problems } = readJsonl(path, '{"id": "1", "events": [...]}');
  const byId = new Map<string, PredEvent[]>();
  for (const l of lines) {
    const r = predRecordSchema.safeParse(l.value);
    if (!r.success) {
      const i = r.error.issues[0];
      problems.push({
        code: 'bad-prediction',
        path: `${path}:${l.line}#${i.path.join('.')}`,
        message: `expected {id, events:[{type, actor, recipient, ...}]}: ${i.message}`,
      });
      continue;
    }
    const list = byId.get(r.data.id) ?? [];
    for (const e of r.data.events)
      list.push({ ...e, actor: e.actor ?? null, recipient: e.recipient ?? null } as PredEvent);
    byId.set(r.data.id, list);
  }
  return { byId, problems };
}

/**
 * Runs an evaluation: detects event gold or actor gold (actor records carry `expect`), obtains
 * predictions from our own coder or resolver in-process, or from `predPath`, and scores them.
 */
export function runEval(
  goldPath: string,
  predPath?: string,
  allClaims = false,
): EvalResult | { kind: 'failed'; problems: Problem[] } {
  const { lines, problems } = readJsonl(
    goldPath,
    '{"id": "1", "text": "...", "events": [...]} or {"id": "1", "text": "...", "expect": "USAMIL"}',
  );
  if (!lines.length) return { kind: 'failed', problems };
  if (lines.every((l) => 'pentaclass' in (l.value as object)))
    return runClassEval(goldPath, lines, problems, predPath);
  const isActor = lines.every((l) => 'expect' in (l.value as object));
  if (isActor) {
    const gold: GoldActorRecord[] = [];
    for (const l of lines) {
      const r = goldActorRecordSchema.safeParse(l.value);
      if (r.success) gold.push(r.data);
      else
        problems.push({
          code: 'bad-gold',
          path: `${goldPath}:${l.line}`,
          message: `expected an actor gold record: ${r.error.issues[0].message}`,
        });
    }
    const scores = scoreActors(gold, (g) =>
      resolveActorText({ text: g.text, context: g.context ?? null, date: g.date ?? null }),
    );
    return { kind: 'actors', gold: goldPath, scores, problems };
  }
  const gold: GoldEventRecord[] = [];
  for (const l of lines) {
    const r = goldEventRecordSchema.safeParse(l.value);
    if (r.success) gold.push(r.data);
    else
      problems.push({
        code: 'bad-gold',
        path: `${goldPath}:${l.line}#${r.error.issues[0].path.join('.')}`,
        message: `expected an event gold record: ${r.error.issues[0].message}`,
      });
  }
  let byId: Map<string, PredEvent[]>;
  if (predPath) {
    const p = readPredictions(predPath);
    byId = p.byId;
    problems.push(...p.problems);
  } else {
    byId = new Map();
    for (const g of gold) {
      const { record } = codeRecord({ id: g.id, text: g.text, date: g.date ?? null }, `${goldPath}#${g.id}`);
      byId.set(g.id, record.events);
    }
  }
  return { kind: 'events', gold: goldPath, scores: scoreEvents(gold, byId, allClaims), problems };
}

/** Scores class records (Multi-CoPED's `pentaclass`): our coder's events, or a predictions file's. */
function runClassEval(
  goldPath: string,
  lines: readonly JsonlLine[],
  problems: Problem[],
  predPath: string | undefined,
): EvalResult {
  const gold: GoldClassRecord[] = [];
  for (const l of lines) {
    const r = goldClassRecordSchema.safeParse(l.value);
    if (r.success) gold.push(r.data);
    else
      problems.push({
        code: 'bad-gold',
        path: `${goldPath}:${l.line}#${r.error.issues[0].path.join('.')}`,
        message: `expected a class gold record {id, text, pentaclass 0-4, source?, target?}: ${r.error.issues[0].message}`,
      });
  }
  let byId: Map<string, ClassPred[]>;
  if (predPath) {
    const p = readPredictions(predPath);
    byId = p.byId as Map<string, ClassPred[]>;
    problems.push(...p.problems);
  } else {
    byId = new Map();
    for (const g of gold) {
      const { record } = codeRecord({ id: g.id, text: g.text, date: g.date ?? null }, `${goldPath}#${g.id}`);
      byId.set(g.id, record.events);
    }
  }
  return { kind: 'classes', gold: goldPath, scores: scoreClasses(gold, byId), problems };
}

function pct(x: number): string {
  return x.toFixed(3);
}

/** The human-readable report of an evaluation. */
export function formatEval(r: EvalResult, showErrors: boolean): string {
  const out: string[] = [];
  if (r.kind === 'actors') {
    const s = r.scores;
    out.push(`actor gold: ${r.gold} (${s.records} mentions)`);
    out.push(`  country accuracy  ${pct(s.country)}`);
    out.push(`  sector accuracy   ${pct(s.sector)}`);
    out.push(`  both              ${pct(s.both)}`);
    if (showErrors) {
      out.push('', 'errors (expected country/sector, got):');
      for (const e of s.errors) out.push(`  ${e.id}: "${e.text}"  expected ${e.expected}  got ${e.got}`);
    }
    return out.join('\n');
  }
  if (r.kind === 'classes') return formatClassEval(r.gold, r.scores, showErrors);
  const s = r.scores;
  out.push(
    `event gold: ${r.gold} (${s.records} records, ${s.goldEvents} gold events counted, ${s.predictions} predictions scored, ${s.droppedNegated} negated or hypothetical left out)`,
  );
  out.push('          precision  recall     F1');
  out.push(
    `  type    ${pct(s.type.precision).padEnd(10)} ${pct(s.type.recall).padEnd(10)} ${pct(s.type.f1)}`,
  );
  out.push(
    `  dyad    ${pct(s.dyad.precision).padEnd(10)} ${pct(s.dyad.recall).padEnd(10)} ${pct(s.dyad.f1)}`,
  );
  // Gold without CAMEO codes (PLOVER-only sets) has nothing to score the root against.
  out.push(
    s.cameoRoot.total
      ? `  CAMEO root accuracy ${pct(s.cameoRoot.accuracy)} (${s.cameoRoot.correct}/${s.cameoRoot.total})`
      : '  CAMEO root accuracy not scored: the gold gives no CAMEO codes',
  );
  out.push('', '  type        gold  found  recall  dyad-recall  predicted');
  for (const row of s.perType) {
    out.push(
      `  ${row.type.padEnd(10)} ${String(row.gold).padStart(5)} ${String(row.typeFound).padStart(6)}  ${pct(row.typeRecall).padStart(6)}  ${pct(row.dyadRecall).padStart(11)}  ${String(row.predicted).padStart(9)}`,
    );
  }
  if (showErrors) {
    out.push('', 'errors:');
    const byId = new Map<string, typeof s.errors>();
    for (const e of s.errors) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
    for (const [id, es] of byId) {
      out.push(`  ${id}`);
      const texts = new Set<string>();
      for (const e of es) {
        const tag =
          e.kind === 'miss' ? 'MISSED     ' : e.kind === 'false-alarm' ? 'FALSE ALARM' : 'DYAD MISS  ';
        out.push(`    ${tag} ${e.event}`);
        texts.add(e.text);
      }
      for (const t of texts) out.push(`      | ${t.replace(/\s+/g, ' ').slice(0, 300)}`);
    }
  }
  return out.join('\n');
}

function formatClassEval(gold: string, s: ClassScores, showErrors: boolean): string {
  const out = [`class gold: ${gold} (${s.records} sentences)`];
  out.push(
    `  class recall     ${pct(s.classRecall.value)} (${s.classRecall.hit}/${s.classRecall.total} sentences of class 1-4)`,
  );
  out.push(
    `  class agreement  ${pct(s.classAgreement.value)} (${s.classAgreement.agree}/${s.classAgreement.total} predicted events of class 1-4)`,
  );
  out.push(
    `  roles on hits    ${pct(s.rolesOnHits.value)} (${s.rolesOnHits.right}/${s.rolesOnHits.total} events of the sentence's class, where it has source and target spans)`,
  );
  out.push(`  events on class-0 sentences ${s.onStatements}`);
  if (showErrors) {
    out.push('', 'errors:');
    for (const e of s.errors)
      out.push(
        `  ${e.id} ${e.kind.padEnd(11)} expected ${e.expected} got ${e.got}`,
        `      | ${e.text.replace(/\s+/g, ' ').slice(0, 300)}`,
      );
  }
  return out.join('\n');
}
