import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

/**
 * Counts the inputs {@link readInputs} will visit (files under folders, URLs, stdin), for a progress bar's total. Cheap: it lists folders and reads nothing.
 */
export async function countInputs(inputs: string[]): Promise<number> {
  let n = 0;
  // Real paths of the folders walked: a symlink back up the tree is walked once, as by the reader.
  const visited = new Set<string>();
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    if (!explicit && basename(path).startsWith('.')) return;
    try {
      const st = await stat(path);
      if (st.isDirectory()) {
        const real = await realpath(path).catch(() => path);
        if (visited.has(real)) return;
        visited.add(real);
        for (const name of await readdir(path))
          if (!name.startsWith('.')) await walk(join(path, name), false);
      } else {
        n++;
      }
    } catch {
      if (explicit) n++;
    }
  };
  for (const input of inputs) {
    if (input === '-' || /^[a-z][a-z0-9+.-]+:\/\//i.test(input)) n++;
    else await walk(input, true);
  }
  return n;
}
