import { describe, expect, it } from 'vitest';
import { buildQuestionnaire, DEFAULT_BANDS } from './build-questionnaire.test-support.ts';
import type { VerdictCap } from './types.ts';
import { scoreAssessment } from './score-assessment.ts';
import { belowTopBand, summariseCaps } from './verdict.ts';

const maturity = [
  { value: 'none', score: 0, label: 'Not started' },
  { value: 'planned', score: 1, label: 'Planned' },
  { value: 'in-place', score: 3, label: 'In place' },
  { value: 'verified', score: 4, label: 'Independently verified' },
];

// Two scored sections of equal weight; the floor is 50.
const questionnaire = buildQuestionnaire(
  [
    {
      id: 'ethics',
      title: 'Ethics',
      questions: [
        {
          id: 'dpia',
          options: maturity,
          weight: 3,
          mustHave: { minimum: 'in-place', name: 'Impact assessment' },
          critical: { minimum: 'planned' },
          actionGroup: 'assessments',
          action: 'Write the impact assessment.',
        },
        { id: 'fria', options: maturity, weight: 1, actionGroup: 'assessments', action: 'Write the rights assessment.' },
        { id: 'principles', options: maturity, weight: 1, notApplicable: true },
      ],
    },
    {
      id: 'oversight',
      title: 'Oversight',
      questions: [
        { id: 'review', options: maturity, weight: 2, notApplicable: true },
        { id: 'audit', options: maturity, weight: 1, notApplicable: true },
      ],
    },
  ],
  undefined,
  { sectionFloor: 50, actionGroups: { assessments: { title: 'Write the impact assessments' } } },
);

const strong = {
  dpia: { value: 'verified' },
  fria: { value: 'verified' },
  principles: { value: 'verified' },
  review: { value: 'verified' },
  audit: { value: 'verified' },
};

describe('the verdict', () => {
  it('is the top band when everything is met', () => {
    const result = scoreAssessment(questionnaire, strong);
    expect(result.score).toBe(100);
    expect(result.band?.label).toBe('Ready');
    expect(result.caps).toEqual([]);
  });

  it('counts a planned must-have as not met', () => {
    const result = scoreAssessment(questionnaire, { ...strong, dpia: { value: 'planned' } });
    // Ethics: (3 × 1/4 + 1 + 1) / 5 = 55; Oversight 100; overall 77.5 → 78 "Launch with conditions" already.
    expect(result.redFlags.map((flag) => [flag.questionId, flag.severity, flag.name])).toEqual([
      ['dpia', 'must-have', 'Impact assessment'],
    ]);
    expect(result.band?.label).toBe('Launch with conditions');
    expect(result.caps.map((cap) => cap.kind)).toEqual(['must-have-not-met']);
  });

  it('caps a high score at the band below the top when a must-have is unmet', () => {
    const many = buildQuestionnaire(
      [
        {
          id: 'main',
          questions: [
            { id: 'must', options: maturity, weight: 1, mustHave: { minimum: 'in-place' } },
            ...Array.from({ length: 9 }, (_, index) => ({ id: `q${index}`, options: maturity, weight: 1 })),
          ],
        },
      ],
      undefined,
      { sectionFloor: 50 },
    );
    const answers = Object.fromEntries(many.sections[0]!.questions.map((question) => [question.id, { value: 'verified' }]));
    const result = scoreAssessment(many, { ...answers, must: { value: 'planned' } });
    // (9 + 1/4) / 10 = 92.5: "Ready" on the number alone.
    expect(result.numericBand?.label).toBe('Ready');
    expect(result.band?.label).toBe('Launch with conditions');
    expect(result.capped).toBe(true);
    expect(result.caps[0]?.message).toBe('Must-have must (question 1.1) is not met: it needs “In place” or better.');
  });

  it('blocks launch below the critical minimum', () => {
    const result = scoreAssessment(questionnaire, { ...strong, dpia: { value: 'none' } });
    expect(result.redFlags.map((flag) => flag.severity)).toEqual(['blocking']);
    expect(result.band?.label).toBe('Not ready');
  });

  it('lists an unanswered must-have as still to answer, not as a red flag, and keeps the top band out of reach', () => {
    const { dpia: _dpia, ...rest } = strong;
    const result = scoreAssessment(questionnaire, rest);
    expect(result.redFlags).toEqual([]);
    expect(result.pendingMustHaves.map((pending) => pending.questionId)).toEqual(['dpia']);
    // The blank must-have also scores 0, which takes Ethics to (0 + 1 + 1) / 5 = 40, under the floor.
    expect(result.caps.map((cap) => cap.kind)).toEqual(['must-have-unanswered', 'section-below-floor']);
    expect(result.band?.label).not.toBe('Ready');
  });

  it('keeps a strong section from averaging away a weak one', () => {
    const result = scoreAssessment(questionnaire, {
      dpia: { value: 'in-place' },
      fria: { value: 'verified' },
      principles: { value: 'verified' },
      review: { value: 'none' },
      audit: { value: 'planned' },
    });
    // Ethics (3 × 3/4 + 1 + 1) / 5 = 85; Oversight (0 + 1/4) / 3 = 8.3: overall 46.7 → "Not ready" anyway.
    expect(result.caps.map((cap) => [cap.kind, cap.sectionId])).toEqual([['section-below-floor', 'oversight']]);
    expect(result.caps[0]?.message).toBe('2. Oversight scores 8, under the floor of 50 that every section must reach.');
  });

  it('says a section is not assessed when most of its weight is "Not applicable", and leaves it out of the score', () => {
    const result = scoreAssessment(questionnaire, {
      ...strong,
      review: { notApplicable: true, justification: 'No reviewers exist.' },
      audit: { value: 'verified' },
    });
    const oversight = result.sections.find((section) => section.id === 'oversight');
    expect(oversight).toMatchObject({ assessed: false, score: null, takesPart: false, notApplicableWeight: 2 });
    expect(result.score).toBe(100);
    expect(result.band?.label).toBe('Launch with conditions');
    expect(result.caps.map((cap) => cap.kind)).toEqual(['section-not-assessed']);
    expect(result.notApplicable).toEqual([
      { questionId: 'review', number: '2.1', text: 'Question review?', sectionId: 'oversight', reason: 'No reviewers exist.' },
    ]);
  });

  it('keeps a section assessed when "Not applicable" is half its weight or less', () => {
    const result = scoreAssessment(questionnaire, { ...strong, principles: { notApplicable: true, justification: 'Covered by policy.' } });
    expect(result.sections.find((section) => section.id === 'ethics')).toMatchObject({ assessed: true, score: 100 });
    expect(result.band?.label).toBe('Ready');
  });

  it('takes the band just below the top, or the only band', () => {
    expect(belowTopBand(questionnaire.bands)?.label).toBe('Launch with conditions');
    expect(belowTopBand([{ from: 0, to: 100, label: 'Only', meaning: '' }])?.label).toBe('Only');
    expect(belowTopBand([])).toBeNull();
  });
});

