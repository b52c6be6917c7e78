import { loadDataFile } from '../core/data-file.js';
import type { Token } from '../core/records.js';
import type { DraftEvent } from './code-sentence.js';
import { relevanceSpec } from './relevance-schema.js';

/** A topic's cues, compiled for look-up by lower-cased word. */
interface Topic {
  name: string;
  countryIsPolitical: boolean;
  articleOnly: boolean;
  keepTypes: Set<string>;
  notPoliticalRules: Set<string>;
  single: Map<string, number>;
  phrases: { words: string[]; weight: number }[];
}

interface Compiled {
  forces: Set<string>;
  forceTitles: Set<string>;
  clauseOpeners: Set<string>;
  unlessAfter: Map<string, Set<string>>;
  stateVerbs: Set<string>;
  threshold: number;
  scoreWeight: number;
  topics: Topic[];
  sectors: Set<string>;
  prefixes: Set<string>;
}

let compiled: Compiled | null = null;

function relevance(): Compiled {
  if (compiled) return compiled;
  const d = loadDataFile(relevanceSpec);
  const topics: Topic[] = Object.entries(d.topics).map(([name, t]) => {
    const single = new Map<string, number>();
    const phrases: Topic['phrases'] = [];
    for (const [w, cues] of Object.entries(t.cues))
      for (const cue of cues) {
        const words = cue.split(' ');
        if (words.length === 1) single.set(cue, Number(w));
        else phrases.push({ words, weight: Number(w) });
      }
    return {
      name,
      countryIsPolitical: t.countryIsPolitical,
      articleOnly: t.articleOnly ?? false,
      keepTypes: new Set(t.keepTypes ?? []),
      notPoliticalRules: new Set(t.notPoliticalRules ?? []),
      single,
      phrases,
    };
  });
  compiled = {
    forces: new Set(d.forces),
    forceTitles: new Set(d.forceTitles),
    clauseOpeners: new Set(d.clauseOpeners),
    unlessAfter: new Map(Object.entries(d.forcesUnlessAfter).map(([k, v]) => [k, new Set(v)])),
    stateVerbs: new Set(d.stateVerbs),
    threshold: d.threshold,
    scoreWeight: d.scoreWeight,
    topics,
    sectors: new Set(d.politicalSectors),
    prefixes: new Set(d.politicalPrefixes),
  };
  return compiled;
}

/** Acts that leave a state behind them ("are detained"); stances ("is opposed to") are told as said. */
const MATERIAL = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE']);
const SCORE = /^\d{1,3}-\d{1,3}$/;
const lower = (t: Token): string => t.text.toLowerCase();

/**
 * The topics whose cues in this sentence reach the threshold (sport, markets, weather...), with the
 * article's own topics (`articleTopics`), which hold in every sentence of it.
 */
export function sentenceTopics(toks: readonly Token[], ofArticle: readonly Topic[] = []): Topic[] {
  const r = relevance();
  const out: Topic[] = [...ofArticle];
  // every topic reads the same lower-cased words: made once for the sentence
  const lw = toks.map(lower);
  for (const topic of r.topics) {
    if (topic.articleOnly || out.includes(topic)) continue;
    if (topicScore(topic, toks, r, lw).score >= r.threshold) out.push(topic);
  }
  return out;
}

/** A topic's cue weight in a sentence, and its strongest single cue. */
function topicScore(
  topic: Topic,
  toks: readonly Token[],
  r: Compiled,
  lw: readonly string[],
): { score: number; strongest: number } {
  let score = 0;
  let strongest = 0;
  const add = (w: number) => {
    score += w;
    if (w > strongest) strongest = w;
  };
  for (let i = 0; i < toks.length; i++) {
    const w = lw[i];
    add(singleCue(topic, toks[i], w));
    if (topic.name === 'sport' && SCORE.test(w)) add(r.scoreWeight);
    for (const p of topic.phrases)
      if (p.words[0] === w && p.words.every((x, k) => i + k < toks.length && lw[i + k] === x)) add(p.weight);
  }
  return { score, strongest };
}

/**
 * What a whole article is about: a topic whose cues reach the
 * threshold in its lede with a strong cue among them ("A magnitude 6.8 earthquake struck...",
 * "Real Madrid beat Barcelona 3-1..."), or in at least half of its sentences (three or more). Its
 * other sentences ("Barcelona attacked relentlessly after the break") are then read under it.
 */
