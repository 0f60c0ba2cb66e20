import { expect, test } from './fixtures.ts';
import { findQuestion, loadQuestionnaire } from './support/questionnaires.ts';
import { answerSection, questionGroup, startAssessment } from './support/journey.ts';
import { assessmentKey } from '../src/storage/storage-keys.ts';

test('a shop that recognises repeat visitors: fitting questions, a must-have flagged, an action the team can work from', async ({
  page,
}) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const label = (id: string, value: string) => findQuestion(questionnaire, id).options.find((option) => option.value === value)!.label;
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'FaceFirst Retail' });
  await page.getByRole('link', { name: /^1\. / }).click();
  const retail = {
    'deployer-type': label('deployer-type', 'private-company'),
    'processes-biometric-data': 'Yes',
    'biometric-mode': label('biometric-mode', 'identification'),
    'public-surveillance': 'Yes',
    // One person checks a match: the EU AI Act asks for two before anyone acts.
    'human-review-of-matches': label('human-review-of-matches', 'yes'),
  };
  for (const section of questionnaire.sections) await answerSection(page, section, undefined, retail);

  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  const module = questionnaire.sections.at(-1)!;
  await expect(page.getByRole('heading', { level: 2, name: `${module.number}. ${module.title}` })).toBeVisible();
  // Questions written for police deployments are not asked of a shop.
  for (const id of ['watchlist-authorisation', 'protest-and-assembly', 'advance-deployment-notice']) {
    await expect(page.getByRole('term').filter({ hasText: findQuestion(questionnaire, id).text })).toHaveCount(0);
  }
  await expect(page.getByRole('term').filter({ hasText: findQuestion(questionnaire, 'non-match-deletion').text })).toBeVisible();
  await page.getByRole('link', { name: 'See your results' }).click();

  const verdict = page.getByRole('region', { name: 'Overall result' });
  await expect(verdict.getByText('Launch with conditions', { exact: true })).toBeVisible();
  await expect(verdict.getByText(/although the score alone would give “Ready for launch”, because:/)).toBeVisible();
  const twoPerson = findQuestion(questionnaire, 'human-review-of-matches');
  await expect(
    verdict.getByText(
      `${twoPerson.mustHave?.name} (question ${twoPerson.number}) is not met: it needs “${label('human-review-of-matches', 'two-people')}” or better.`,
    ),
  ).toBeVisible();
  const flags = page.getByRole('region', { name: 'Red flags' });
  await expect(flags.getByText('Must-have not met')).toBeVisible();
  await expect(flags.getByRole('link', { name: `${twoPerson.mustHave?.name}: question ${twoPerson.number}` })).toBeVisible();

  // The plan leads with what holds the verdict down, and each action takes an owner, a date and a status.
  const plan = page.getByRole('table', { name: 'Recommended actions, highest priority first' });
  const first = plan.getByRole('row').nth(1);
  await expect(first.getByRole('link', { name: twoPerson.number, exact: true })).toBeVisible();
  await expect(first.getByText('Must-have not met')).toBeVisible();
  await page.getByLabel(`Owner for question ${twoPerson.number}`).fill('Sam, head of stores');
  await page.getByLabel(`Status of the action for question ${twoPerson.number}`).selectOption({ label: 'In progress' });
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved in this browser' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(`Owner for question ${twoPerson.number}`)).toHaveValue('Sam, head of stores');
  await expect(page.getByLabel(`Status of the action for question ${twoPerson.number}`)).toHaveValue('in-progress');
  await page.getByLabel(`Status of the action for question ${twoPerson.number}`).selectOption({ label: 'Not needed' });
  await expect(page.getByLabel(`Why is it not needed? (question ${twoPerson.number})`)).toBeVisible();
});

test('"Not applicable" needs a reason, and the reason is shown with the results; must-haves never offer it', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const optional = findQuestion(questionnaire, 'feedback-changed-design');
  const mustHave = findQuestion(questionnaire, 'complaint-redress');
  const section = questionnaire.sections.find((candidate) => candidate.id === optional.sectionId)!;
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Reasons please' });
  await page.getByRole('link', { name: `${section.number}. ${section.title}` }).click();

  await expect(questionGroup(page, mustHave).getByText('Must-have', { exact: true })).toBeVisible();
  await expect(questionGroup(page, mustHave).getByLabel('Not applicable to this product')).toHaveCount(0);
  await questionGroup(page, optional).getByLabel('Not applicable to this product').check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
  await expect(summary.getByRole('link', { name: `Explain why question ${optional.number} does not apply` })).toBeVisible();
  await questionGroup(page, optional)
    .getByLabel('Why does this not apply?')
    .fill('We have not consulted anyone yet, so nothing could change.');

  await page.getByRole('link', { name: 'Back to the task list' }).click();
  await page.getByRole('link', { name: 'Check your answers' }).click();
  await page.getByRole('link', { name: 'See your results' }).click();
  const completeness = page.getByRole('region', { name: 'Completeness' });
  await expect(completeness).toContainText(/\d+ answered, \d+ to answer, 1 not applicable/);
  await expect(completeness.getByRole('heading', { name: 'Answered “Not applicable” (1)' })).toBeVisible();
  await expect(completeness.getByRole('link', { name: `${optional.number} ${optional.text}` })).toBeVisible();
  await expect(completeness.getByText('Reason given: We have not consulted anyone yet, so nothing could change.')).toBeVisible();
});

