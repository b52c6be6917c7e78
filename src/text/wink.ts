import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let instance: WinkMethods | null = null;
let charsRead = 0;

/**
 * Characters read by one wink instance before it is replaced. wink adds every word it has not
 * seen to its lexicon cache and never drops one, so a long stream of news (new names every day)
 * would grow it without limit. A fresh instance costs about a quarter of a second, under 1% of the
 * time to analyse this much text; a word's tags do not depend on whether it was cached before.
 */
export const WINK_RELOAD_AFTER_CHARS = 20_000_000;

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

/**
 * The wink instance to read `chars` more characters with: the shared one, replaced by a fresh one
 * once it has read `limit` characters, which bounds the memory of its word cache.
 */
export function winkFor(chars: number, limit = WINK_RELOAD_AFTER_CHARS): WinkMethods {
  if (instance && charsRead + chars > limit) {
    instance = null;
    charsRead = 0;
  }
  charsRead += chars;
  return wink();
}
