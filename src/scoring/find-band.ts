import type { Band } from '../questionnaire/schema.ts';

function sortedBands(bands: readonly Band[]): Band[] {
  return [...bands].sort((a, b) => a.from - b.from);
}

/**
 * The band a 0–100 score falls in: `from ≤ score < to`, the highest band also
 * holding 100. Total: a score below every band gets the lowest band, and
 * gaps (which the questionnaire checker forbids) resolve to the band below.
 * Null only when there are no bands at all.
 */
export function findBand(bands: readonly Band[], score: number): Band | null {
  const sorted = sortedBands(bands);
  let found = sorted[0] ?? null;
  // The last band starting at or below the score: the same as from ≤ s < to
  // for contiguous bands, and it puts 100 in the highest band.
  for (const band of sorted) if (band.from <= score) found = band;
  return found;
}

/** The band a red flag caps the verdict at. */
export function lowestBand(bands: readonly Band[]): Band | null {
  return sortedBands(bands)[0] ?? null;
}
