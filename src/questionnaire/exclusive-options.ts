import type { Question } from './model.ts';

/**
 * The choices of a pick-many question after one tick, honouring exclusive
 * options ("None of these yet"): ticking one clears the rest, and ticking
 * anything else clears it. `previous` is what was ticked before the change.
 */
export function applyExclusive(question: Question, previous: readonly string[], next: readonly string[]): string[] {
  const exclusive = new Set(question.options.filter((option) => option.exclusive).map((option) => option.value));
  if (exclusive.size === 0) return [...next];
  const before = new Set(previous);
  const added = next.filter((value) => !before.has(value));
  const addedExclusive = added.find((value) => exclusive.has(value));
  if (addedExclusive) return [addedExclusive];
  if (added.length > 0) return next.filter((value) => !exclusive.has(value));
  return [...next];
}
