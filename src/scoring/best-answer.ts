import type { Option, Question } from '../questionnaire/model.ts';
import { SCORE_TOLERANCE } from './precision.ts';

function bestSingle(options: readonly Option[]): Option[] {
  const best = options.reduce<Option | undefined>(
    (top, option) => (top === undefined || option.score > top.score ? option : top),
    undefined,
  );
  return best ? [best] : [];
}

// The fewest options reaching the cap, highest scores first: the shortest
// honest description of what a full answer looks like.
function bestMultiple(options: readonly Option[], maxScore: number): Option[] {
  const byScore = options.filter((option) => option.score > 0).sort((a, b) => b.score - a.score);
  const picked = new Set<Option>();
  let total = 0;
  for (const option of byScore) {
    if (total >= maxScore - SCORE_TOLERANCE) break;
    picked.add(option);
    total += option.score;
  }
  return options.filter((option) => picked.has(option));
}

/** The options of the answer that earns the most points, in option order; none for text questions. */
export function bestOptions(question: Question): Option[] {
  if (question.kind === 'single') return bestSingle(question.options);
  if (question.kind === 'multiple') return bestMultiple(question.options, question.maxScore);
  return [];
}
