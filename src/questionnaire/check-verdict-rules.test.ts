import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseQuestionnaireYaml } from './parse-questionnaire-yaml.ts';
import { formatPath } from './format-path.ts';

const maturity = {
  label: 'Maturity',
  min: 0,
  max: 4,
  steps: [
    { value: 'none', label: 'Not started', score: 0 },
    { value: 'planned', label: 'Planned', score: 1 },
    { value: 'in-place', label: 'In place', score: 3, action: 'Ask someone outside the team to check it.' },
    { value: 'verified', label: 'Independently verified', score: 4 },
  ],
};

/** A questionnaire using every field that decides the verdict; each test breaks one rule. */
function validFile() {
  return {
    id: 'verdict-rules',
    version: '2.0.0',
    title: 'Verdict rules',
    description: 'For tests.',
    audience: 'Tests',
    estimatedMinutes: 5,
    sectionFloor: 40,
    scales: { maturity },
    bands: [
      { from: 0, to: 50, label: 'Not ready', meaning: 'Stop.' },
      { from: 50, to: 80, label: 'Conditions', meaning: 'Fix.' },
      { from: 80, to: 100, label: 'Ready', meaning: 'Go.' },
    ],
    actionGroups: { 'impact-assessments': { title: 'Write the impact assessments' } },
    changelog: [{ version: '2.0.0', changes: ['Split the impact assessment in two.'] }],
    sections: [
      {
        id: 'ethics',
        title: 'Ethics',
        questions: [
          {
            id: 'dpia',
            kind: 'scale',
            scale: 'maturity',
            text: 'Is the DPIA done?',
            sources: ['ICO-DPIA'],
            actionGroup: 'impact-assessments',
            action: 'Write the DPIA.',
            mustHave: { minimum: 'in-place', name: 'Data protection impact assessment', reason: 'The law requires it.' },
            critical: { minimum: 'planned', reason: 'Nothing started.' },
          },
          {
            id: 'fria',
            kind: 'scale',
            scale: 'maturity',
            text: 'Is the rights impact assessment done?',
            sources: ['EU-AIA-27'],
            actionGroup: 'impact-assessments',
            notApplicable: true,
          },
          {
            id: 'human-review',
            kind: 'single',
            text: 'Does a person review consequential decisions?',
            mustHave: { minimum: 'always', name: 'Human review', reason: 'People must be able to contest.' },
            options: [
              { value: 'never', label: 'Never', score: 0 },
              { value: 'always', label: 'Always', score: 2 },
              { value: 'no-decisions', label: 'The product makes no such decisions', score: 2, requiresReason: true },
            ],
          },
          {
            id: 'consulted',
            kind: 'multiple',
            text: 'Who was consulted?',
            options: [
              { value: 'users', label: 'Users', score: 1 },
              { value: 'none-yet', label: 'None of these yet', exclusive: true },
            ],
          },
        ],
      },
    ],
  };
}

type File = ReturnType<typeof validFile>;
type Question = File['sections'][number]['questions'][number] & Record<string, unknown>;

async function problems(mutate: (file: File, questions: Question[]) => void): Promise<string[]> {
  const file = validFile();
  mutate(file, file.sections[0]?.questions as Question[]);
  const result = await parseQuestionnaireYaml(stringify(file));
  return result.ok ? [] : result.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

describe('checks on what decides the verdict', () => {
  it('accepts must-haves, action groups, exclusive options, answers that need a reason, a floor and a changelog', async () => {
    const result = await parseQuestionnaireYaml(stringify(validFile()));
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
    const { questionnaire } = result;
    const [dpia, fria, review, consulted] = questionnaire.sections[0]?.questions ?? [];
    expect(dpia?.mustHave).toEqual({
      minimum: 'in-place',
      minimumScore: 3,
      name: 'Data protection impact assessment',
      reason: 'The law requires it.',
    });
    expect(dpia?.critical).toEqual({ minimum: 'planned', minimumScore: 1, reason: 'Nothing started.' });
    expect(dpia?.sources).toEqual(['ICO-DPIA']);
    // A scale step's action applies to every question on the scale, before the question's own.
    expect(dpia?.options.find((option) => option.value === 'in-place')?.action).toBe('Ask someone outside the team to check it.');
    expect(fria?.actionGroup).toBe('impact-assessments');
    expect(review?.options.find((option) => option.value === 'no-decisions')?.requiresReason).toBe(true);
    expect(consulted?.options.find((option) => option.value === 'none-yet')?.exclusive).toBe(true);
    expect(questionnaire.sectionFloor).toBe(40);
    expect(questionnaire.changelog).toEqual([{ version: '2.0.0', changes: ['Split the impact assessment in two.'] }]);
  });

  it('defaults the section floor to 50', async () => {
    const file: Partial<File> = validFile();
    delete file.sectionFloor;
    const result = await parseQuestionnaireYaml(stringify(file));
    expect(result.ok && result.questionnaire.sectionFloor).toBe(50);
  });

  it('refuses "Not applicable" on a must-have or a critical question', async () => {
    expect(await problems((_, [dpia]) => dpia && (dpia.notApplicable = true))).toEqual([
      'sections[0].questions[0].notApplicable: must not be offered on a critical question: "Not applicable" would let a team skip what decides the verdict; add an option that needs a reason instead (requiresReason)',
      'sections[0].questions[0].notApplicable: must not be offered on a must-have: "Not applicable" would let a team skip what decides the verdict; add an option that needs a reason instead (requiresReason)',
    ]);
  });

  it('refuses a must-have threshold that is not an option, and a blocking threshold above the must-have', async () => {
    expect(await problems((_, [dpia]) => dpia?.mustHave && (dpia.mustHave.minimum = 'done'))).toEqual([
      'sections[0].questions[0].mustHave.minimum: "done" is not one of this question\'s options (none, planned, in-place, verified)',
    ]);
    expect(await problems((_, [dpia]) => dpia?.critical && (dpia.critical.minimum = 'verified'))).toEqual([
      'sections[0].questions[0].critical.minimum: "verified" scores more than the must-have\'s minimum "in-place"; a blocking threshold must not be above the must-have',
    ]);
  });

  it('refuses an unknown action group, an unused one, and one named like a question', async () => {
    expect(await problems((_, [dpia]) => dpia && (dpia.actionGroup = 'impact'))).toEqual([
      'sections[0].questions[0].actionGroup: no action group "impact" under "actionGroups" (known: impact-assessments)',
    ]);
    expect(
      await problems((file) => {
        file.actionGroups = { ...file.actionGroups, dpia: { title: 'Clash' } } as File['actionGroups'];
      }),
    ).toEqual([
      'actionGroups.dpia: no question belongs to action group "dpia"',
      'actionGroups.dpia: "dpia" is also a question id; give the group another id',
    ]);
  });

  it('refuses an exclusive option on a pick-one question, and malformed source tags', async () => {
    expect(
      await problems((_, questions) => {
        const review = questions[2] as { options: Array<Record<string, unknown>> };
        if (review.options[0]) review.options[0].exclusive = true;
      }),
    ).toEqual([
      'sections[0].questions[2].options[0].exclusive: only a pick-many ("multiple") question can have an exclusive option; a pick-one answer is exclusive already',
    ]);
    expect(await problems((_, [dpia]) => dpia && (dpia.sources = ['ico dpia']))).toEqual([
      'sections[0].questions[0].sources[0]: use letters, digits, dots and hyphens, e.g. EU-AIA-14',
    ]);
  });
});
