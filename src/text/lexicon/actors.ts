/**
 * Word lists for finding actor mentions. All entries are lower-case; each list is one concept.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s*\|\s*/));

/** Words that head a title or role ("President", "Secretary", "Gen."). */
export const TITLE_HEADS = words(
  'president|minister|secretary|general|gen.|mr.|mrs.|ms.|dr.|mr|mrs|ms|dr|senator|sen.|representative|rep.|' +
    'congressman|congresswoman|gov.|governor|mayor|king|queen|prince|princess|pope|chancellor|ambassador|envoy|' +
    'commander|colonel|col.|lt.|lieutenant|admiral|adm.|chief|director|spokesman|spokeswoman|spokesperson|' +
    'speaker|judge|justice|premier|sheikh|emir|sultan|ayatollah|cardinal|bishop|rev.|captain|capt.|major|maj.|' +
    'sergeant|sgt.|commissioner|chairman|chairwoman|chair|ceo|leader|attorney|prosecutor|negotiator|adviser|' +
    'advisor|czar|tsar|marshal|brigadier|vice-president|head|officer|diplomat|lawmaker|legislator|mp|mep|' +
    'president-elect|monarch|crown|ruler|dictator|strongman|warlord|commander-in-chief|pm',
);

/** Words that may stand before a title head inside the title ("Foreign", "Defense", "Prime"). */
export const TITLE_MODIFIERS = words(
  'foreign|defense|defence|interior|finance|justice|health|prime|vice|deputy|attorney|home|army|navy|police|' +
    'opposition|former|acting|interim|senior|top|chief|state|energy|trade|economy|economic|education|environment|' +
    'agriculture|commerce|treasury|war|homeland|security|intelligence|supreme|military|national|first|' +
    'assistant|under|undersecretary|lt.|lieutenant|major|rear|brigadier|field|special|white|house|senate|' +
    'majority|minority|district|federal|regional|provincial|government|rebel|union|party|cabinet|press|' +
    'information|communications|labor|labour|transport|culture|public|internal|external|affairs|' +
    'development|science|technology|oil|mining|water|women|youth|sports|tourism|immigration|border|' +
    'secretary|minister|general|chief|crown|grand|high|air|force|forces|marine|naval|joint',
);

/** Head words that make a capitalised name an organisation ("Foreign Ministry", "White House"). */
export const ORG_HEADS = words(
  'ministry|department|administration|council|agency|army|navy|forces|force|party|front|movement|bank|' +
    'congress|senate|parliament|assembly|court|commission|office|committee|union|organization|organisation|' +
    'group|cartel|corporation|company|inc.|inc|corp.|corp|ltd|ltd.|institute|university|police|guard|command|' +
    'house|embassy|cabinet|government|coalition|alliance|brigade|brigades|battalion|regiment|militia|federation|' +
    'association|foundation|fund|bureau|service|services|authority|directorate|secretariat|tribunal|board|' +
    'network|times|post|news|journal|wire|press|herald|guardian|telegraph|tribune|gazette|television|tv|radio|' +
    'marines|corps|unit|division|network|commission|legislature|duma|knesset|junta|regime|state department|' +
    'ministries|forces|church|club|council|watch|international|initiative|cooperation|program|programme',
);

/** Plural or collective nouns that name a group of people acting together. */
export const GROUP_NOUNS = words(
  'lawmakers|legislators|critics|survivors|rebels|police|protesters|protestors|officials|troops|soldiers|' +
    'militants|insurgents|civilians|residents|authorities|investigators|prosecutors|activists|demonstrators|' +
    'guerrillas|guerillas|fighters|gunmen|forces|analysts|diplomats|voters|workers|migrants|refugees|students|' +
    'journalists|reporters|smugglers|traffickers|militias|militiamen|paramilitaries|separatists|jihadists|' +
    'extremists|terrorists|narco-terrorists|settlers|farmers|villagers|senators|congressmen|ministers|leaders|' +
    'negotiators|mediators|observers|monitors|experts|opponents|supporters|allies|inmates|prisoners|detainees|' +
    'hostages|victims|crew|crews|crewmembers|sailors|marines|pilots|commanders|generals|envoys|delegates|' +
    'delegation|deputies|judges|lawyers|doctors|medics|nurses|officers|agents|spokespeople|democrats|republicans|' +
    'conservatives|liberals|opposition|government|military|army|navy|nationals|citizens|people|population|' +
    'demonstrators|strikers|unions|mourners|families|relatives|residents|officials',
);

