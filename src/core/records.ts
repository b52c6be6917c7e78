/**
 * The typed records that flow between pipeline stages.
 *
 * Every span is a pair of UTF-16 character offsets `[start, end)` into `Article.text`, so that any
 * field of any later record can point back at the words it rests on.
 */

/** A half-open character range into `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

/** How fine a resolved date is. */
export type DateGranularity = 'day' | 'week' | 'month' | 'season' | 'year' | 'range';

/** A date range, inclusive at both ends, as ISO `YYYY-MM-DD` strings. Never a made-up day. */
export interface DateRange {
  from: string;
  to: string;
  granularity: DateGranularity;
}

/** An article as ingested: text plus metadata. `id` is derived from the normalised content. */
export interface Article {
  id: string;
  text: string;
  title: string | null;
  outlet: string | null;
  /** Publication date-time, ISO 8601, or null when unknown. */
  published: string | null;
  url: string | null;
  /** ISO 639-3 code from language detection, or `und`. */
  language: string;
  /** Where it came from: file path (with line for JSONL), feed URL or page URL. */
  origin: string;
  /** Format the reader recognised. */
  format: 'text' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom' | 'url' | 'stdin';
}

/** One sentence of an article. */
export interface Sentence extends Span {
  index: number;
  text: string;
  /** Paragraph number, counting from 0. */
  paragraph: number;
}

/** A token with its universal part-of-speech tag and lemma. */
export interface Token extends Span {
  text: string;
  pos: string;
  lemma: string;
  /** True where the tokenizer marks the token as negated by a preceding negation. */
  negated?: boolean;
  /** Universal POS from our tagger (src/syntax); `pos` stays wink's while the coder is tuned on it. */
  upos?: string;
  /** Index of the token's syntactic head within its sentence, -1 for the root (from the parser). */
  head?: number;
  /** Universal Dependencies relation to the head (`nsubj`, `obj`, `obl:agent`, `root`...). */
  rel?: string;
}

/** What kind of thing a mention names. */
export type MentionKind =
  | 'person'
  | 'organization'
  | 'country'
  | 'city'
  | 'region'
  | 'sea'
  | 'place'
  | 'title'
  | 'demonym'
  | 'group'
  | 'pronoun'
  | 'nominal';

/** A span that names or refers to an actor or place. */
export interface Mention extends Span {
  id: string;
  sentence: number;
  text: string;
  kind: MentionKind;
  /** Title or role words attached to the name ("Defense Secretary"), if any. */
  title?: string;
  /** Id of the mention this one refers back to (coreference), if any. */
  antecedent?: string;
  /** Canonical surface of the chain this mention belongs to ("Gustavo Petro"). */
  canonical?: string;
  /** Filled by the actors stage. */
  actor?: ActorRef;
}

/** A quotation, direct or reported, with its speaker. */
export interface Quote extends Span {
  sentence: number;
  kind: 'direct' | 'reported';
  /** Span of the quoted words themselves (without the quote marks). */
  content: Span;
  /** Mention id of the speaker, if found. */
  speaker?: string;
  /** Reporting verb ("said", "told", "wrote"). */
  verb?: string;
}

/** Claim or modality marker found in the text. */
export type MarkerKind =
  | 'hedge'
  | 'alleged'
  | 'reported'
  | 'denied'
  | 'negation'
  | 'modal'
  | 'future'
  | 'hypothetical'
  | 'refusal';

/** A hedge, negation or modality cue. */
export interface Marker extends Span {
  sentence: number;
  kind: MarkerKind;
  text: string;
}

/** A number or quantity as a range with the qualifier that made it. */
export interface Quantity extends Span {
  sentence: number;
  text: string;
  min: number | null;
  max: number | null;
  best: number | null;
  /** "more than", "at least", "up to", "about", "dozens", "ordinal"... */
  qualifier: string | null;
  /** The noun the number counts, if found ("people", "survivors"). */
  unit?: string;
  ordinal?: boolean;
}