test('an assessment made with version 1.0.0 opens on 2.0.0, keeps its answers and lists what changed', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const owner = findQuestion(questionnaire, 'accountable-owner');
  const impact = findQuestion(questionnaire, 'impact-assessment');
  const now = '2026-10-01T09:00:00.000Z';
  const stored = {
    format: 'oversight-assessment',
    version: 1,
    savedAt: now,
    assessment: {
      id: 'made-on-v1',
      // Version 1.0.0 as it was pinned: its content hash, and answers by its question ids.
      questionnaire: {
        id: 'launch-ethics',
        version: '1.0.0',
        contentHash: '4a9244a547854834d0313734dae91263fc7589e4ff72afa348882ca7df18baa2',
        title: 'Pre-launch ethics and oversight review',
      },
      context: { project: 'Old Lens', organisation: '', description: '', assessorName: '', assessorRole: '', date: '2026-10-01' },
      answers: {
        'accountable-owner': { value: 'yes', notes: 'The COO, since June.' },
        'impact-assessment': { notApplicable: true, justification: 'The client does the DPIA.' },
      },
      actionPlan: {},
      submittedSections: [],
      lastLocation: '',
      createdAt: now,
      updatedAt: now,
    },
  };
  await page.goto('./');
  await page.evaluate(([key, entry]) => localStorage.setItem(key, JSON.stringify(entry)), [assessmentKey('made-on-v1'), stored] as const);
  await page.reload();
  await page.getByRole('table', { name: 'Assessments saved in this browser' }).getByRole('link', { name: 'Old Lens (open)' }).click();

  const notice = page.getByRole('region', {
    name: /This assessment now uses version 2\.0\.0 of the questionnaire \(it was started on 1\.0\.0\)/,
  });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('heading', { name: 'What changed in the questionnaire' })).toBeVisible();
  await expect(notice.getByText(/Must-haves added/)).toBeVisible();
  await expect(notice.getByText(`Question ${impact.number} can no longer be answered “Not applicable”; please answer it.`)).toBeVisible();
  await expect(notice.getByRole('heading', { name: /New questions to answer \(\d+\)/ })).toBeVisible();
  await expect(
    notice.getByText(
      `${findQuestion(questionnaire, 'prohibited-practices').number} ${findQuestion(questionnaire, 'prohibited-practices').text}`,
    ),
  ).toBeVisible();

  // The answer to a question that still exists is kept, with its notes.
  await page.getByRole('link', { name: /^2\. / }).click();
  await expect(
    questionGroup(page, owner).getByRole('radio', { name: owner.options.find((option) => option.value === 'yes')!.label, exact: true }),
  ).toBeChecked();
  await expect(questionGroup(page, owner).getByLabel('Notes or evidence')).toHaveValue('The COO, since June.');
  await page.getByRole('link', { name: 'Back to the task list' }).click();
  await notice.getByRole('button', { name: 'I have read this' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Old Lens' })).toBeVisible();
  await expect(page.getByRole('region', { name: /This assessment now uses version/ })).toHaveCount(0);
});

test('a quick check says it is one, and carries its answers into the full review', async ({ page }) => {
  const quick = await loadQuestionnaire('quick-check');
  const full = await loadQuestionnaire('launch-ethics');
  await startAssessment(page, { questionnaireTitle: quick.title, project: 'Quick first' });
  await page.getByRole('link', { name: /^1\. / }).click();
  const noBiometrics = { 'processes-biometric-data': 'No', 'public-surveillance': 'No' };
  for (const section of quick.sections) if (!section.visibleWhen) await answerSection(page, section, undefined, noBiometrics);
  await page.getByRole('link', { name: 'See your results' }).click();
  await expect(
    page.getByRole('region', { name: 'Overall result' }).getByText('Quick check: a triage of the essentials, not the full review'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Continue with the full review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quick first' })).toBeVisible();
  await expect(page.getByText(`${full.title} · version ${full.version}`)).toBeVisible();
  const owner = findQuestion(full, 'accountable-owner');
  await page.getByRole('link', { name: /^2\. / }).click();
  const best = [...owner.options].sort((a, b) => b.score - a.score)[0]!;
  await expect(questionGroup(page, owner).getByRole('radio', { name: best.label, exact: true })).toBeChecked();
});
