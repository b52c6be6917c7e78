import cliProgress from 'cli-progress';
import { printable } from '../core/printable.js';
import { formatProblem, type Problem } from '../core/problem.js';
import type { IngestProgress } from '../pipeline/ingest-run.js';

/** Progress and problem display for `ingest`: a bar on stderr when it is a terminal, lines always. */
export interface IngestDisplay {
  onProblem(p: Problem): void;
  onProgress(p: IngestProgress): void;
  onInputDone(): void;
  stop(): void;
}

/**
 * Creates the display. Problems print one per line on stderr (above the bar when there is one),
 * so that a long ingest shows what failed as it goes and a script sees the same lines.
 */
export function createIngestDisplay(totalInputs: number, quiet: boolean): IngestDisplay {
  const tty = !quiet && process.stderr.isTTY === true;
  let multi: cliProgress.MultiBar | null = null;
  let bar: cliProgress.SingleBar | null = null;
  let last: IngestProgress | null = null;
  let done = 0;
  if (tty) {
    multi = new cliProgress.MultiBar(
      {
        stream: process.stderr,
        format: ' {bar} {value}/{total} inputs | stored {stored} dup {duplicate} failed {failed} | {current}',
        hideCursor: true,
        clearOnComplete: true,
        fps: 10,
        barsize: 24,
      },
      cliProgress.Presets.shades_classic,
    );
    bar = multi.create(Math.max(1, totalInputs), 0, { stored: 0, duplicate: 0, failed: 0, current: '' });
  }
  const payload = () => ({
    stored: last?.stored ?? 0,
    duplicate: last?.duplicate ?? 0,
    failed: last?.failed ?? 0,
    current: printable(last?.current ?? '').slice(-40),
  });
  return {
    onProblem(p) {
      const line = `${p.severity === 'warning' ? 'warning: ' : ''}${formatProblem(p)}`;
      if (multi) multi.log(`${line}\n`);
      else process.stderr.write(`${line}\n`);
    },
    onProgress(p) {
      last = p;
      bar?.update(done, payload());
    },
    onInputDone() {
      done++;
      if (bar && done > bar.getTotal()) bar.setTotal(done);
      bar?.update(done, payload());
    },
    stop() {
      multi?.stop();
    },
  };
}
