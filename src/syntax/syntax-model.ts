import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readModelFile, sha256, writeModelFile } from './model-file.js';
import { MoveTable } from './move-table.js';
import { PackedWeights } from './packed-weights.js';
import { Parser } from './parser/parser.js';
import { TagDict } from './tagger/tag-dict.js';
import { Tagger } from './tagger/tagger.js';
import { UPOS } from './upos.js';
import {
  DenseWeights,
  type Scorer,
  SparseWeights,
  weightsFromSections,
  weightsToSections,
} from './weights.js';

/** Folder of the shipped models, valid from both `src/` and `dist/`. */
export const MODELS_DIR = fileURLToPath(new URL('../../data/models/', import.meta.url));
export const MODEL_FILE = 'syntax.bin';

/** A tagger and a parser, loaded together. */
export interface SyntaxModel {
  tagger: Tagger;
  parser: Parser;
}

function sparse(w: unknown): SparseWeights {
  if (w instanceof SparseWeights) return w;
  throw new Error('only frozen weights can be saved');
}

/** Serialises a trained tagger and parser into one model file. */
export function saveSyntaxModel(m: SyntaxModel, meta: Record<string, unknown>): Buffer {
  const packedMask = (n: number) => PackedWeights.capacity(n) - 1;
  const tw = weightsToSections(sparse(m.tagger.weights), 'tagger', packedMask);
  const moves = m.parser.moves instanceof DenseWeights ? m.parser.moves : sparse(m.parser.moves);
  const mw = weightsToSections(
    moves instanceof DenseWeights ? moves.toSparse() : moves,
    'moves',
    (n) => 2 ** MoveTable.bitsFor(n) - 1,
  );
  const lw = weightsToSections(sparse(m.parser.labeler), 'labels', packedMask);
  const second = m.tagger.second ? weightsToSections(sparse(m.tagger.second), 'tagger2', packedMask) : null;
  const dict = m.tagger.dict;
  const amb = m.tagger.amb;
  if (!dict || !amb) throw new Error('a tagger to save needs its dictionaries');
  return writeModelFile(
    {
      ...meta,
      upos: UPOS,
      labels: m.parser.labelNames,
      scales: {
        tagger: tw.scale,
        moves: mw.scale,
        labels: lw.scale,
        ...(second ? { tagger2: second.scale } : {}),
      },
    },
    {
      ...tw.sections,
      ...second?.sections,
      ...mw.sections,
      ...lw.sections,
      'dict.keys': dict.keys,
      'dict.values': dict.values,
      'amb.keys': amb.keys,
      'amb.values': amb.values,
    },
  );
}

const metaSchema = z.object({
  upos: z.array(z.string()).length(UPOS.length),
  labels: z.array(z.string()).min(2).max(64),
  scales: z.object({
    tagger: z.number(),
    moves: z.number(),
    labels: z.number(),
    tagger2: z.number().optional(),
  }),
});

/** How to lay out the weights at load time. */
export interface LoadOptions {
  /**
   * `fast` (the default): packed int16 tables built straight from the file's sections.
   * `reference`: the plain sparse tables training uses, weights left unscaled; slower, and the
   * yardstick the fast tables are tested against (they must give the same tags and trees).
   */
  layout?: 'fast' | 'reference';
  /** Skip the payload checksum (the caller has already checked the whole file's). */
  checked?: boolean;
}

/** Builds a tagger and parser from model file bytes (checked: magic, version, payload checksum). */
export function loadSyntaxModelBytes(bytes: Buffer, path: string, opts: LoadOptions = {}): SyntaxModel {
  const f = readModelFile(bytes, path, { verify: !opts.checked });
  const meta = metaSchema.safeParse(f.meta);
  if (!meta.success) throw new Error(`${path}: expected tagger and parser meta data [bad-model]`);
  const { labels, scales } = meta.data;
  const reference = opts.layout === 'reference';
  const w = (p: string, n: number): Scorer => {
    const keys = f.section(`${p}.keys`, 'u32');
    const counts = f.section(`${p}.counts`, 'u8');
    const cls = f.section(`${p}.cls`, 'u8');
    const q = f.section(`${p}.w`, 'i16');
    if (reference) return weightsFromSections(n, keys, counts, cls, q, 1);
    if (p === 'moves') return MoveTable.fromSections(keys, counts, cls, q);
    return PackedWeights.fromSections(n, keys, counts, cls, q);
  };
  const tagger = new Tagger(
    w('tagger', UPOS.length),
    // Copies (small), so that nothing keeps the file's 22 MB alive once the tables are built.
    new TagDict(f.section('dict.keys', 'u32').slice(), f.section('dict.values', 'u32').slice()),
    new TagDict(f.section('amb.keys', 'u32').slice(), f.section('amb.values', 'u32').slice()),
    scales.tagger2 === undefined ? null : w('tagger2', UPOS.length),
  );
  const parser = new Parser(w('moves', 3), w('labels', labels.length), labels);
  return { tagger, parser };
}

/** The part of `data/models/manifest.json` the loader relies on. */
export const manifestSchema = z.object({
  files: z.array(
    z.object({ name: z.string(), bytes: z.number(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
  licence: z.literal('CC BY-SA 4.0'),
});

let shipped: SyntaxModel | null = null;

/**
 * The shipped model from `data/models/`, loaded once per process; its sha256 must match the
 * manifest's.
 */
export function loadShippedModel(dir = MODELS_DIR, opts: LoadOptions = {}): SyntaxModel {
  const cacheable = dir === MODELS_DIR && opts.layout !== 'reference';
  if (shipped && cacheable) return shipped;
  const manifestPath = `${dir}manifest.json`;
  const manifest = manifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (!manifest.success)
    throw new Error(`${manifestPath}: expected a list of model files with sha256 [bad-manifest]`);
  const entry = manifest.data.files.find((e) => e.name === MODEL_FILE);
  if (!entry) throw new Error(`${manifestPath}: expected an entry for ${MODEL_FILE} [bad-manifest]`);
  const path = `${dir}${MODEL_FILE}`;
  const bytes = readFileSync(path);
  const sum = sha256(bytes);
  if (sum !== entry.sha256) {
    throw new Error(`${path}: checksum mismatch: manifest says ${entry.sha256}, file has ${sum} [bad-model]`);
  }
  // The whole file's sha256 matched the manifest's, so the payload's own checksum is not redone.
  const m = loadSyntaxModelBytes(bytes, path, { ...opts, checked: true });
  if (cacheable) shipped = m;
  return m;
}
