import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Questionnaire } from '../questionnaire/model.ts';
import { countAnswers, NO_ANSWERS, type AnswerCounts } from '../questionnaire/answer-counts.ts';
import { computeVisibility } from '../questionnaire/visibility.ts';
import { scoreAssessment } from './score-assessment.ts';
import { listVisibleQuestions } from './visible-questions.ts';
import { roundScore } from './round-score.ts';
import { allQuestions, bestAnswers, scenarioArbitrary } from './questionnaire-arbitrary.test-support.ts';

const runs = { numRuns: 200 };

function topBand(questionnaire: Questionnaire) {
  return questionnaire.bands.at(-1);
}

function add(a: AnswerCounts, b: AnswerCounts): AnswerCounts {
  return {
    answered: a.answered + b.answered,
    toAnswer: a.toAnswer + b.toAnswer,
    notApplicable: a.notApplicable + b.notApplicable,
    optional: a.optional + b.optional,
    total: a.total + b.total,
  };
}

describe('the verdict cannot be gamed', () => {
  it('never gives the top band while a must-have or critical question is unmet or unanswered', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ conditions: true }), ({ questionnaire, answers }) => {
        fc.pre(questionnaire.bands.length >= 2);
        const result = scoreAssessment(questionnaire, answers);
        if (result.redFlags.length > 0 || result.pendingMustHaves.length > 0) {
          expect(result.band).not.toBe(topBand(questionnaire));
        }
        if (result.redFlags.some((flag) => flag.severity === 'blocking') && result.band) {
          expect(result.band).toBe(questionnaire.bands[0]);
        }
      }),
      runs,
    );
  });

  it('never gives the top band while a section scores under the floor or is not assessed', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ conditions: true }), ({ questionnaire, answers }) => {
        fc.pre(questionnaire.bands.length >= 2);
        const result = scoreAssessment(questionnaire, answers);
        const weak = result.sections.filter(
          (section) =>
            section.visible &&
            section.weight > 0 &&
            (!section.assessed || (section.score !== null && roundScore(section.score) < questionnaire.sectionFloor)),
        );
        if (weak.length > 0) expect(result.band).not.toBe(topBand(questionnaire));
        for (const section of weak) expect(result.caps.some((cap) => cap.sectionId === section.id)).toBe(true);
      }),
      runs,
    );
  });

  it('never lets "Not applicable" answer a must-have or critical question', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ conditions: true }), ({ questionnaire, answers }) => {
        const graded = allQuestions(questionnaire).filter((question) => question.critical || question.mustHave);
        const dodged = { ...answers };
        for (const question of graded) dodged[question.id] = { notApplicable: true, justification: 'Not for us.' };
        const result = scoreAssessment(questionnaire, dodged);
        const gradedIds = new Set(graded.map((question) => question.id));
        expect(result.notApplicable.filter((entry) => gradedIds.has(entry.questionId))).toEqual([]);
        for (const question of result.questions.filter((candidate) => gradedIds.has(candidate.id))) {
          expect(question.status).not.toBe('not-applicable');
        }
        // Shown ones are still to answer, and so keep the verdict from the top.
        const shown = new Set(result.questions.map((question) => question.id));
        expect(result.pendingMustHaves.map((pending) => pending.questionId)).toEqual(
          graded.filter((question) => shown.has(question.id)).map((question) => question.id),
        );
      }),
      runs,
    );
  });

  it('gives the top band to the best answers when nothing holds it down', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ conditions: true }), ({ questionnaire }) => {
        const result = scoreAssessment(questionnaire, bestAnswers(questionnaire));
        if (result.score !== null) expect(result.band).toBe(topBand(questionnaire));
        expect(result.caps).toEqual([]);
      }),
      runs,
    );
  });
});

describe('one count everywhere', () => {
  it('adds the four counts up to the questions shown, section by section and overall', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ conditions: true }), ({ questionnaire, answers }) => {
        const result = scoreAssessment(questionnaire, answers);
        const { counts } = result.completeness;
        expect(counts.answered + counts.toAnswer + counts.notApplicable + counts.optional).toBe(counts.total);
        expect(counts.total).toBe(result.questions.length);
        expect(result.sections.reduce((sum, section) => add(sum, section.counts), NO_ANSWERS)).toEqual(counts);
        expect(counts.toAnswer).toBe(result.completeness.missing.length);
        expect(counts.notApplicable).toBe(result.notApplicable.length);
        // The task list and check answers call countAnswers on the visible questions: the same numbers.
        const visible = listVisibleQuestions(questionnaire, answers, computeVisibility(questionnaire, answers));
        expect(countAnswers(visible)).toEqual(counts);
      }),
      runs,
    );
  });
});
