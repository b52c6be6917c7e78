import type { Logger } from './logger.js';

/** What every stage may use besides its input. */
export interface StageContext {
  log: Logger;
}

/**
 * One pipeline stage: a function from typed records to typed records. Stages are synchronous so
 * that a whole article can be run inside a worker thread without scheduling overhead.
 */
export interface Stage<In, Out> {
  readonly name: string;
  run(input: In, ctx: StageContext): Out;
}
