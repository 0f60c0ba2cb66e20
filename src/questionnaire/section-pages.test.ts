import { describe, expect, it } from 'vitest';
import { LONGEST_SINGLE_PAGE, pageOfQuestion, QUESTIONS_PER_PAGE, sectionPages } from './section-pages.ts';

const questions = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `q${index + 1}` }));

describe('sectionPages', () => {
  it('keeps a section of up to 15 questions on one page', () => {
    expect(sectionPages(questions(0))).toEqual([[]]);
    expect(sectionPages(questions(LONGEST_SINGLE_PAGE))).toEqual([questions(LONGEST_SINGLE_PAGE)]);
  });

  it('cuts a longer section into pages of 10, in order, losing and repeating nothing', () => {
    const pages = sectionPages(questions(100));
    expect(pages).toHaveLength(10);
    expect(pages.every((page) => page.length === QUESTIONS_PER_PAGE)).toBe(true);
    expect(pages.flat()).toEqual(questions(100));
    expect(sectionPages(questions(16)).map((page) => page.length)).toEqual([10, 6]);
  });
});

describe('pageOfQuestion', () => {
  it('finds the page holding a question, and falls back to the first page', () => {
    expect(pageOfQuestion(questions(100), 'q1')).toBe(1);
    expect(pageOfQuestion(questions(100), 'q10')).toBe(1);
    expect(pageOfQuestion(questions(100), 'q11')).toBe(2);
    expect(pageOfQuestion(questions(100), 'q100')).toBe(10);
    expect(pageOfQuestion(questions(12), 'q12')).toBe(1);
    expect(pageOfQuestion(questions(100), 'nope')).toBe(1);
    expect(pageOfQuestion(questions(100), undefined)).toBe(1);
  });
});
