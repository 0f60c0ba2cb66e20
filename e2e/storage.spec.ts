import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { loadQuestionnaire } from './support/questionnaires.ts';
import { questionGroup, startAssessment } from './support/journey.ts';
import { assessmentKey } from '../src/storage/storage-keys.ts';

test('when the browser refuses to store data, the app says so, keeps working and offers the export', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function refuse() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'No storage' });
  const warning = page.getByRole('alert').filter({ hasText: 'Your answers are not being saved in this browser' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('button', { name: 'Export answers' })).toBeVisible();

  const section = questionnaire.sections[0]!;
  await page.getByRole('link', { name: `${section.number}. ${section.title}` }).click();
  const question = section.questions.find((candidate) => candidate.kind === 'single')!;
  await questionGroup(page, question).getByRole('radio', { name: question.options[0]!.label, exact: true }).check();
  await page.getByRole('link', { name: 'Back to the task list' }).click();
  await expect(page.getByText(/sections: 1 answered, \d+ to answer/)).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: 'Export answers' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^no-storage-quick-check-answers-/);
});

test('a damaged saved entry is reported while the others still load', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Healthy one' });
  await page.evaluate((key) => localStorage.setItem(key, '{"format":"oversight-assessment","version":1,'), assessmentKey('broken'));
  await page.getByRole('link', { name: 'Oversight home' }).click();
  await page.reload();
  await expect(
    page.getByRole('table', { name: 'Assessments saved in this browser' }).getByRole('link', { name: 'Healthy one (open)' }),
  ).toBeVisible();
  const problem = page.getByRole('alert').filter({ hasText: 'Some saved data could not be read' });
  await expect(problem).toContainText('broken');
  await problem.getByRole('button', { name: 'Remove this damaged entry' }).click();
  await expect(problem).toHaveCount(0);
});

test('editing the same assessment in two tabs warns before one overwrites the other', async ({ page, context }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Two tabs' });
  const section = questionnaire.sections[0]!;
  const sectionLink = page.getByRole('link', { name: `${section.number}. ${section.title}` });
  await sectionLink.click();
  const other = await context.newPage();
  await other.goto(page.url());
  const question = section.questions.find((candidate) => candidate.kind === 'single')!;
  await questionGroup(other, question).getByRole('radio', { name: question.options[0]!.label, exact: true }).check();
  await expect(other.getByRole('status').filter({ hasText: 'All changes saved in this browser' })).toBeVisible();
  const warning = page.getByRole('alert').filter({ hasText: 'This assessment was changed in another tab or window' });
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Reload this page' }).click();
  await expect(questionGroup(page, question).getByRole('radio', { name: question.options[0]!.label, exact: true })).toBeChecked();
  await expect(warning).toHaveCount(0);
});

test('with storage refused, the warning exports the answers on screen, not an older copy', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function refuse() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Latest answers' });
  const section = questionnaire.sections[0]!;
  await page.getByRole('link', { name: `${section.number}. ${section.title}` }).click();
  const question = section.questions.find((candidate) => candidate.kind === 'single')!;
  const option = question.options[0]!;
  await questionGroup(page, question).getByRole('radio', { name: option.label, exact: true }).check();

  // Still on the section page: the answer was just given and is on screen.
  const warning = page.getByRole('alert').filter({ hasText: 'Your answers are not being saved in this browser' });
  const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: 'Export answers' }).click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    assessment: { answers: Record<string, { value?: unknown }> };
  };
  expect(exported.assessment.answers[question.id]?.value).toBe(option.value);
});
