/** Questions on one page of a long section. */
export const QUESTIONS_PER_PAGE = 10;
/** A section up to this long stays on one page: splitting 12 questions into 10 and 2 helps nobody. */
export const LONGEST_SINGLE_PAGE = 15;

/**
 * A section's questions in pages. Long sections are split: a page of 100
 * questions is slow to scroll and to type in (every keystroke costs the
 * browser more in a bigger page: `npm run bench`), and a person loses their
 * place. Pages are cut from all the section's questions, not only the visible
 * ones, so a question stays on the same page whatever else is answered.
 */
export function sectionPages<T>(questions: readonly T[]): T[][] {
  if (questions.length <= LONGEST_SINGLE_PAGE) return [[...questions]];
  const pages: T[][] = [];
  for (let start = 0; start < questions.length; start += QUESTIONS_PER_PAGE) pages.push(questions.slice(start, start + QUESTIONS_PER_PAGE));
  return pages;
}

/** The 1-based page that holds the question, or 1 when the section has no such question. */
export function pageOfQuestion(questions: readonly { id: string }[], questionId: string | undefined): number {
  const index = sectionPages(questions).findIndex((page) => page.some((question) => question.id === questionId));
  return index < 0 ? 1 : index + 1;
}
