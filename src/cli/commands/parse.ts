import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { formatProblem, type Problem } from '../../core/problem.js';
import { inlineSyntaxCalls } from '../../syntax/inlining.js';
import { action, EXIT, UsageError } from '../exit-codes.js';

const lineSchema = z.object({ id: z.union([z.string().min(1), z.number()]), text: z.string() });

function readInput(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(
      `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}

/** JSONL `{id, text}` when the file says so by its name or by its first character. */
function isJsonl(file: string, text: string): boolean {
  return /\.jsonl$/i.test(file) || text.trimStart().startsWith('{');
}

/** Registers `lapwing parse`: text or JSONL to CoNLL-U, or `--eval` against a gold treebank. */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('tag and parse text or JSONL {id,text} into CoNLL-U, or score the parser on a treebank')
    .argument('[file]', 'text or JSONL file, - for standard input', '-')
    .option('--eval <gold>', "parse the gold CoNLL-U file's words and print UAS, LAS, UPOS and speed")
    .option('--json', 'with --eval: print the scores as one JSON object')
    .action(
      action(async (file: string, opts: { eval?: string; json?: boolean }) => {
        inlineSyntaxCalls();
        const { loadShippedModel } = await import('../../syntax/syntax-model.js');
        const model = loadShippedModel();
        if (opts.eval) return runEval(opts.eval, !!opts.json, model);
        const { parseText } = await import('../parse-text.js');
        const { writeConllu } = await import('../../syntax/conllu.js');
        const text = readInput(file);
        const problems: Problem[] = [];
        const docs: { id: string; text: string }[] = [];
        if (isJsonl(file, text)) {
          text.split('\n').forEach((line, i) => {
            if (!line.trim()) return;
            let value: unknown;
            try {
              value = JSON.parse(line);
            } catch {
              problems.push({
                code: 'bad-json',
                path: `${file}:${i + 1}`,
                message: 'expected a JSON object',
              });
              return;
            }
            const r = lineSchema.safeParse(value);
            if (!r.success) {
              const where = r.error.issues[0].path.join('.') || 'line';
              problems.push({
                code: 'bad-record',
                path: `${file}:${i + 1}`,
                message: `expected {id, text}: ${where} ${r.error.issues[0].message}`,
              });
              return;
            }
            docs.push({ id: String(r.data.id), text: r.data.text });
          });
        } else {
          docs.push({ id: file === '-' ? 'stdin' : basename(file).replace(/\.[^.]+$/, ''), text });
        }
        for (const d of docs) process.stdout.write(writeConllu(parseText(d.text, d.id, model)));
        for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
        if (problems.length) process.exitCode = EXIT.someFailed;
      }),
    );
}

async function runEval(
  gold: string,
  json: boolean,
  model: import('../../syntax/syntax-model.js').SyntaxModel,
) {
  const { readConllu } = await import('../../syntax/conllu.js');
  const { toTreeSentences } = await import('../../syntax/treebank.js');
  const { evaluate } = await import('../../syntax/evaluate.js');
  const r = readConllu(readInput(gold), gold);
  if (!r.ok) {
    process.stderr.write(`${formatProblem(r.problems[0])}\n`);
    process.exitCode = EXIT.someFailed;
    return;
  }
  const sentences = toTreeSentences(r.value, gold);
  if (!sentences.ok) {
    process.stderr.write(`${formatProblem(sentences.problems[0])}\n`);
    process.exitCode = EXIT.someFailed;
    return;
  }
  const s = evaluate(sentences.value, model.tagger, model.parser);
  if (json) {
    const { uas, las, upos, tokens, sentences: n, tokensPerSecond } = s;
    process.stdout.write(`${JSON.stringify({ uas, las, upos, tokens, sentences: n, tokensPerSecond })}\n`);
    return;
  }
  const lines = [
    `UAS   ${s.uas.toFixed(4)}`,
    `LAS   ${s.las.toFixed(4)}`,
    `UPOS  ${s.upos.toFixed(4)}`,
    `tokens ${s.tokens}, sentences ${s.sentences}, ${s.tokensPerSecond} tokens/s (tagging and parsing, one thread)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