export function articleTopics(sentences: readonly (readonly Token[])[]): Topic[] {
  const r = relevance();
  const told = sentences.filter((t) => t.length > 0);
  if (!told.length) return [];
  const out: Topic[] = [];
  // each sentence's words lower-cased once for all topics
  const lws = told.map((t) => t.map(lower));
  for (const topic of r.topics) {
    const lede = topicScore(topic, told[0], r, lws[0]);
    if (lede.score >= r.threshold && lede.strongest >= 2) {
      out.push(topic);
      continue;
    }
    if (told.length < 3) continue;
    let hits = 0;
    for (let k = 0; k < told.length; k++)
      if (topicScore(topic, told[k], r, lws[k]).score >= r.threshold) hits++;
    if (hits * 2 >= told.length) out.push(topic);
  }
  return out;
}

/**
 * A one-word cue's weight: strong cues ("striker", "nasdaq") in any form; weak ones ("league",
 * "share") only as common nouns, so that "the Muslim League" or "agreed to share" say nothing.
 */
function singleCue(topic: Topic, t: Token, w: string): number {
  const weight = topic.single.get(w) ?? topic.single.get(t.lemma) ?? 0;
  if (weight < 2 && (t.pos !== 'NOUN' || w !== t.text)) return 0;
  return weight;
}

function isForceWord(t: Token, r: Compiled): boolean {
  // "Flooding" is often tagged a verb: its listed surface form counts whatever the tag
  return r.forces.has(lower(t)) || ((t.pos === 'NOUN' || t.pos === 'PROPN') && r.forces.has(t.lemma));
}

/** "Storm Ciaran", "the earthquake": a phrase that names a natural force or an accident. */
function namesForce(text: string, r: Compiled): boolean {
  const words = text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const [first = '', last = ''] = [words[0], words[words.length - 1]];
  const unless = r.unlessAfter.get(last);
  if (unless) return !(words.length > 1 && unless.has(words[words.length - 2]));
  return (
    r.forces.has(last) ||
    r.forces.has(last.replace(/s$/, '')) ||
    (words.length > 1 && r.forceTitles.has(first))
  );
}

/**
 * A force as the subject of the act: a force noun, not inside a prepositional phrase, between the
 * start of the trigger's clause (the previous verb, comma or subordinator) and the trigger
 * ("an earthquake struck", "flooding in the south has displaced").
 */
function forceSubject(toks: readonly Token[], trigger: number, r: Compiled): boolean {
  if (relativeForce(toks, trigger, r)) return true;
  // ", killing 2,000 and destroying villages": a participle after a comma shares the subject of
  // the clause before it, so the search goes on past that comma to the verb before it
  let participle = /ing$/.test(lower(toks[trigger] ?? toks[0])) && toks[trigger]?.pos === 'VERB';
  for (let i = trigger - 1; i >= 0; i--) {
    const t = toks[i];
    if (isForceWord(t, r) && !inPhrase(toks, i, r)) return true;
    if (participle && t.pos === 'PUNCT' && t.text === ',') {
      participle = false;
      let v = i - 1;
      while (v > 0 && toks[v].pos !== 'VERB') v--;
      i = v;
      continue;
    }
    if (participle && (t.pos === 'CCONJ' || (t.pos === 'VERB' && /ing$/.test(lower(t))))) continue;
    if (t.pos === 'VERB' || t.pos === 'SCONJ' || (t.pos === 'PUNCT' && /^[,;:]$/.test(t.text))) return false;
  }
  return false;
}

/**
 * "condolences over a fire in Dhaka that killed 100": the noun a relative clause hangs on, over a
 * place phrase, is the act's subject, whatever phrase it stands in.
 */
function relativeForce(toks: readonly Token[], trigger: number, r: Compiled): boolean {
  let k = trigger - 1;
  while (k >= 0 && (toks[k].pos === 'AUX' || toks[k].pos === 'ADV')) k--;
  const w = k >= 0 ? lower(toks[k]) : '';
  if (w !== 'that' && w !== 'which') return false;
  for (let i = k - 1; i >= Math.max(0, k - 6); i--) {
    const t = toks[i];
    if (t.pos === 'VERB' || t.pos === 'PUNCT') return false;
    if (isForceWord(t, r)) return true;
    // "a fire", not "artillery fire"
    const unless = t.pos === 'NOUN' ? r.unlessAfter.get(t.lemma) : undefined;
    if (unless) return !unless.has(lower(toks[i - 1] ?? t));
  }
  return false;
}

