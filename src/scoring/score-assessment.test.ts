import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseQuestionnaireYaml } from '../questionnaire/parse-questionnaire-yaml.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import type { Answers } from '../questionnaire/answers.ts';
import { scoreAssessment } from './score-assessment.ts';
import { roundGain, roundScore } from './round-score.ts';

/**
 * Two sections with different weights; worked out by hand below.
 *
 * Governance (weight 2)
 *   1.1 owner      yes/no (Yes 2, No 0), weight 3, critical: minimum Yes
 *   1.2 principles scale 0–4, weight 1
 *   1.3 groups     pick many: Users 1, Public 2, Experts 2, None 0; maxScore 3; weight 2
 *   1.4 note       text (never scored)
 * Monitoring (weight 1)
 *   2.1 faces      yes/no, weight 0 (context only)
 *   2.2 storage    shown only when 2.1 is Yes: Kept 0, Deleted 3; weight 2
 *   2.3 audits     yes/no/partly (2/1/0), weight 2, "Not applicable" allowed
 *   2.4 metrics    scale 0–4, weight 1
 *   2.5 reviews    yes/no (2/0), weight 3
 */
const file = {
  id: 'worked-example',
  version: '1.0.0',
  title: 'Worked example',
  description: 'Scores computed by hand.',
  audience: 'Tests',
  estimatedMinutes: 5,
  scales: {
    maturity: {
      label: 'Maturity',
      min: 0,
      max: 4,
      steps: [
        { value: 'not-started', label: 'Not started', score: 0 },
        { value: 'planned', label: 'Planned', score: 1 },
        { value: 'in-progress', label: 'In progress', score: 2 },
        { value: 'in-place', label: 'In place', score: 3 },
        { value: 'verified', label: 'Verified', score: 4 },
      ],
    },
  },
  bands: [
    { from: 0, to: 50, label: 'Not ready', meaning: 'Stop.' },
    { from: 50, to: 80, label: 'Launch with conditions', meaning: 'Fix the gaps.' },
    { from: 80, to: 100, label: 'Ready', meaning: 'Go.' },
  ],
  sections: [
    {
      id: 'governance',
      title: 'Governance',
      weight: 2,
      questions: [
        {
          id: 'owner',
          kind: 'yes-no',
          partly: false,
          text: 'Is someone accountable?',
          weight: 3,
          action: 'Name an owner.',
          critical: { minimum: 'yes', reason: 'Nobody would act on harms.' },
        },
        { id: 'principles', kind: 'scale', scale: 'maturity', text: 'Are principles written?', weight: 1 },
        {
          id: 'groups',
          kind: 'multiple',
          text: 'Who did you consult?',
          weight: 2,
          maxScore: 3,
          options: [
            { value: 'users', label: 'Users', score: 1 },
            { value: 'public', label: 'The public', score: 2 },
            { value: 'experts', label: 'Experts', score: 2 },
            { value: 'none', label: 'None yet', score: 0, action: 'Consult someone first.' },
          ],
        },
        { id: 'note', kind: 'text', text: 'Anything to add?' },
      ],
    },
    {
      id: 'monitoring',
      title: 'Monitoring',
      weight: 1,
      questions: [
        { id: 'faces', kind: 'yes-no', partly: false, text: 'Faces?', weight: 0 },
        {
          id: 'storage',
          kind: 'single',
          text: 'How are faces stored?',
          weight: 2,
          visibleWhen: { question: 'faces', equals: 'yes' },
          options: [
            { value: 'kept', label: 'Kept', score: 0 },
            { value: 'deleted', label: 'Deleted', score: 3 },
          ],
        },
        { id: 'audits', kind: 'yes-no', text: 'Audited?', weight: 2, notApplicable: true },
        { id: 'metrics', kind: 'scale', scale: 'maturity', text: 'Metrics in place?', weight: 1 },
        { id: 'reviews', kind: 'yes-no', partly: false, text: 'Reviewed?', weight: 3 },
      ],
    },
  ],
};

async function workedExample(): Promise<Questionnaire> {
  const parsed = await parseQuestionnaireYaml(stringify(file));
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('\n'));
  return parsed.questionnaire;
}

