import { describe, expect, it } from 'vitest';
import { compareRounds, orderRounds, roundChain } from './rounds-compare.ts';
import { startNextRound } from './rounds-start.ts';
import { buildQuestionnaire } from '../scoring/build-questionnaire.test-support.ts';
import { roundAssessment, roundsQuestionnaire, roundsQuestionnaireV2 } from './rounds.test-support.ts';

const questionnaire = roundsQuestionnaire();

const first = roundAssessment(questionnaire, 'r1', '2026-12-01', {
  q1: { value: 'partly' },
  q2: { value: 'no' },
  q3: { value: 'bad' },
  q4: { value: 'Shops only' },
});
const second = roundAssessment(
  questionnaire,
  'r2',
  '2027-03-01',
  { q1: { value: 'yes' }, q2: { value: 'no' }, q3: { value: 'good' }, q4: { value: 'Shops only' } },
  { actionPlan: { q2: { owner: 'Ada', due: '', state: 'done', reason: '' } } },
);
const third = roundAssessment(
  questionnaire,
  'r3',
  '2027-06-01',
  { q1: { value: 'no' }, q2: { value: 'no' }, q3: { value: 'bad' }, q4: { value: 'Shops and stations' } },
  { actionPlan: { q2: { owner: 'Ada', due: '', state: 'open', reason: '' } } },
);

const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

describe('compareRounds', () => {
  // Given out of order: rounds are compared oldest first, by their date.
  const comparison = compareRounds(questionnaire, [third, first, second]);

  it('orders the rounds by date and scores each with the scoring engine', () => {
    expect(comparison.rounds.map((round) => [round.id, round.label, round.date, round.score, round.band])).toEqual([
      ['r1', 'Round 1', '2026-12-01', 13, 'Not ready'],
      ['r2', 'Round 2', '2027-03-01', 75, 'Launch with conditions'],
      ['r3', 'Round 3', '2027-06-01', 0, 'Not ready'],
    ]);
  });

  it('gives each section a score and band series over the rounds', () => {
    expect(comparison.sections.map((section) => [section.title, section.points.map((point) => [point.score, point.band])])).toEqual([
      [
        'Purpose',
        [
          [25, 'Not ready'],
          [50, 'Launch with conditions'],
          [0, 'Not ready'],
        ],
      ],
      [
        'Data',
        [
          [0, 'Not ready'],
          [100, 'Ready'],
          [0, 'Not ready'],
        ],
      ],
    ]);
  });

  it('says which answers changed from one round to the next, was and now', () => {
    const [toSecond, toThird] = comparison.steps;
    expect(toSecond?.answers).toEqual([
      { questionId: 'q1', number: '1.1', text: 'Is the purpose written down?', before: 'Partly', after: 'Yes' },
      { questionId: 'q3', number: '2.1', text: 'Is data minimised?', before: 'Bad', after: 'Good' },
    ]);
    expect(toThird?.answers.map((change) => [change.number, change.before, change.after])).toEqual([
      ['1.1', 'Yes', 'No'],
      ['2.1', 'Good', 'Bad'],
      ['2.2', 'Shops only', 'Shops and stations'],
    ]);
  });

  it('says how the overall and section scores moved', () => {
    const [toSecond] = comparison.steps;
    expect(toSecond?.score).toEqual({ before: 13, after: 75 });
    expect(toSecond?.band).toEqual({ before: 'Not ready', after: 'Launch with conditions' });
    expect(toSecond?.sections).toEqual([
      { id: 'purpose', title: 'Purpose', before: 25, after: 50 },
      { id: 'data', title: 'Data', before: 0, after: 100 },
    ]);
  });

  it('lists the actions closed: marked done, or met by a better answer', () => {
    expect(byId(comparison.steps[0]?.actionsClosed ?? [])).toEqual([
      { id: 'q1', label: '1.1 Is the purpose written down?', how: 'the answer now meets it' },
      { id: 'q2', label: '1.2 Do users know?', how: 'marked done' },
      { id: 'q3', label: '2.1 Is data minimised?', how: 'the answer now meets it' },
    ]);
    expect(comparison.steps[0]?.actionsOpened).toEqual([]);
  });

  it('lists the actions opened: new in the plan, or open again after being closed', () => {
    expect(byId(comparison.steps[1]?.actionsOpened ?? [])).toEqual([
      { id: 'q1', label: '1.1 Is the purpose written down?', how: 'new: the answer now falls short' },
      { id: 'q2', label: '1.2 Do users know?', how: 'open again' },
      { id: 'q3', label: '2.1 Is data minimised?', how: 'new: the answer now falls short' },
    ]);
    expect(comparison.steps[1]?.actionsClosed).toEqual([]);
  });

  it('lists the red flags cleared and raised', () => {
    const flag = { questionId: 'q1', number: '1.1', label: '1.1 Written purpose', severity: 'must-have' };
    expect(comparison.steps[0]?.flagsCleared).toEqual([flag]);
    expect(comparison.steps[0]?.flagsRaised).toEqual([]);
    expect(comparison.steps[1]?.flagsRaised).toEqual([flag]);
    expect(comparison.steps[1]?.flagsCleared).toEqual([]);
  });

  it('has no steps for a single round', () => {
    const alone = compareRounds(questionnaire, [first]);
    expect(alone.rounds).toHaveLength(1);
    expect(alone.steps).toEqual([]);
  });

  it('reads a round answered on an older version on the current one, by question id', () => {
    const comparison = compareRounds(roundsQuestionnaireV2(), [first, second]);
    expect(comparison.rounds.map((round) => round.version)).toEqual(['1.0.0', '1.0.0']);
    // q2 is gone from version 2; "bad" is no longer offered, so round 1's q3 reads as unanswered.
    expect(comparison.steps[0]?.answers.map((change) => [change.number, change.before, change.after])).toEqual([
      ['1.1', 'Partly', 'Yes'],
      ['2.1', 'Not answered', 'Good'],
    ]);
  });
});

