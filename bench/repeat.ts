/** Runs `measure` once to warm up (discarded), then `runs` times, one after another. */
export async function repeat<T>(runs: number, measure: (run: number) => Promise<T>, warmups = 1): Promise<T[]> {
  for (let warmup = 0; warmup < warmups; warmup += 1) await measure(-1 - warmup);
  const results: T[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await measure(run));
  return results;
}