/** A date expression resolved against the publication date. */
export interface DateMention extends Span {
  sentence: number;
  text: string;
  range: DateRange;
  /** "since early September" opens a range that runs to the reference date. */
  since?: boolean;
}

/** The place line at the head of a wire report ("NAIROBI, Kenya (Reuters) —"). */
export interface Dateline extends Span {
  /** The place words: the city in capitals, and the country or state after it, if given. */
  place: string;
  placeSpan: Span;
  /** The dateline's country (ISO 3166 alpha-3), filled by the actor stage. */
  country?: string | null;
  /**
   * The country its sector-only roles belong to: the dateline's own, or, for a report filed from a
   * hub that never names it, the one country the article is about (actor stage).
   */
  scene?: string | null;
}

/** An article after the language stage. */
export interface AnalyzedArticle {
  article: Article;
  sentences: Sentence[];
  tokens: Token[][];
  mentions: Mention[];
  quotes: Quote[];
  markers: Marker[];
  quantities: Quantity[];
  dates: DateMention[];
  /** Where the report was filed, if it opens with a dateline: never a participant of an event. */
  dateline?: Dateline | null;
}

/** A resolved actor: CAMEO-style code split into country and sector. */
export interface ActorRef {
  /** `USAGOV`, `COL`, `IGOUNO`, `---CRM`. */
  code: string;
  /** ISO 3166-1 alpha-3, or `IGO`, `NGO`, `IMG`...; null when unknown. */
  country: string | null;
  /** First sector code, or null for the country or people as a whole. */
  sector: string | null;
  /** Display name ("Gustavo Petro", "Colombia"). */
  name: string;
  /** Stable knowledge-base id, if known. */
  entityId?: string;
  /** Rule ids that produced this resolution. */
  rules?: string[];
}

/** An actor as it appears on an event: the resolution plus the words it came from. */
export interface EventActor extends ActorRef {
  text: string;
  span?: Span;
  /** For a pronoun ("it", "they"), the words it stands for, as coreference found them. */
  refersTo?: { text: string; span: Span };
}

/** PLOVER claim status of an event. */
export type ClaimStatus =
  | 'asserted'
  | 'attributed'
  | 'alleged'
  | 'denied'
  | 'hypothetical'
  | 'future'
  | 'negated';

/** A casualty count as a range with the phrase that gave it. */
export interface CasualtyRange {
  min: number | null;
  max: number | null;
  best: number | null;
  qualifier?: string | null;
  phrase: string;
  span?: Span;
  /** A running total for a campaign rather than one incident's toll. */
  cumulative?: boolean;
  /** Nationality (ISO3) of the victims where the text gives it. */
  nationality?: string;
}

/** Casualty figures of one event. */
export interface Casualties {
  killed?: CasualtyRange;
  injured?: CasualtyRange;
  survivors?: CasualtyRange;
  arrested?: CasualtyRange;
  missing?: CasualtyRange;
  /** A campaign running total stated in the same sentence as a per-incident count ("bringing the toll to 83"). */
  killedTotal?: CasualtyRange;
}

/** A place an event happened, resolved where possible. */
export interface Place {
  text: string;
  name: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  kind: 'city' | 'country' | 'region' | 'sea' | 'unknown';
  geonameId?: number;
  span?: Span;
}

/** A coded event. */
export interface CodedEvent {
  id: string;
  articleId: string;
  sentence: number;
  /** PLOVER 1.0 event type. */
  type: string;
  mode: string | null;
  context: string | null;
  /** CAMEO code, 2 to 4 digits. */
  cameo: string;
  goldstein: number;
  /** 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict. */
  quad: 1 | 2 | 3 | 4;
  actor: EventActor;
  recipient: EventActor | null;
  claim: ClaimStatus;
  /** Who the claim is attributed to, if anyone. */
  claimSource?: EventActor | null;
  evidence: Span & { text: string };
  sentenceText: string;
  date: DateRange | null;
  location: Place | null;
  casualties?: Casualties;
  confidence: number;
  rules: string[];
}

