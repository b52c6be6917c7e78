import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | null = null;

/**
 * The wink-nlp instance of this process. The model takes about a quarter of a second to load, so it
 * is loaded once, on first use, and shared. Named-entity and sentiment pipes are left out: we do
 * our own mention finding, and both cost time on every document.
 */
export function wink(): WinkMethods {
  if (!instance) instance = winkNLP(model, ['sbd', 'negation', 'pos']);
  return instance;
}