describe('the action plan', () => {
  it('merges the questions of one group into one action, led by the most urgent, with their gains added', () => {
    const result = scoreAssessment(questionnaire, { ...strong, dpia: { value: 'planned' }, fria: { value: 'planned' } });
    const [first, ...rest] = result.actionPlan;
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      id: 'assessments',
      title: 'Write the impact assessments',
      questionId: 'dpia',
      action: 'Write the impact assessment.',
      urgency: 'must-have',
      isRedFlag: true,
      priority: 'high',
    });
    expect(first?.questions.map((question) => question.questionId)).toEqual(['dpia', 'fria']);
    // Ethics possible 5, share 1/2: dpia 3 × 3/4 and fria 1 × 3/4 → (2.25 + 0.75) / 5 × 100 / 2 = 30.
    expect(first?.gain).toBeCloseTo(30, 10);
  });

  it('recommends nothing where the answer is already the best', () => {
    expect(scoreAssessment(questionnaire, strong).actionPlan).toEqual([]);
  });

  it('puts what holds the verdict down first: blocking, then must-haves, then weak sections, then gains', () => {
    const result = scoreAssessment(questionnaire, {
      dpia: { value: 'none' },
      fria: { value: 'verified' },
      principles: { value: 'planned' },
      review: { value: 'none' },
      audit: { value: 'none' },
    });
    // Ethics (0 + 1 + 1/4) / 5 = 25 and Oversight 0 are both under the floor.
    expect(result.actionPlan.map((item) => [item.id, item.urgency])).toEqual([
      ['assessments', 'blocking'],
      ['review', 'section-floor'],
      ['audit', 'section-floor'],
      ['principles', 'section-floor'],
    ]);
    // Ethics (3 × 1/4 + 1 + 3/4) / 5 = 50: at the floor, not under it.
    const gentler = scoreAssessment(questionnaire, { ...strong, dpia: { value: 'planned' }, principles: { value: 'in-place' } });
    expect(gentler.actionPlan.map((item) => [item.id, item.urgency])).toEqual([
      ['assessments', 'must-have'],
      ['principles', 'improvement'],
    ]);
  });
});

describe('summariseCaps', () => {
  const cap = (kind: VerdictCap['kind'], message: string): VerdictCap => ({
    kind,
    band: DEFAULT_BANDS[1]!,
    questionId: null,
    sectionId: null,
    message,
  });
  it('lists a few reasons in full', () => {
    expect(summariseCaps([cap('must-have-not-met', 'A is not met.'), cap('section-below-floor', 'B is weak.')])).toEqual([
      'A is not met.',
      'B is weak.',
    ]);
  });

  it('counts many by kind, and still names every weak section', () => {
    const caps = [
      cap('blocking-flag', 'x'),
      cap('must-have-not-met', 'x'),
      cap('must-have-not-met', 'x'),
      cap('must-have-unanswered', 'x'),
      cap('section-below-floor', '2. Ethics scores 28, under the floor of 50 that every section must reach.'),
      cap('section-not-assessed', '3. Community is not assessed.'),
    ];
    expect(summariseCaps(caps)).toEqual([
      '1 answer blocks launch (see the red flags).',
      '2 must-haves are not met (see the red flags).',
      '1 must-have is still to answer.',
      '2. Ethics scores 28, under the floor of 50 that every section must reach.',
      '3. Community is not assessed.',
    ]);
  });
});
