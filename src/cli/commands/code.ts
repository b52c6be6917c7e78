import type { Command } from 'commander';
import { formatProblem } from '../../core/problem.js';
import type { PrintedEvent } from '../../eval/code-records.js';

function actorLabel(a: PrintedEvent['actor'] | null): string {
  if (!a) return '-';
  return a.text ? `${a.code} (${a.text})` : a.code;
}

/** "killed 12+ (killed at least 12 villagers)", one entry per kind the event carries. */
function casualtyLine(c: PrintedEvent['casualties']): string {
  if (!c) return '';
  const parts: string[] = [];
  for (const [kind, r] of Object.entries(c)) {
    if (!r) continue;
    const n =
      r.min !== null && r.max === null
        ? `${r.min}+`
        : r.min !== null && r.max !== null && r.min !== r.max
          ? `${r.min}-${r.max}`
          : String(r.best ?? r.min ?? '?');
    parts.push(`${kind} ${n}${r.cumulative ? ' (running total)' : ''} ("${r.phrase}")`);
  }
  return parts.join('; ');
}

/** Prints one coded event for people: type, roles, claim, evidence. */
function printReadable(e: PrintedEvent, n: number): void {
  const flags =
    e.claim === 'negated' || e.claim === 'hypothetical'
      ? `  [${e.claim.toUpperCase()}: left out of default counts]`
      : '';
  console.log(
    `${n}. ${e.type}${e.mode ? `/${e.mode}` : ''}${e.context ? ` (${e.context})` : ''}  CAMEO ${e.cameo}  Goldstein ${e.goldstein}  quad ${e.quad}${flags}`,
  );
  console.log(`   actor:     ${actorLabel(e.actor)}`);
  console.log(`   recipient: ${actorLabel(e.recipient)}`);
  const source = e.claimSource ? `   source ${actorLabel(e.claimSource)}` : '';
  console.log(`   claim:     ${e.claim}${source}   confidence ${e.confidence}`);
  if (e.date)
    console.log(
      `   date:      ${e.date.from === e.date.to ? e.date.from : `${e.date.from} .. ${e.date.to}`}`,
    );
  if (e.location) console.log(`   location:  ${e.location}`);
  const tolls = casualtyLine(e.casualties);
  if (tolls) console.log(`   casualties: ${tolls}`);
  console.log(`   evidence:  "${e.evidence}"`);
  console.log(`   rules:     ${e.rules.join(', ')}`);
}

/** Registers `lapwing code`: JSONL `{id, text, date?}` in, one line of coded events per record out. */
export function registerCode(program: Command): void {
  program
    .command('code')
    .description('code events from JSONL records {id, text, date?} (FILE or - for stdin), or from --text')
    .argument('[file]', 'JSONL input, or - for stdin', '-')
    .option('--text <text>', 'code this text and print the events readably')
    .option('--date <date>', 'publication date of --text (YYYY-MM-DD)')
    .option('--json', 'with --text: print the JSON line instead of the readable form')
    .action(async (file: string, opts: { text?: string; date?: string; json?: boolean }) => {
      // Loaded here so that other commands and --help do not pay for the pipeline's start-up.
      const { codeRecord, parseCodeInput } = await import('../../eval/code-records.js');
      const { readJsonl } = await import('../../eval/jsonl.js');
      if (opts.text !== undefined) {
        if (opts.date && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) {
          console.error(`lapwing code: --date: expected YYYY-MM-DD, got "${opts.date}"`);
          process.exitCode = 2;
          return;
        }
        const { record } = codeRecord({ id: 'text', text: opts.text, date: opts.date ?? null }, '--text');
        if (opts.json) {
          console.log(JSON.stringify(record));
          return;
        }
        if (!record.events.length) console.log('no events');
        for (const [i, e] of record.events.entries()) printReadable(e, i + 1);
        return;
      }
      const { lines, problems } = readJsonl(file, '{"id": "1", "text": "...", "date": "2025-10-14"}');
      for (const l of lines) {
        const parsed = parseCodeInput(l.value, `${file}:${l.line}`);
        if (!parsed.ok) {
          problems.push(parsed.problem);
          continue;
        }
        const { record } = codeRecord(parsed.value, `${file}:${l.line}`);
        process.stdout.write(`${JSON.stringify(record)}\n`);
      }
      for (const p of problems) console.error(formatProblem(p));
      if (problems.length) process.exitCode = lines.length ? 1 : 2;
    });
}
