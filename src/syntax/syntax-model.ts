import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readModelFile, sha256, writeModelFile } from './model-file.js';
import { Parser } from './parser/parser.js';
import { TagDict } from './tagger/tag-dict.js';
import { Tagger } from './tagger/tagger.js';
import { UPOS } from './upos.js';
import {
  CompactMoves,
  DenseWeights,
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
  const tw = weightsToSections(sparse(m.tagger.weights), 'tagger');
  const moves = m.parser.moves instanceof DenseWeights ? m.parser.moves : sparse(m.parser.moves);
  const mw = weightsToSections(moves instanceof DenseWeights ? moves.toSparse() : moves, 'moves');
  const lw = weightsToSections(sparse(m.parser.labeler), 'labels');
  const dict = m.tagger.dict;
  const amb = m.tagger.amb;
  if (!dict || !amb) throw new Error('a tagger to save needs its dictionaries');
  return writeModelFile(
    {
      ...meta,
      upos: UPOS,
      labels: m.parser.labelNames,
      scales: { tagger: tw.scale, moves: mw.scale, labels: lw.scale },
    },
    {
      ...tw.sections,
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
  scales: z.object({ tagger: z.number(), moves: z.number(), labels: z.number() }),
});

/** Builds a tagger and parser from model file bytes (checked: magic, version, payload checksum). */
export function loadSyntaxModelBytes(bytes: Buffer, path: string): SyntaxModel {
  const f = readModelFile(bytes, path);
  const meta = metaSchema.safeParse(f.meta);
  if (!meta.success) throw new Error(`${path}: expected tagger and parser meta data [bad-model]`);
  const { labels, scales } = meta.data;
  const w = (p: string, n: number, scale: number) =>
    weightsFromSections(
      n,
      f.section(`${p}.keys`, 'u32'),
      f.section(`${p}.counts`, 'u8'),
      f.section(`${p}.cls`, 'u8'),
      f.section(`${p}.w`, 'i16'),
      scale,
    );
  const tagger = new Tagger(
    w('tagger', UPOS.length, scales.tagger),
    new TagDict(f.section('dict.keys', 'u32'), f.section('dict.values', 'u32')),
    new TagDict(f.section('amb.keys', 'u32'), f.section('amb.values', 'u32')),
  );
  const moves = CompactMoves.fromRows(
    f.section('moves.keys', 'u32'),
    f.section('moves.counts', 'u8'),
    f.section('moves.cls', 'u8'),
    f.section('moves.w', 'i16'),
  );
  const parser = new Parser(moves, w('labels', labels.length, scales.labels), labels);
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
export function loadShippedModel(dir = MODELS_DIR): SyntaxModel {
  if (shipped && dir === MODELS_DIR) return shipped;
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
  const m = loadSyntaxModelBytes(bytes, path);
  if (dir === MODELS_DIR) shipped = m;
  return m;
}
