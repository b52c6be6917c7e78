/**
 * What each source reader of `npm run build:kb` hands to the merge step: entities in Lapwing's
 * shape, each role tagged with the index of its source in {@link SOURCES}.
 */

export interface BuiltRole {
  code: string;
  from?: string;
  to?: string;
  /** Index into the built file's `sources`. */
  source: number;
  /** The office as the source names it. */
  note?: string;
}

export interface BuiltEntity {
  kind: 'person' | 'organization';
  names: string[];
  /** Forms that may stand alone (acronyms of parties and agencies); persons get none. */
  short?: string[];
  roles: BuiltRole[];
  /** A stable seed for the entity's id: a Wikidata QID, a source id... */
  key: string;
}

/** A reader's output, with a count of what it had to leave out and why. */
export interface SourceResult {
  entities: BuiltEntity[];
  skipped: Map<string, number>;
}

export function newResult(): SourceResult {
  return { entities: [], skipped: new Map() };
}

export function skip(r: SourceResult, why: string): void {
  r.skipped.set(why, (r.skipped.get(why) ?? 0) + 1);
}
