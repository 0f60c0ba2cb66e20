import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '../scoring/build-questionnaire.test-support.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import { defaultRespondentName, matchAnswerSet, originOf, uniqueNames, type AnswerSet } from './answer-sets.ts';
import { answeredBy } from './compare.test-support.ts';

const yesNo = [
  { value: 'no', score: 0 },
  { value: 'yes', score: 2 },
];

function version1(): Questionnaire {
  return buildQuestionnaire([
    {
      id: 'basics',
      questions: [
        { id: 'purpose', text: 'Is the purpose written down?', options: yesNo },
        { id: 'old-name', options: yesNo },
        { id: 'retired', options: yesNo },
        {
          id: 'testing',
          options: [
            { value: 'none', score: 0 },
            { value: 'informal', score: 1 },
            { value: 'formal', score: 2 },
          ],
        },
      ],
    },
  ]);
}

// Version 2: "purpose" reworded, "old-name" renamed to "new-name", "retired"
// removed, "added" added, and the option "informal" of "testing" removed.
function version2(): Questionnaire {
  const questionnaire = buildQuestionnaire([
    {
      id: 'basics',
      questions: [
        { id: 'purpose', text: 'Have you written down what the product is for?', options: yesNo },
        { id: 'new-name', options: yesNo },
        { id: 'added', options: yesNo },
        {
          id: 'testing',
          options: [
            { value: 'none', score: 0 },
            { value: 'formal', score: 2 },
          ],
        },
      ],
    },
  ]);
  return { ...questionnaire, version: '2.0.0', contentHash: '2'.repeat(64) };
}

function fileSet(assessment: AnswerSet['assessment'], fileName = 'ada.json'): AnswerSet {
  return { key: fileName, name: 'Ada', source: { kind: 'answers-file', fileName }, assessment };
}

describe('matchAnswerSet', () => {
  const answers = {
    purpose: { value: 'yes' },
    'old-name': { value: 'yes' },
    retired: { value: 'no' },
    testing: { value: 'informal', notes: 'Spot checks' },
  };

  it('keeps every answer when the answers were made with the version compared', () => {
    const outcome = matchAnswerSet(fileSet(answeredBy('Ada', answers, version1())), version1());
    expect(outcome.ok && outcome.set.answers).toEqual(answers);
    expect(outcome.ok && outcome.set.unmatched).toEqual([]);
    expect(outcome.ok && outcome.set.otherVersion).toBeNull();
    expect(outcome.ok && originOf(outcome.set)).toBe('from the file ada.json');
  });

  it('matches another version by question id and lists, per respondent, what could not be matched', () => {
    const outcome = matchAnswerSet(fileSet(answeredBy('Ada', answers, version1())), version2());
    if (!outcome.ok) throw new Error(outcome.message);
    // A reworded question keeps its answer; the added one is simply unanswered.
    expect(outcome.set.answers).toEqual({ purpose: { value: 'yes' }, testing: { notes: 'Spot checks' } });
    expect(outcome.set.unmatched.map((drop) => [drop.questionId, drop.reason, drop.values])).toEqual([
      ['old-name', 'unknown-question', []],
      ['retired', 'unknown-question', []],
      ['testing', 'unknown-option', ['informal']],
    ]);
    expect(outcome.set.unmatched[2]?.message).toBe('Question 1.4 no longer offers "informal", so that choice was removed.');
    expect(outcome.set.otherVersion).toBe('1.0.0');
    expect(originOf(outcome.set)).toBe('from the file ada.json, made with version 1.0.0; 3 answers not matched');
  });

  it('refuses answers to another questionnaire, naming the file', () => {
    const other = { ...version1(), id: 'launch-ethics', title: 'Pre-launch review' };
    const outcome = matchAnswerSet(fileSet(answeredBy('Ada', answers, other), 'from-another-team.json'), version1());
    expect(outcome).toEqual({
      ok: false,
      message:
        'The file “from-another-team.json” holds answers to “Pre-launch review” (launch-ethics), not to “Test questionnaire” (test). ' +
        'Only answers to the same questionnaire can be compared.',
    });
  });

  it('names a report and a saved assessment the same way', () => {
    const other = { ...version1(), id: 'other' };
    const assessment = answeredBy('Ada', {}, other);
    const report = matchAnswerSet({ ...fileSet(assessment), source: { kind: 'report', fileName: 'audit.pdf' } }, version1());
    const stored = matchAnswerSet({ ...fileSet(assessment), source: { kind: 'stored', assessmentId: 'a-1' } }, version1());
    expect(!report.ok && report.message).toMatch(/^The report “audit\.pdf” holds answers/);
    expect(!stored.ok && stored.message).toMatch(/^The saved assessment “Street Lens” holds answers/);
  });
});

describe('defaultRespondentName', () => {
  const source = { kind: 'answers-file', fileName: 'team-b.json' } as const;
  it('takes the assessor, else the project, else the file name without its extension', () => {
    const assessment = answeredBy('Ada', {});
    expect(defaultRespondentName(assessment, source)).toBe('Ada');
    const noAssessor = answeredBy('', {});
    expect(defaultRespondentName(noAssessor, source)).toBe('Street Lens');
    expect(defaultRespondentName({ ...noAssessor, context: { ...noAssessor.context, project: ' ' } }, source)).toBe('team-b');
  });
});

describe('uniqueNames', () => {
  it('numbers repeated names and fills in blank ones', () => {
    expect(uniqueNames(['Ada', 'Ben', 'Ada', ' ', 'Ada (2)'])).toEqual(['Ada', 'Ben', 'Ada (3)', 'Respondent', 'Ada (2)']);
  });
});
