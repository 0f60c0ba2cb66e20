import { denoise } from './precision.ts';

/**
 * Rounds a 0–100 score for display: to the nearest whole number, halves up.
 * The result keeps full precision; the band is looked up on this rounded
 * value (see `scoreAssessment`), so the number shown and the band shown can
 * never disagree at a boundary ("50" is never shown beside a band that starts
 * at 50 but was not reached).
 *
 * @example roundScore(49.5) // 50
 */
export function roundScore(score: number): number {
  // Denoise first: 49.5 computed as 49.49999999999999 must still show 50.
  return Math.round(denoise(score));
}

/**
 * Rounds a gain in overall points (action plan) for display: one decimal,
 * halves up. Gains are small (a single answer rarely moves the overall by more
 * than a few points), so whole numbers would show most of them as 0 or 1.
 * Priorities and the action plan order use this rounded value too.
 *
 * @example roundGain(3.25) // 3.3
 */
export function roundGain(gain: number): number {
  return Math.round(denoise(gain) * 10) / 10;
}
