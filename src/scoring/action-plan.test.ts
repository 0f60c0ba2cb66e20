import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from './build-questionnaire.test-support.ts';
import { scoreAssessment } from './score-assessment.ts';
import { genericAction } from './action-plan.ts';
import { PRIORITY_THRESHOLDS, priorityOf } from './priority.ts';

const yesNo = [
  { value: 'yes', score: 1, label: 'Yes' },
  { value: 'no', score: 0, label: 'No' },
];

describe('priorityOf', () => {
  it('is High for any red flag, whatever the gain', () => {
    expect(priorityOf(0, true)).toBe('high');
  });

  it('uses the thresholds on the gain as displayed (one decimal)', () => {
    expect(PRIORITY_THRESHOLDS).toEqual({ high: 3, medium: 1.5 });
    expect(priorityOf(3, false)).toBe('high');
    expect(priorityOf(2.96, false)).toBe('high'); // shown as 3.0
    expect(priorityOf(2.94, false)).toBe('medium');
    expect(priorityOf(1.5, false)).toBe('medium');
    expect(priorityOf(1.44, false)).toBe('low');
    expect(priorityOf(0, false)).toBe('low');
  });
});

describe('genericAction', () => {
  it('names the question and its best answer', () => {
    const best = [
      { value: 'a', label: 'Users', score: 1 },
      { value: 'b', label: 'Public', score: 1 },
      { value: 'c', label: 'Experts', score: 1 },
    ];
    expect(genericAction('3.2', 'Who did you consult?', best)).toBe(
      'Improve the answer to question 3.2 (“Who did you consult?”); the best answer is “Users”, “Public” and “Experts”.',
    );
    expect(genericAction('1.1', 'Why?', [])).toBe('Improve the answer to question 1.1 (“Why?”).');
  });
});

describe('buildActionPlan', () => {
  // 20 equal questions in one section: each missing answer is worth 100/20 = 5 points.
  // A second section with weight 0 is shown for information only.
  const questionnaire = buildQuestionnaire([
    {
      id: 'main',
      questions: Array.from({ length: 20 }, (_, index) => ({ id: `q${index + 1}`, options: yesNo })).map((question, index) =>
        index === 4 ? { ...question, critical: { minimum: 'yes' } } : question,
      ),
    },
    { id: 'info', weight: 0, questions: [{ id: 'info1', options: yesNo }] },
    {
      id: 'critical-context',
      weight: 0,
      questions: [{ id: 'legal', weight: 0, options: yesNo, critical: { minimum: 'yes' } }],
    },
  ]);
  const allYes = Object.fromEntries(
    [...Array.from({ length: 20 }, (_, index) => `q${index + 1}`), 'info1', 'legal'].map((id) => [id, { value: 'yes' }]),
  );

  it('is empty when every answer is the best one', () => {
    expect(scoreAssessment(questionnaire, allYes).actionPlan).toEqual([]);
  });

  it('lists red flags first, then by gain, then in questionnaire order', () => {
    const withoutQ3 = Object.fromEntries(Object.entries(allYes).filter(([id]) => id !== 'q3'));
    const result = scoreAssessment(questionnaire, {
      ...withoutQ3,
      q2: { value: 'no' },
      q5: { value: 'no' },
      q9: { value: 'no' },
      info1: { value: 'no' },
    });
    expect(result.actionPlan.map((item) => [item.questionId, item.gain, item.isRedFlag, item.priority])).toEqual([
      ['q5', 5, true, 'high'],
      ['q2', 5, false, 'high'],
      ['q3', 5, false, 'high'],
      ['q9', 5, false, 'high'],
      // A weight-0 section still shows a score, so its gaps are listed, but gain nothing overall.
      ['info1', 0, false, 'low'],
    ]);
    expect(result.actionPlan.find((item) => item.questionId === 'info1')?.sectionGain).toBe(100);
    expect(result.actionPlan.find((item) => item.questionId === 'q3')?.answerLabels).toBeNull();
  });

  it('lists a red flag even on a question that carries no points', () => {
    const result = scoreAssessment(questionnaire, { ...allYes, legal: { value: 'no' } });
    expect(result.actionPlan).toMatchObject([
      { questionId: 'legal', isRedFlag: true, priority: 'high', gap: 1, gain: 0, sectionGain: 0, bestLabels: ['Yes'] },
    ]);
  });
});