const baseAnswers: Answers = {
  owner: { value: 'no' },
  principles: { value: 'in-progress' },
  groups: { value: ['users', 'public', 'experts'] },
  note: { value: 'Nothing.' },
  faces: { value: 'no' },
  audits: { notApplicable: true, justification: 'No third party involved.' },
  metrics: { value: 'in-place' },
  reviews: { value: 'yes' },
};

describe('scoreAssessment on a worked example', () => {
  // Governance: owner No → 0/2 = 0 → adds 0 of 3; principles 2/4 = 0.5 → 0.5 of 1;
  //   groups 1+2+2 = 5 capped at 3 → 3/3 = 1 → 2 of 2; note is text, not scored.
  //   Section = 100 × (0 + 0.5 + 2) / (3 + 1 + 2) = 100 × 2.5/6 = 41.666…
  // Monitoring: faces weight 0, not scored; storage hidden (faces is No);
  //   audits N/A → out; metrics 3/4 → 0.75 of 1; reviews Yes → 3 of 3.
  //   Section = 100 × (0.75 + 3) / (1 + 3) = 93.75
  // Overall = (2 × 41.666… + 1 × 93.75) / 3 = 59.027… → shown 59, "Launch with
  //   conditions"; but owner is a red flag, so the verdict is "Not ready".
  it('computes section and overall scores, caps the verdict on a red flag', async () => {
    const result = scoreAssessment(await workedExample(), baseAnswers);
    expect(result.sections.map((section) => section.id)).toEqual(['governance', 'monitoring']);
    expect(result.sections[0]?.score).toBeCloseTo(41.6667, 4);
    expect(result.sections[1]?.score).toBe(93.75);
    expect(result.score).toBeCloseTo((2 * ((100 * 2.5) / 6) + 93.75) / 3, 10);
    expect(roundScore(result.score ?? -1)).toBe(59);
    expect(result.scoredSections).toBe(2);
    expect(result.numericBand?.label).toBe('Launch with conditions');
    expect(result.band?.label).toBe('Not ready');
    expect(result.capped).toBe(true);
    // Governance (41.67) is also under the default floor of 50: listed after the blocking flag.
    expect(result.caps.map((cap) => cap.kind)).toEqual(['blocking-flag', 'section-below-floor']);
    expect(result.sections.map((section) => section.share)).toEqual([2 / 3, 1 / 3]);
  });

  it('reports each visible question with its status and numbers', async () => {
    const result = scoreAssessment(await workedExample(), baseAnswers);
    const byId = new Map(result.questions.map((question) => [question.id, question]));
    expect(result.questions.map((question) => question.id)).not.toContain('storage');
    expect(byId.get('groups')).toMatchObject({
      status: 'answered',
      points: 3,
      maxScore: 3,
      ratio: 1,
      contribution: 2,
      possible: 2,
      answerLabels: ['Users', 'The public', 'Experts'],
    });
    expect(byId.get('principles')).toMatchObject({ points: 2, ratio: 0.5, contribution: 0.5, possible: 1 });
    expect(byId.get('audits')).toMatchObject({ status: 'not-applicable', points: null, ratio: null, contribution: 0, possible: 0 });
    expect(byId.get('note')?.status).toBe('unscored');
    expect(byId.get('faces')).toMatchObject({ status: 'unscored', answerLabels: ['No'], possible: 0 });
    expect(result.sections[1]?.counts).toEqual({ answered: 3, toAnswer: 0, notApplicable: 1, optional: 0, total: 4 });
  });

  it('describes the red flag', async () => {
    const result = scoreAssessment(await workedExample(), baseAnswers);
    expect(result.redFlags).toEqual([
      {
        questionId: 'owner',
        number: '1.1',
        text: 'Is someone accountable?',
        sectionId: 'governance',
        sectionTitle: 'Governance',
        severity: 'blocking',
        name: null,
        answerLabels: ['No'],
        minimumLabel: 'Yes',
        reason: 'Nobody would act on harms.',
      },
    ]);
  });

  // Gains in overall points = share × 100 × weight × gap / section possible:
  //   owner (red flag):  2/3 × 100 × 3 × 1    / 6 = 33.33  → High, first
  //   principles:        2/3 × 100 × 1 × 0.5  / 6 = 5.56   → High
  //   metrics:           1/3 × 100 × 1 × 0.25 / 4 = 2.08   → Medium
  // groups is at its best (capped), reviews at its best, audits N/A: no item.
  it('builds the action plan: red flags first, then by gain', async () => {
    const result = scoreAssessment(await workedExample(), baseAnswers);
    expect(result.actionPlan.map((item) => [item.questionId, roundGain(item.gain), item.priority, item.isRedFlag])).toEqual([
      ['owner', 33.3, 'high', true],
      ['principles', 5.6, 'high', false],
      ['metrics', 2.1, 'medium', false],
    ]);
    const [owner, principles, metrics] = result.actionPlan;
    expect(owner).toMatchObject({ action: 'Name an owner.', actionSource: 'question', bestLabels: ['Yes'], answerLabels: ['No'] });
    expect(owner?.sectionGain).toBeCloseTo(50, 10);
    expect(principles).toMatchObject({
      actionSource: 'generic',
      action: 'Improve the answer to question 1.2 (“Are principles written?”); the best answer is “Verified”.',
      bestLabels: ['Verified'],
      gap: 0.5,
    });
    expect(metrics?.gain).toBeCloseTo(25 / 12, 10);
  });

  it('is final when every expected question is answered', async () => {
    const result = scoreAssessment(await workedExample(), baseAnswers);
    expect(result.isDraft).toBe(false);
    expect(result.completeness).toEqual({
      counts: { answered: 7, toAnswer: 0, notApplicable: 1, optional: 0, total: 8 },
      ratio: 1,
      missing: [],
    });
  });

  // faces Yes reveals storage, unanswered: Monitoring = 100 × 3.75 / (4 + 2) = 62.5;
  // Overall = (2 × 41.666… + 62.5) / 3 = 48.61 → 49, "Not ready"; a draft.
  it('counts a revealed follow-up left unanswered as 0 and marks a draft', async () => {
    const result = scoreAssessment(await workedExample(), { ...baseAnswers, faces: { value: 'yes' } });
    expect(result.sections[1]?.score).toBe(62.5);
    expect(result.score).toBeCloseTo((2 * ((100 * 2.5) / 6) + 62.5) / 3, 10);
    expect(result.numericBand?.label).toBe('Not ready');
    expect(result.isDraft).toBe(true);
    expect(result.completeness.missing).toEqual([
      { questionId: 'storage', number: '2.2', text: 'How are faces stored?', sectionId: 'monitoring' },
    ]);
    expect(result.questions.find((question) => question.id === 'storage')?.status).toBe('unanswered');
  });

  // owner Yes: Governance = 100 × 5.5 / 6 = 91.666…; Overall = (2 × 91.666… + 93.75) / 3 = 92.36 → 92, "Ready".
  it('gives the numeric band when there is no red flag', async () => {
    const result = scoreAssessment(await workedExample(), { ...baseAnswers, owner: { value: 'yes' } });
    expect(result.score).toBeCloseTo((2 * ((100 * 5.5) / 6) + 93.75) / 3, 10);
    expect(result.redFlags).toEqual([]);
    expect(result.capped).toBe(false);
    expect(result.caps).toEqual([]);
    expect(result.band?.label).toBe('Ready');
    expect(result.band).toBe(result.numericBand);
  });

  // audits answered No instead of N/A: Monitoring = 100 × 3.75 / (1 + 3 + 2) = 62.5.
  it('puts an N/A question back in both numerator and denominator once answered', async () => {
    const result = scoreAssessment(await workedExample(), { ...baseAnswers, audits: { value: 'no' } });
    expect(result.sections[1]?.score).toBe(62.5);
  });

  it('uses the chosen option’s action over the question’s', async () => {
    const result = scoreAssessment(await workedExample(), { ...baseAnswers, groups: { value: ['none'] } });
    const groups = result.actionPlan.find((item) => item.questionId === 'groups');
    expect(groups).toMatchObject({
      action: 'Consult someone first.',
      actionSource: 'option',
      answerLabels: ['None yet'],
      // Highest-scoring options first until the cap of 3 is reached, listed in option order.
      bestLabels: ['The public', 'Experts'],
    });
  });
});
