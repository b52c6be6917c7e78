import { setFlagsFromString } from 'node:v8';

/**
 * V8 stops inlining small functions into a big one once the inlined bytecode passes a budget
 * (920 bytes by default). The feature functions call the hashing functions dozens of times, so
 * most of those calls stayed calls; a budget of 8,000 lets them be inlined, which makes tagging
 * and parsing about a sixth faster (`npm run bench:syntax`). The flag only changes how V8
 * compiles hot functions, never what they compute; it must be set before any of them has been
 * optimised.
 */
let set = false;

/**
 * Raises the budget for this process. It changes how every hot function of the process is
 * compiled: the whole path measured about a fifth slower on news with it (the coder's large
 * functions inline too much), so only the commands that spend their time tagging and parsing
 * (`lapwing parse`, `npm run bench:syntax`) call this, first thing.
 */
export function inlineSyntaxCalls(): void {
  if (set) return;
  set = true;
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=8000');
}
