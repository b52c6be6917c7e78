/** One figure a benchmark reports. */
export interface BenchResult {
  /** What was measured, e.g. `text: sentences/s`. */
  name: string;
  value: number;
  unit: string;
  /** Corpus size, threads, and anything else needed to read the figure. */
  detail?: string;
}
