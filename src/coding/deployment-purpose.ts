import { findAny } from './phrase-match.js';
import type { SentenceContext } from './sentence-context.js';
import type { TriggerReading } from './trigger-reading.js';

/** What a deployment abroad is, by its purpose: [CAMEO code, rule id], or null for a show of force. */
export type DeploymentAid = ['074' | '072', string];

/**
 * Troops or police sent to another country ("Kosovo is sending a platoon to Kuwait, its first
 * peacekeeping mission", "soldiers deployed to Nigeria to train 200 Nigerian soldiers") give
 * protection or military aid, not a show of force against that country: a word of peacekeeping
 * after the act (`clause.peacekeeping-deployment`, AID 074), or an infinitive of help right after
 * the object (`clause.assisting-deployment`, AID 072). Troops who arrive in a country on a
 * peacekeeping mission are no visitors either (AID 074).
 */
export function deploymentAid(ctx: SentenceContext, s: TriggerReading): DeploymentAid | null {
  // troops who "arrived in Mali" to keep the peace came on no visit (their own words say so)
  const arrival =
    s.p.id === 'consult.arrive-visit' && s.actorList.some((a) => a?.sector === 'MIL' || a?.sector === 'COP');
  if ((s.type !== 'MOBILIZE' && !arrival) || !abroad(s)) return null;
  const { toks, book } = ctx;
  const keeping = book.cues.peacekeeping;
  const from = arrival ? 0 : s.m.end;
  for (let k = from; k < toks.length; k++)
    if (keeping.single.has(toks[k].lemma) || keeping.single.has(toks[k].lower))
      return ['074', 'clause.peacekeeping-deployment'];
  if (findAny(toks, from, toks.length, keeping.phrases)) return ['074', 'clause.peacekeeping-deployment'];
  if (arrival) return null;
  const end = Math.min(toks.length - 1, s.scopeEnd + 8);
  for (let k = s.m.end; k < end; k++) {
    if (toks[k].text === ';' || toks[k].pos === 'SCONJ') break;
    if (
      toks[k].lower === 'to' &&
      toks[k + 1].pos === 'VERB' &&
      book.cues.assistance.single.has(toks[k + 1].lemma)
    )
      return ['072', 'clause.assisting-deployment'];
  }
  return null;
}

/** Is a recipient of another country than every actor's? */
function abroad(s: TriggerReading): boolean {
  const own = new Set(s.actorList.map((a) => a?.country).filter((c): c is string => !!c));
  if (!own.size) return false;
  return s.recipList.some((r) => !!r?.country && !own.has(r.country));
}
