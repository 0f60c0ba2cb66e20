/** Median and range of one figure over several runs. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  /** Every run's value, in the order measured. */
  runs: number[];
}

/** The middle value, or the mean of the two middle values; NaN when there is none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** Median, smallest and largest of the runs; NaN throughout when there are none. */
export function summarize(values: readonly number[]): Summary {
  return {
    median: median(values),
    min: values.length === 0 ? Number.NaN : Math.min(...values),
    max: values.length === 0 ? Number.NaN : Math.max(...values),
    runs: [...values],
  };
}
