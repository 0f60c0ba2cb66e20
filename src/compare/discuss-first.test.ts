import { describe, expect, it } from 'vitest';
import { compareForDiscussion, discussFirst, discussionTier, disagreementWeight } from './discuss-first.ts';
import type { QuestionAgreement } from './question-agreement.ts';

// Agreements stated directly: the ordering is about these fields alone.
function agreement(overrides: Partial<QuestionAgreement> & { number: string }): QuestionAgreement {
  return {
    questionId: `q-${overrides.number}`,
    sectionId: 's',
    sectionTitle: 'Section',
    text: 'Question?',
    kind: 'single',
    weight: 1,
    grading: null,
    mustHaveName: null,
    minimumLabel: null,
    cells: [],
    options: [],
    counts: { answered: 2, 'not-applicable': 0, unanswered: 0, hidden: 0 },
    stepSpread: 2,
    ratioSpread: 0.5,
    mustHaveSplit: false,
    farApart: true,
    disagrees: true,
    ...overrides,
  };
}

describe('discussionTier', () => {
  it('puts a split on a minimum first, then graded questions far apart, then the rest', () => {
    expect(discussionTier(agreement({ number: '1.1', grading: 'must-have', mustHaveSplit: true }))).toBe(0);
    expect(discussionTier(agreement({ number: '1.1', grading: 'critical', mustHaveSplit: true, farApart: false }))).toBe(0);
    expect(discussionTier(agreement({ number: '1.1', grading: 'must-have' }))).toBe(1);
    expect(discussionTier(agreement({ number: '1.1' }))).toBe(2);
  });
});

describe('disagreementWeight', () => {
  it('is the question weight times the share of its points between the answers', () => {
    expect(disagreementWeight(agreement({ number: '1.1', weight: 3, ratioSpread: 0.75 }))).toBe(2.25);
  });
});

describe('discussFirst', () => {
  it('orders by tier, then weighted spread, then weight, then steps, then questionnaire order', () => {
    const questions = [
      agreement({ number: '1.1', weight: 1, ratioSpread: 1 }), // tier 2, weight 1
      agreement({ number: '1.2', weight: 3, ratioSpread: 0.5 }), // tier 2, weight 1.5
      agreement({ number: '2.1', weight: 1, grading: 'must-have', ratioSpread: 0.25, mustHaveSplit: true, farApart: false }), // tier 0
      agreement({ number: '2.2', weight: 3, grading: 'must-have', ratioSpread: 0.5 }), // tier 1, 1.5
      agreement({ number: '1.10', weight: 3, grading: 'critical', ratioSpread: 0.25, mustHaveSplit: true }), // tier 0, 0.75
      agreement({ number: '1.3', weight: 2, ratioSpread: 0.75 }), // tier 2, weight 1.5, heavier than 1.2? no: 1.2 weighs 3
      agreement({ number: '1.4', weight: 3, ratioSpread: 0.5, stepSpread: 3 }), // tier 2, 1.5, weight 3, more steps than 1.2
      agreement({ number: '1.5', disagrees: false, farApart: false }), // agreement: left out
    ];
    expect(discussFirst(questions).map((question) => question.number)).toEqual(['1.10', '2.1', '2.2', '1.4', '1.2', '1.3', '1.1']);
  });

  it('gives the same order whatever order the questions come in', () => {
    const questions = [
      agreement({ number: '3.1' }),
      agreement({ number: '1.2' }),
      agreement({ number: '1.10' }),
      agreement({ number: '1.9' }),
    ];
    const order = discussFirst(questions).map((question) => question.number);
    expect(order).toEqual(['1.2', '1.9', '1.10', '3.1']);
    expect(discussFirst([...questions].reverse()).map((question) => question.number)).toEqual(order);
    expect(compareForDiscussion(questions[0] as QuestionAgreement, questions[0] as QuestionAgreement)).toBe(0);
  });

  it('keeps at most the limit', () => {
    const questions = Array.from({ length: 14 }, (_, index) => agreement({ number: `1.${index + 1}` }));
    expect(discussFirst(questions)).toHaveLength(10);
    expect(discussFirst(questions, 3).map((question) => question.number)).toEqual(['1.1', '1.2', '1.3']);
  });
});