/** An article coded: the analysis plus its events. */
export interface CodedArticle extends AnalyzedArticle {
  events: CodedEvent[];
}

/** Airwars-style grade of how well an incident is supported. */
export type ClaimGrade = 'confirmed' | 'fair' | 'weak' | 'contested';

/** One source's contribution to an incident. */
export interface IncidentSource {
  articleId: string;
  eventId: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  killed?: CasualtyRange;
  evidence: string;
}

/**
 * An incident's reconciled count. `open` is set when no source bounds the figure from above
 * ("at least 40" from every source): `low` is then a floor, shown as "40+", not a count.
 */
export interface IncidentCount {
  low: number | null;
  best: number | null;
  high: number | null;
  open?: boolean;
}

/** A real-world incident merged from the events of many articles. */
export interface Incident {
  id: string;
  type: string;
  cameo: string;
  date: DateRange;
  /** Earliest report date among its sources. */
  reported: string | null;
  location: Place | null;
  actors: ActorRef[];
  recipients: ActorRef[];
  casualties: {
    killed?: IncidentCount;
    injured?: IncidentCount;
    survivors?: IncidentCount;
    /** Missing after the incident (a survivor lost at sea): counted in a campaign's high figure. */
    missing?: IncidentCount;
  };
  grade: ClaimGrade;
  campaignId?: string | null;
  sources: IncidentSource[];
  /**
   * How many sources the incident has, set when `sources` holds only the first of them (answers
   * of the API, which pages the rest).
   */
  sourceCount?: number;
}

/** How a stated running total compares with the campaign's own figure as of its date. */
export type TotalVerdict = 'matches' | 'within-range' | 'disagrees';

/** A campaign killed figure as a range: the sum of its incidents' low, best and high counts. */
export interface CampaignKilled {
  low: number;
  best: number;
  high: number;
  /** Incidents summed. */
  incidents: number;
  /** People missing after those incidents, presumed dead and counted in `high` only. */
  missing: number;
}

/** A running total an article states, checked against the campaign. */
export interface StatedTotalCheck {
  articleId: string;
  /** Outlet of the article that states it. */
  outlet?: string | null;
  /** Publication day of the article: the statement counts what was known by then. */
  asOf: string | null;
  /** Least count the statement allows (kept for older readers; see `stated`). */
  min: number | null;
  phrase: string;
  /** Stated figure minus the campaign's best figure as of `asOf` (see `campaign`). */
  delta: number | null;
  /** The statement as a range read from its qualifier ("more than 70" is 71 and up). */
  stated?: { figure: number; low: number; high: number | null; bound: string };
  /**
   * The campaign figure the statement is compared with: incidents reported by `asOf`, with or
   * without those first reported that same day (`sameDay`), whichever reading fits better.
   */
  campaign?: CampaignKilled & {
    sameDay: 'included' | 'excluded' | 'none';
    /** Set when the statement dates itself ("after Tuesday's strike"): incidents through this day. */
    through?: string;
  };
  verdict?: TotalVerdict;
  /** Why the verdict, in words. */
  reason?: string;
}

/** Repeated incidents of one actor against one kind of target. */
export interface Campaign {
  id: string;
  name: string;
  actor: ActorRef;
  targetSector: string | null;
  type: string;
  incidentIds: string[];
  date: { from: string; to: string };
  /** Sum of the best killed figures of the incidents dated to the day. */
  killedSum: number;
  /** The killed total as a range (low, best, high), with the missing presumed dead in the high. */
  killed?: CampaignKilled;
  /** Running totals the articles state, with how they compare to the campaign figure. */
  statedTotals: StatedTotalCheck[];
  /** Running total of killed (sum of incident best figures), one step per incident in date order. */
  running?: { incidentId: string; date: string; killed: number | null; total: number }[];
}
