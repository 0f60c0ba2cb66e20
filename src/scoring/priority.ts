import type { ActionPriority } from './types.ts';
import { roundGain } from './round-score.ts';

/**
 * Gains in overall points from which an action is High or Medium priority.
 * In absolute points on purpose: "could raise your score by 3 points or more"
 * means the same thing on every questionnaire, and a short questionnaire,
 * where each answer weighs more, rightly gets more high-priority items.
 */
export const PRIORITY_THRESHOLDS = { high: 3, medium: 1.5 } as const;

/** High for any red flag; otherwise by the gain as displayed (one decimal), so the label matches the number shown. */
export function priorityOf(gain: number, isRedFlag: boolean): ActionPriority {
  if (isRedFlag) return 'high';
  const shown = roundGain(gain);
  if (shown >= PRIORITY_THRESHOLDS.high) return 'high';
  if (shown >= PRIORITY_THRESHOLDS.medium) return 'medium';
  return 'low';
}