/** A force in the phrase after the act ("killed in an eruption", "by the floods"). */
function forceAfter(toks: readonly Token[], trigger: number, r: Compiled): boolean {
  const end = Math.min(toks.length, trigger + 6);
  for (let i = trigger + 1; i < end; i++) {
    const t = toks[i];
    if (t.pos === 'PUNCT' || t.pos === 'VERB') return false;
    if (isForceWord(t, r) && inPhrase(toks, i, r)) return true;
  }
  return false;
}

/** Is the word at i inside a prepositional phrase ("in the flood"), not after a clause opener? */
function inPhrase(toks: readonly Token[], i: number, r: Compiled): boolean {
  let k = i - 1;
  while (k >= 0 && (toks[k].pos === 'ADJ' || toks[k].pos === 'DET' || toks[k].pos === 'NUM')) k--;
  return k >= 0 && toks[k].pos === 'ADP' && !r.clauseOpeners.has(lower(toks[k]));
}

/** Does any clause of the sentence have a natural force or accident as its subject? */
function sentenceHasForceSubject(toks: readonly Token[], r: Compiled): boolean {
  for (let i = 0; i < toks.length; i++) {
    if (!isForceWord(toks[i], r) || inPhrase(toks, i, r)) continue;
    for (let k = i + 1; k < Math.min(toks.length, i + 6); k++) {
      if (toks[k].pos === 'VERB') return true;
      if (toks[k].pos === 'PUNCT') break;
    }
  }
  return false;
}

/**
 * A participle after "are", "remain" or "stay" with no agent is a state ("are displaced", "remain
 * detained"): the act that made it was told, or will be, on its own.
 */
function isState(toks: readonly Token[], trigger: number, r: Compiled): boolean {
  const t = toks[trigger];
  if (t?.pos !== 'VERB' || !/(?:ed|en|wn|ld|ht|ne)$/.test(lower(t))) return false;
  let k = trigger - 1;
  while (k >= 0 && (toks[k].pos === 'ADV' || toks[k].pos === 'PART')) k--;
  if (k < 0 || !r.stateVerbs.has(lower(toks[k]))) return false;
  for (let i = trigger + 1; i < Math.min(toks.length, trigger + 6); i++)
    if (lower(toks[i]) === 'by') return false;
  return true;
}

function political(a: DraftEvent['actor'], t: Topic, r: Compiled): boolean {
  if (!a || a.code === '---') return false;
  if (a.rules?.some((x) => t.notPoliticalRules.has(x))) return false;
  const countryCounts = t.countryIsPolitical;
  if (a.sector && r.sectors.has(a.sector)) return true;
  if (r.prefixes.has(a.code.slice(0, 3))) return true;
  return countryCounts && !!a.country && !a.sector;
}

/**
 * Why a draft event is no political event, as a rule id, or null when it is one: its doer is a
 * natural force or an accident (`relevance.force`), it is a state rather than an act
 * (`relevance.state`), or its sentence is about sport, markets or
 * weather and neither role is a political actor (`relevance.topic.NAME`).
 */
export function irrelevance(d: DraftEvent, toks: readonly Token[], topics: readonly Topic[]): string | null {
  const r = relevance();
  if ((d.actor?.text && namesForce(d.actor.text, r)) || forceSubject(toks, d.trigger, r))
    return 'relevance.force';
  // "a landslide buried a village, and 600 people are feared killed": an act with no doer named,
  // in a sentence whose doer is a natural force, is the force's
  if (MATERIAL.has(d.type) && (!d.actor || d.actor.code === '---') && sentenceHasForceSubject(toks, r))
    return 'relevance.force';
  // "nine people were killed in an eruption", "died in the floods": with no doer named, a force
  // named right after the act is its cause
  if (MATERIAL.has(d.type) && !d.actor?.text && forceAfter(toks, d.trigger, r)) return 'relevance.force';
  if (MATERIAL.has(d.type) && isState(toks, d.trigger, r)) return 'relevance.state';
  for (const t of topics)
    if (!t.keepTypes.has(d.type) && !political(d.actor, t, r) && !political(d.recipient, t, r))
      return `relevance.topic.${t.name}`;
  return null;
}
