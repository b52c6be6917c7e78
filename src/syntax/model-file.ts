import { createHash } from 'node:crypto';

/** Magic bytes at the start of a Lapwing model file. */
const MAGIC = 'LPWMODEL';
const VERSION = 1;

type Section = Uint8Array | Int16Array | Uint32Array | Float32Array;
const KINDS = { u8: Uint8Array, i16: Int16Array, u32: Uint32Array, f32: Float32Array } as const;
type Kind = keyof typeof KINDS;

function kindOf(a: Section): Kind {
  if (a instanceof Uint8Array) return 'u8';
  if (a instanceof Int16Array) return 'i16';
  if (a instanceof Uint32Array) return 'u32';
  return 'f32';
}

interface SectionEntry {
  name: string;
  kind: Kind;
  offset: number;
  length: number;
}

/**
 * A model file: `LPWMODEL`, a little-endian u32 version, a u32 header length, a JSON header (meta
 * data, the sections' names, types, offsets and lengths, and the sha256 of the payload), then the
 * payload: typed arrays, each aligned to 8 bytes so that it loads without copying.
 */
export function writeModelFile(meta: Record<string, unknown>, sections: Record<string, Section>): Buffer {
  const entries: SectionEntry[] = [];
  let offset = 0;
  for (const [name, a] of Object.entries(sections)) {
    entries.push({ name, kind: kindOf(a), offset, length: a.length });
    offset += Math.ceil(a.byteLength / 8) * 8;
  }
  const payload = Buffer.alloc(offset);
  for (const e of entries) {
    const a = sections[e.name];
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(payload, e.offset);
  }
  const sha256 = createHash('sha256').update(payload).digest('hex');
  let header = Buffer.from(JSON.stringify({ meta, sections: entries, sha256 }), 'utf8');
  const pad = (8 - ((16 + header.length) % 8)) % 8;
  header = Buffer.concat([header, Buffer.alloc(pad, 0x20)]);
  const head = Buffer.alloc(16);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(VERSION, 8);
  head.writeUInt32LE(header.length, 12);
  return Buffer.concat([head, header, payload]);
}

/** A loaded model file: its meta data and typed-array views of its sections. */
export interface ModelFile {
  meta: Record<string, unknown>;
  section<K extends Kind>(name: string, kind: K): InstanceType<(typeof KINDS)[K]>;
}

/**
 * Reads a model file, checking its magic, version and payload checksum; throws one line naming
 * `path` and what was expected otherwise.
 */
export function readModelFile(bytes: Buffer, path: string, opts: { verify?: boolean } = {}): ModelFile {
  const fail = (what: string) => new Error(`${path}: ${what} [bad-model]`);
  if (bytes.length < 16 || bytes.toString('latin1', 0, 8) !== MAGIC)
    throw fail('expected a Lapwing model file');
  if (bytes.readUInt32LE(8) !== VERSION)
    throw fail(`expected model format ${VERSION}, found ${bytes.readUInt32LE(8)}`);
  const headerLength = bytes.readUInt32LE(12);
  const header = JSON.parse(bytes.toString('utf8', 16, 16 + headerLength)) as {
    meta: Record<string, unknown>;
    sections: SectionEntry[];
    sha256: string;
  };
  // Typed-array views need their element alignment (8 is enough for all kinds): view the bytes in
  // place when the payload starts aligned, copy it otherwise.
  const start = bytes.byteOffset + 16 + headerLength;
  const payload =
    start % 8 === 0
      ? new Uint8Array(bytes.buffer, start, bytes.length - 16 - headerLength)
      : Uint8Array.from(bytes.subarray(16 + headerLength));
  if (opts.verify !== false) {
    const sum = createHash('sha256').update(payload).digest('hex');
    if (sum !== header.sha256) throw fail(`checksum mismatch: expected ${header.sha256}, found ${sum}`);
  }
  const byName = new Map(header.sections.map((s) => [s.name, s]));
  return {
    meta: header.meta,
    section<K extends Kind>(name: string, kind: K) {
      const s = byName.get(name);
      if (!s || s.kind !== kind) throw fail(`expected a ${kind} section "${name}"`);
      const Ctor = KINDS[kind] as unknown as new (
        b: ArrayBuffer,
        o: number,
        l: number,
      ) => InstanceType<(typeof KINDS)[K]>;
      return new Ctor(payload.buffer as ArrayBuffer, payload.byteOffset + s.offset, s.length);
    },
  };
}

/** The sha256 of a whole file, as the manifest records it. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