describe('compareRounds with a section the answers hide', () => {
  const yesNo = [
    { value: 'yes', score: 1 },
    { value: 'no', score: 0 },
  ];
  const conditional = buildQuestionnaire([
    { id: 'base', title: 'Base', questions: [{ id: 'faces', options: yesNo }] },
    {
      id: 'faces-module',
      title: 'Faces',
      visibleWhen: { question: 'faces', equals: 'yes' },
      questions: [{ id: 'consent', options: yesNo }],
    },
  ]);

  it('leaves out a section no round was asked, and keeps one asked in some rounds with a gap where it was not', () => {
    const never = compareRounds(conditional, [
      roundAssessment(conditional, 'a', '2026-12-01', { faces: { value: 'no' } }),
      roundAssessment(conditional, 'b', '2027-03-01', { faces: { value: 'no' } }),
    ]);
    expect(never.sections.map((section) => section.id)).toEqual(['base']);
    const once = compareRounds(conditional, [
      roundAssessment(conditional, 'a', '2026-12-01', { faces: { value: 'no' } }),
      roundAssessment(conditional, 'b', '2027-03-01', { faces: { value: 'yes' }, consent: { value: 'yes' } }),
    ]);
    expect(once.sections.map((section) => [section.id, section.points.map((point) => point.score)])).toEqual([
      ['base', [0, 100]],
      ['faces-module', [null, 100]],
    ]);
  });
});

describe('orderRounds', () => {
  it('puts rounds of the same date in the order they were made', () => {
    const early = { ...first, id: 'a', createdAt: '2027-01-01T09:00:00Z' };
    const late = { ...first, id: 'b', createdAt: '2027-01-02T09:00:00Z' };
    expect(orderRounds([late, early]).map((round) => round.id)).toEqual(['a', 'b']);
  });
});

describe('roundChain', () => {
  const now = new Date('2027-03-01T10:00:00Z');
  const r2 = startNextRound(first, questionnaire, 'r2', now, '2027-03-01').assessment;
  const r3 = startNextRound(r2, questionnaire, 'r3', new Date('2027-06-01T10:00:00Z'), '2027-06-01').assessment;
  const other = roundAssessment(questionnaire, 'x', '2027-01-01', {});

  it('follows the links back and forward from any round', () => {
    expect(roundChain([other, r3, first, r2], 'r3').map((round) => round.id)).toEqual(['r1', 'r2', 'r3']);
    expect(roundChain([other, r3, first, r2], 'r1').map((round) => round.id)).toEqual(['r1', 'r2', 'r3']);
    expect(roundChain([other, r3, first, r2], 'x').map((round) => round.id)).toEqual(['x']);
  });

  it('stops where an earlier round was deleted, and survives a loop in damaged data', () => {
    expect(roundChain([r3, r2], 'r3').map((round) => round.id)).toEqual(['r2', 'r3']);
    const looped = { ...first, round: { ...r2.round!, previousRoundId: 'r3' } };
    expect(roundChain([looped, r2, r3], 'r3').map((round) => round.id)).toEqual(['r1', 'r2', 'r3']);
  });
});
