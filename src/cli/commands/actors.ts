import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { formatProblem, type Problem } from '../../core/problem.js';

/** One input line of `lapwing actors`. */
interface ActorLine {
  id: unknown;
  text: string;
  context?: string | null;
  date?: string | null;
}

function check(value: unknown, where: string): { line: ActorLine } | { problem: Problem } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return {
      problem: {
        code: 'bad-record',
        path: where,
        message: 'expected a JSON object {id, text, context?, date?}',
      },
    };
  }
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string') {
    return {
      problem: { code: 'missing-text', path: `${where}: text`, message: 'expected a string field "text"' },
    };
  }
  for (const f of ['context', 'date'] as const) {
    if (v[f] !== undefined && v[f] !== null && typeof v[f] !== 'string') {
      return {
        problem: {
          code: 'bad-field',
          path: `${where}: ${f}`,
          message: `expected "${f}" to be a string or null`,
        },
      };
    }
  }
  if (typeof v.date === 'string' && !/^\d{4}-\d{2}-\d{2}/.test(v.date)) {
    return {
      problem: { code: 'bad-date', path: `${where}: date`, message: 'expected an ISO date YYYY-MM-DD' },
    };
  }
  return {
    line: {
      id: v.id ?? null,
      text: v.text,
      context: v.context as string | null,
      date: v.date as string | null,
    },
  };
}

/**
 * Registers `lapwing actors [FILE|-]`: reads JSONL `{id, text, context?, date?}` and writes one
 * `{id, code, country, sector, name}` line per input line. Bad lines are reported on stderr as
 * problems naming the line, and the exit code is 1 if any line failed.
 */
export function registerActors(program: Command): void {
  program
    .command('actors')
    .description('resolve actor mentions (JSONL {id, text, context?, date?}) to CAMEO-style codes')
    .argument('[file]', 'JSONL file, or - for standard input', '-')
    .option('--rules', 'also write the rule ids and knowledge-base id of each resolution')
    .action(async (file: string, opts: { rules?: boolean }) => {
      // Loaded here, not at the top, so that other commands and --help start fast.
      const { resolveActorText } = await import('../../actors/resolve-text.js');
      const { notJsonl, startsJson } = await import('../../eval/jsonl.js');
      const input = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
      const name = file === '-' ? 'stdin' : file;
      let failed = 0;
      let lineNo = 0;
      let seen = 0;
      const out: string[] = [];
      const flush = () => {
        if (out.length) process.stdout.write(`${out.join('\n')}\n`);
        out.length = 0;
      };
      try {
        const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
        for await (const raw of rl) {
          lineNo++;
          const text = raw.trim();
          if (!text) continue;
          if (!seen++ && !startsJson(text)) {
            console.error(formatProblem(notJsonl(name, text, '{"id": "1", "text": "the Colombian army"}')));
            process.exitCode = 2;
            rl.close();
            return;
          }
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch (e) {
            failed++;
            console.error(
              formatProblem({
                code: 'bad-json',
                path: `${name}:${lineNo}`,
                message: `not JSON: ${(e as Error).message}`,
              }),
            );
            continue;
          }
          const c = check(parsed, `${name}:${lineNo}`);
          if ('problem' in c) {
            failed++;
            console.error(formatProblem(c.problem));
            continue;
          }
          const r = resolveActorText({ text: c.line.text, context: c.line.context, date: c.line.date });
          const row: Record<string, unknown> = {
            id: c.line.id,
            code: r.code,
            country: r.country,
            sector: r.sector,
            name: r.name,
          };
          if (opts.rules) {
            row.rules = r.rules ?? [];
            if (r.entityId) row.entityId = r.entityId;
          }
          out.push(JSON.stringify(row));
          if (out.length >= 512) flush();
        }
      } catch (e) {
        flush();
        console.error(formatProblem({ code: 'unreadable', path: name, message: (e as Error).message }));
        process.exitCode = 1;
        return;
      }
      flush();
      if (failed) process.exitCode = 1;
    });
}
