import { describe, expect, it } from 'vitest';
import type { Answers } from '../questionnaire/answers.ts';
import { scoreAssessment } from '../scoring/score-assessment.ts';
import { compareQuestionnaire } from './compare.test-support.ts';
import { compareQuestion, optionSteps, type QuestionAgreement } from './question-agreement.ts';

const questionnaire = compareQuestionnaire();

function agreementOn(questionId: string, answerSets: Answers[]): QuestionAgreement {
  const section = questionnaire.sections.find((candidate) => candidate.questions.some((question) => question.id === questionId));
  const question = section?.questions.find((candidate) => candidate.id === questionId);
  if (!section || !question) throw new Error(`no question ${questionId}`);
  const results = answerSets.map((answers) => scoreAssessment(questionnaire, answers));
  return compareQuestion(question, section, answerSets, results);
}

describe('optionSteps', () => {
  it('places options by score, sharing a step when they share a score', () => {
    const channels = questionnaire.sections[0]?.questions.find((question) => question.id === 'channels');
    if (!channels) throw new Error('no channels question');
    expect([...optionSteps(channels)]).toEqual([
      ['email', 0],
      ['form', 0],
      ['phone', 1],
    ]);
  });
});

describe('compareQuestion on a scale', () => {
  it('counts who chose each option and calls one step apart agreement', () => {
    const result = agreementOn('testing', [
      { testing: { value: 'planned' } },
      { testing: { value: 'in-progress' } },
      { testing: { value: 'planned' } },
    ]);
    expect(result.options.filter((option) => option.count > 0)).toEqual([
      { value: 'planned', label: 'Planned', count: 2, respondents: [0, 2] },
      { value: 'in-progress', label: 'In progress', count: 1, respondents: [1] },
    ]);
    expect(result.stepSpread).toBe(1);
    expect(result.farApart).toBe(false);
    expect(result.disagrees).toBe(false);
  });

  it('marks answers two or more steps apart', () => {
    const result = agreementOn('testing', [{ testing: { value: 'not-started' } }, { testing: { value: 'in-progress' } }]);
    expect(result.stepSpread).toBe(2);
    expect(result.ratioSpread).toBe(0.5);
    expect(result.farApart).toBe(true);
    expect(result.mustHaveSplit).toBe(false);
    expect(result.disagrees).toBe(true);
  });
});

describe('compareQuestion on a must-have', () => {
  it('marks a split when some meet the minimum and some do not, even one step apart', () => {
    const result = agreementOn('oversight', [{ oversight: { value: 'in-progress' } }, { oversight: { value: 'in-place' } }]);
    expect(result.grading).toBe('must-have');
    expect(result.minimumLabel).toBe('In place');
    expect(result.cells.map((cell) => cell.belowMinimum)).toEqual([true, false]);
    expect(result.stepSpread).toBe(1);
    expect(result.mustHaveSplit).toBe(true);
    expect(result.farApart).toBe(false);
    expect(result.disagrees).toBe(true);
  });

  it('does not call it a split when everyone is on the same side of the minimum', () => {
    const result = agreementOn('oversight', [{ oversight: { value: 'in-place' } }, { oversight: { value: 'verified' } }]);
    expect(result.mustHaveSplit).toBe(false);
    expect(result.disagrees).toBe(false);
  });

  it('treats a critical question the same way', () => {
    const result = agreementOn('kill-switch', [{ 'kill-switch': { value: 'no' } }, { 'kill-switch': { value: 'yes' } }]);
    expect(result.grading).toBe('critical');
    expect(result.mustHaveSplit).toBe(true);
  });
});

describe('compareQuestion leaves out what is not an answer', () => {
  it('counts "Not applicable", unanswered and hidden but never lets them disagree', () => {
    const result = agreementOn('kill-switch', [
      { 'kill-switch': { notApplicable: true, justification: 'No model runs live' } },
      { 'kill-switch': { value: 'no' } },
      {},
    ]);
    expect(result.cells.map((cell) => cell.status)).toEqual(['not-applicable', 'answered', 'unanswered']);
    expect(result.counts).toEqual({ answered: 1, 'not-applicable': 1, unanswered: 1, hidden: 0 });
    expect(result.cells[0]?.belowMinimum).toBeNull();
    expect(result.mustHaveSplit).toBe(false);
    expect(result.stepSpread).toBeNull();
    expect(result.disagrees).toBe(false);
  });

  it('marks a question not asked of a respondent as hidden', () => {
    const result = agreementOn('follow-up', [{ consult: { value: 'no' } }, { consult: { value: 'yes' }, 'follow-up': { value: 'yes' } }]);
    expect(result.cells.map((cell) => cell.status)).toEqual(['hidden', 'answered']);
    expect(result.counts.hidden).toBe(1);
    expect(result.disagrees).toBe(false);
  });

  it('never measures text answers, however different', () => {
    const result = agreementOn('summary', [{ summary: { value: 'Face matching at shop doors' } }, { summary: { value: 'A chatbot' } }, {}]);
    expect(result.cells.map((cell) => [cell.status, cell.labels])).toEqual([
      ['answered', ['Face matching at shop doors']],
      ['answered', ['A chatbot']],
      ['unanswered', []],
    ]);
    expect(result.disagrees).toBe(false);
  });

  it('compares pick-many answers by their share of the points', () => {
    const near = agreementOn('channels', [{ channels: { value: ['email'] } }, { channels: { value: ['form'] } }]);
    expect(near.ratioSpread).toBe(0);
    expect(near.disagrees).toBe(false);
    const far = agreementOn('channels', [{ channels: { value: ['email'] } }, { channels: { value: ['email', 'form', 'phone'] } }]);
    expect(far.ratioSpread).toBe(0.75);
    expect(far.stepSpread).toBeNull();
    expect(far.farApart).toBe(true);
  });
});
