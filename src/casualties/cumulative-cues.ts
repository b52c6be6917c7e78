/**
 * Cues that a casualty figure is a running total for a campaign ("since September", "bringing
 * the death toll to", "the strikes have killed") or a single incident's toll ("the strike",
 * "Tuesday's attack"). Each cue is a regex with a stable id.
 */
export interface Cue {
  id: string;
  re: RegExp;
  /** How much the cue counts; 1 unless said. */
  weight?: number;
}

export const CUMULATIVE_CUES: Cue[] = [
  { id: 'cum-since', re: /\bsince\b/i },
  { id: 'cum-so-far', re: /\b(?:so far|to date|thus far|overall)\b/i },
  { id: 'cum-number-killed', re: /\bnumber of (?:people |those )?(?:killed|dead)\b/i },
  {
    id: 'cum-raised-to',
    re: /\b(?:raised|raises|raising|pushed|rose|brought|took)\s+(?:to\s+\d|the\s+(?:number|toll|total|tally|count))/i,
  },
  {
    id: 'cum-counted',
    re: /\b(?:counted|counts|tallied|tallies|by (?:this|our|its|a) (?:\w+ )?count)\b/i,
    weight: 2,
  },
  // "Some outlets put the total at 75": a total is a sum over strikes.
  { id: 'cum-put-total', re: /\bput (?:the|their|its) total at\b/i, weight: 2 },
  { id: 'cum-toll', re: /\b(?:death toll|toll|tally|body count)\b/i },
  { id: 'cum-total', re: /\btotal (?:number|death|of (?:people|those) killed)|\bcumulative\b|\bcombined\b/i },
  {
    id: 'cum-bringing',
    re: /\b(?:bringing|brings|brought|raising|raises|pushing|pushes|taking|takes) (?:the|its|their)\b/i,
  },
  { id: 'cum-campaign', re: /\b(?:campaign|operations|offensive)\b/i },
  {
    id: 'cum-plural-perfect',
    re: /\b(?:strikes|attacks|raids|operations|bombings)\b[^,;]{0,60}\b(?:have|had|has)\s+(?:\w+\s+){0,2}(?:killed|left)\b/i,
  },
  {
    // "21 people have been killed in the strikes", "46 have now died in US strikes": the perfect
    // over many strikes is a tally,
    // where "were killed in the strikes" can be one day's strikes on several boats.
    id: 'cum-perfect-passive-plural',
    re: /\b(?:have|has)\s+(?:now\s+)?(?:been\s+killed|died|perished)\b[^,;.]{0,40}\b(?:strikes|attacks|raids|operations)\b/i,
  },
  {
    id: 'cum-in-n-strikes',
    // A count of strikes ("in three attacks"), not any determiner: "killed in the strikes" can
    // be one day's strikes on several boats.
    re: /\b(?:in|across|over)\s+(?:at least\s+|more than\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|several|numerous|multiple|\w+teen|(?:twenty|thirty|forty|fifty)(?:-\w+)?)\s+(?:\w+\s+)?(?:strikes|attacks|raids)\b/i,
  },
];

/** Perfect tense on its own leans to a running total ("the US has killed 83 people"). */
export const WEAK_CUMULATIVE_CUES: Cue[] = [
  { id: 'cum-perfect', re: /\b(?:has|have)\s+(?:now\s+)?(?:\w+ly\s+)?killed\b/i },
];

export const INCIDENT_CUES: Cue[] = [
  {
    id: 'inc-singular-strike',
    re: /\b(?:the|a|an|this|that|latest|last|another|new|second|third|fourth|first|its|one|single|lethal|deadly|\w+day['\u2019]s)\s+(?:\w+\s+){0,2}?(?:strike|attack|raid|bombing|airstrike|operation|engagement)\b(?!s)/i,
  },
  { id: 'inc-weekday', re: /\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i },
  {
    id: 'inc-month-day',
    re: /\b(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i,
  },
  { id: 'inc-yesterday', re: /\b(?:yesterday|today|last night|overnight)\b/i },
];

/** Ids of the cues that match a text. */
export function matchCues(text: string, cues: Cue[]): string[] {
  return cues.filter((c) => c.re.test(text)).map((c) => c.id);
}

/** Summed weight of the cues that match a text. */
export function cueWeight(text: string, cues: Cue[]): number {
  let w = 0;
  for (const c of cues) if (c.re.test(text)) w += c.weight ?? 1;
  return w;
}
