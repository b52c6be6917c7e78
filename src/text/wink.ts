import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let instance: WinkMethods | null = null;

/**
 * The wink-nlp instance of this process. The model takes about a quarter of a second to load, so it
 * is loaded once, on first use, and shared. Only the POS pipe runs: we split sentences, find
 * mentions and mark negation scope ourselves, and wink's sentence, negation, entity and sentiment
 * pipes cost a third of its time without changing the tags or lemmas.
 */
export function wink(): WinkMethods {
  if (!instance) instance = winkNLP(model, ['pos']);
  return instance;
}