/** Group nouns that stand for people in general rather than an acting group; not mentions on their own. */
export const WEAK_GROUP_NOUNS = words(
  'people|population|government|military|army|navy|opposition|families|relatives',
);

/** Head nouns that make "the X" a definite nominal mention, with the kind of thing they refer to. */
export const NOMINAL_HEADS: ReadonlyMap<string, 'person' | 'organization' | 'country' | 'group'> = new Map([
  ...[
    ...'president|minister|secretary|prime minister|foreign minister|defense secretary|spokesman|spokeswoman|spokesperson|leader|general|commander|official|ambassador|envoy|mayor|governor|senator|chancellor|king|queen|premier|chief|director|lawmaker|diplomat|president-elect'.split(
      '|',
    ),
  ].map((w) => [w, 'person'] as const),
  ...[
    ...'ministry|administration|government|military|army|navy|agency|department|group|company|regime|embassy|coalition|alliance|party|court|council|parliament|congress|senate|cabinet|militia|cartel|organization|organisation|movement|office|committee|commission|authority|white house|kremlin|pentagon|police|junta|force|forces|opposition'.split(
      '|',
    ),
  ].map((w) => [w, 'organization'] as const),
  ...[...'country|countries|nation|nations|state|states|republic|kingdom'.split('|')].map(
    (w) => [w, 'country'] as const,
  ),
  ...[
    ...'rebels|protesters|militants|officials|troops|soldiers|survivors|victims|insurgents|guerrillas|fighters|authorities'.split(
      '|',
    ),
  ].map((w) => [w, 'group'] as const),
]);

/** Personal pronouns that take part in coreference, with what they may refer to. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'thing' | 'plural' | 'speaker' | 'we'> = new Map([
  ['he', 'person'],
  ['him', 'person'],
  ['his', 'person'],
  ['she', 'person'],
  ['her', 'person'],
  ['hers', 'person'],
  ['himself', 'person'],
  ['herself', 'person'],
  ['it', 'thing'],
  ['its', 'thing'],
  ['itself', 'thing'],
  ['they', 'plural'],
  ['them', 'plural'],
  ['their', 'plural'],
  ['themselves', 'plural'],
  ['we', 'we'],
  ['us', 'we'],
  ['our', 'we'],
  ['i', 'speaker'],
  ['me', 'speaker'],
  ['my', 'speaker'],
]);

/** Words capitalised at the start of a sentence that are never names. */
export const NOT_NAMES = words(
  'the|a|an|this|that|these|those|it|he|she|they|we|i|you|but|and|or|in|on|at|for|if|when|while|after|before|' +
    'since|as|his|her|its|their|our|my|some|many|most|no|none|one|both|however|meanwhile|earlier|later|last|yet|so|' +
    'still|then|also|what|who|why|how|where|according|following|unfortunately|despite|although|though|because|' +
    'during|amid|under|over|with|without|by|from|to|of|about|among|between|published|updated|photo|image|read|' +
    'more|less|there|here|all|each|every|any|several|few|such|other|another|monday|tuesday|wednesday|thursday|' +
    'friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|' +
    'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|yesterday|tomorrow|tonight|now|once|not|never|' +
    'separately|instead|indeed|thus|hence|overall|first|second|third|finally|next|then|again|even|only|just|' +
    'mr|mrs|ms|dr|come|go|let|please|yes|no|oh|well|like|unlike|although|whether|until|unless|upon|via|per|' +
    'minutes|hours|days|weeks|months|years|decades',
);

/** Words that may join two capitalised words inside one name ("Ministry of Defense", "Gulf of Mexico"). */
export const NAME_JOINERS = words('of|de|del|la|al|bin|van|von|der|da|dos|das|el|for|and');
