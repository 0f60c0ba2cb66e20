import { expect, test } from './fixtures.ts';
import { findQuestion, loadQuestionnaire, worstOption } from './support/questionnaires.ts';
import { answerSection, questionGroup, startAssessment } from './support/journey.ts';

test('best answers give 100 and the top band; one critical answer at its worst raises a red flag that leads the plan', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const top = questionnaire.bands.at(-1)!;
  const lowest = questionnaire.bands[0]!;
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Best answers' });
  await page.getByRole('link', { name: /^1\. / }).click();
  // No biometric or public-space use: the conditional module stays hidden.
  const noBiometrics = { 'processes-biometric-data': 'No', 'public-surveillance': 'No' };
  for (const section of questionnaire.sections) {
    if (!section.visibleWhen) await answerSection(page, section, undefined, noBiometrics);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await page.getByRole('link', { name: 'See your results' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  const verdict = page.getByRole('region', { name: 'Overall result' });
  await expect(verdict).toContainText('100 out of 100');
  await expect(verdict.getByText(top.label, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Red flags' })).toHaveCount(0);
  await expect(page.getByText('Nothing to do: every answer is the best one.')).toBeVisible();
  await expect(page.getByText('Complete: every question is answered.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Score of each section, out of 100' });
  for (const section of questionnaire.sections.filter((candidate) => candidate.weight > 0 && !candidate.visibleWhen)) {
    await expect(table.getByRole('row', { name: new RegExp(`^${section.title} 100 `) })).toBeVisible();
  }

  // One critical answer to its worst.
  const critical = findQuestion(questionnaire, 'accountable-owner');
  const section = questionnaire.sections.find((candidate) => candidate.id === critical.sectionId)!;
  await page.getByRole('link', { name: 'Check your answers' }).click();
  await page.getByRole('link', { name: `Change question ${critical.number}`, exact: true }).click();
  await expect(questionGroup(page, critical).getByRole('radio').first()).toBeFocused();
  await questionGroup(page, critical)
    .getByRole('radio', { name: worstOption(critical).label, exact: true })
    .check();
  // A follow-up may appear; answer it so the result stays complete.
  for (const question of section.questions) {
    if (question.kind === 'text' && (await questionGroup(page, question).count()) > 0) {
      await questionGroup(page, question).getByLabel('Your answer').fill('The founders, informally.');
    }
  }
  await page.getByRole('link', { name: 'Back to the task list' }).click();
  await expect(page.getByText(/1 red flag/)).toBeVisible();
  await expect(page.getByText(new RegExp(`Current score: \\d+ of 100 · ${lowest.label}`))).toBeVisible();
  await page.getByRole('link', { name: 'Check your answers' }).click();
  await page.getByRole('link', { name: 'See your results' }).click();

  await expect(verdict.getByText(lowest.label, { exact: true })).toBeVisible();
  const flags = page.getByRole('region', { name: 'Red flags' });
  await expect(flags.getByRole('link', { name: `${critical.mustHave?.name}: question ${critical.number}` })).toBeVisible();
  await expect(flags.getByText('Blocks launch')).toBeVisible();
  await expect(
    verdict.getByText(new RegExp(`The verdict is “${lowest.label}” although the score alone would give “${top.label}”, because:`)),
  ).toBeVisible();
  await expect(
    verdict.getByText(new RegExp(`${critical.mustHave?.name} \\(question ${critical.number}\\) is answered below`)),
  ).toBeVisible();
  const firstAction = page.getByRole('table', { name: 'Recommended actions, highest priority first' }).getByRole('row').nth(1);
  await expect(firstAction.getByRole('link', { name: critical.number, exact: true })).toBeVisible();
  await expect(firstAction.getByText('Blocks launch')).toBeVisible();

  // Owner and due date are saved with the assessment.
  await page.getByLabel(`Owner for question ${critical.number}`).fill('Priya, CEO');
  await page.getByLabel(`Due date for question ${critical.number}`).fill('2026-12-31');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved in this browser' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(`Owner for question ${critical.number}`)).toHaveValue('Priya, CEO');
  await expect(page.getByLabel(`Due date for question ${critical.number}`)).toHaveValue('2026-12-31');
});
