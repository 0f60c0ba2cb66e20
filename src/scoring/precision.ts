/**
 * Scores are sums and quotients of decimal numbers such as 0.7 + 0.1, which
 * floating point gets wrong in the 16th digit (0.7999999999999999). Anything
 * closer than this is treated as equal, so that such noise can neither raise a
 * red flag nor leave an item in the action plan worth a billionth of a point.
 */
export const SCORE_TOLERANCE = 1e-9;

/** Drops floating-point noise before a value is rounded for display or compared. */
export function denoise(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
