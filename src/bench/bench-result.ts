/** One figure a benchmark reports. */
export interface BenchResult {
  /** What was measured, e.g. `text: sentences/s`. */
  name: string;
  value: number;
  unit: string;
  /** Corpus size, threads, and anything else needed to read the figure. */
  detail?: string;
}

/** CPU seconds (user + system, all threads) of this process since `from`. */
export function cpuSecondsSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
}
