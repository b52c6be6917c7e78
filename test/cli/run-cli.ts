import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root, where `bin/lapwing` lives. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = `${ROOT}bin/lapwing`;

/** What a CLI run printed and how it exited. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node bin/lapwing ...args` as a child process (the built CLI in dist/, as users run it),
 * optionally feeding `stdin`, in `cwd`.
 */
export function runCli(
  args: string[],
  opts: { cwd?: string; stdin?: string | Buffer; timeoutMs?: number } = {},
): Promise<CliResult> {
  if (!existsSync(`${ROOT}dist/cli/main.js`))
    throw new Error('dist/ is missing: run `npx tsc -p .` (npm test builds first)');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, LAPWING_LOG: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 200_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (opts.stdin !== undefined) child.stdin.end(opts.stdin);
    else child.stdin.end();
  });
}

/** Parses a run's stdout as JSON, failing with its exit code and stderr when it is not JSON. */
export function jsonOut<T = Record<string, unknown>>(r: CliResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`expected JSON on stdout; exit ${r.code}; stderr: ${r.stderr.slice(0, 2000)}`);
  }
}
