import type { ClaimStatus, Quote, Sentence, Token } from '../core/records.js';
import type { ActorHit, ActorReader } from './actor-phrases.js';
import type { DateScopes } from './clause-dates.js';
import type { PloverType } from './ontology-schema.js';
import type { PatternBook } from './patterns.js';

/** An event found in a sentence, before it is turned into a `CodedEvent`. */
export interface DraftEvent {
  type: PloverType;
  cameo: string;
  mode: string | null;
  context: string | null;
  actor: ActorHit | null;
  recipient: ActorHit | null;
  claim: ClaimStatus;
  claimSource: ActorHit | null;
  /** Token index of the word that carries the act (the verb, or the light verb of a nominal event). */
  trigger: number;
  /** Token range of the evidence: trigger plus the words the roles came from. */
  from: number;
  to: number;
  rules: string[];
  confidence: number;
  /**
   * Days from the sentence's date to this event's, for a background event anchored by its own
   * time distance ("two days after another attack killed two": -2).
   */
  dayShift?: number;
  /** Token range of the clause the event is told in, when its figures are its own. */
  ownClause?: [number, number];
  /** Where the act's date may be read: its clause, the clauses it hangs on, those hanging on it. */
  dateScopes?: DateScopes;
}

/** Everything the sentence coder needs besides the sentence. */
export interface SentenceInput {
  sentence: Sentence;
  tokens: readonly Token[];
  quotes: readonly Quote[];
  book: PatternBook;
  actors: ActorReader;
  /**
   * The actor of the article's latest act of a type before this sentence, for an act named again
   * without its actor ("these operations have killed 80", "condemned the attacks").
   */
  recentActor?: (type: PloverType) => ActorHit | null;
}
