import { expect, test, type Page } from './fixtures.ts';
import { findQuestion, loadQuestionnaire } from './support/questionnaires.ts';
import { answerSection, questionGroup, startAssessment } from './support/journey.ts';

const noBiometrics = { 'processes-biometric-data': 'No', 'public-surveillance': 'No' };

/** A quick check answered in full with the best answers; leaves the page on Check your answers. */
async function finishQuickCheck(page: Page, project: string) {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project });
  await page.getByRole('link', { name: /^1\. / }).click();
  for (const section of questionnaire.sections) {
    if (!section.visibleWhen) await answerSection(page, section, undefined, noBiometrics);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  return questionnaire;
}

const assessmentId = (page: Page) => /#\/assessments\/([^/]+)/.exec(page.url())?.[1] ?? '';

function storedUpdatedAt(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate((key) => {
    const raw = JSON.parse(localStorage.getItem(key) ?? 'null') as { assessment?: { updatedAt?: string } } | null;
    return raw?.assessment?.updatedAt;
  }, `oversight:v1:assessment:${id}`);
}

test('Change on Check your answers, then Save, goes back to Check your answers', async ({ page }) => {
  const questionnaire = await finishQuickCheck(page, 'Change and return');
  const question = questionnaire.sections[0]!.questions.find((candidate) => candidate.kind === 'single' && !candidate.visibleWhen)!;
  await page.getByRole('link', { name: `Change question ${question.number}`, exact: true }).click();
  await expect(questionGroup(page, question)).toBeVisible();
  const other = question.options.at(-1)!;
  await questionGroup(page, question).getByRole('radio', { name: other.label, exact: true }).check();
  await page.getByRole('button', { name: /^Save and/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expect(page.getByText(other.label, { exact: true }).first()).toBeVisible();
});

test('a finished assessment’s task list leads to its results and PDF, and the list shows its score and band', async ({ page }) => {
  const questionnaire = await finishQuickCheck(page, 'Finished one');
  const top = questionnaire.bands.at(-1)!;
  await page.getByRole('link', { name: 'Back to the task list' }).click();
  const done = page.getByRole('region', { name: 'This assessment is complete' });
  await expect(done).toBeVisible();
  await done.getByRole('link', { name: 'See your results and download the PDF report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the PDF report' })).toBeVisible();

  await page.getByRole('link', { name: 'Oversight home' }).click();
  const row = page.getByRole('table', { name: 'Assessments saved in this browser' }).getByRole('row', { name: /Finished one/ });
  await expect(row.getByRole('cell', { name: `100 of 100 · ${top.label}` })).toBeVisible();
});

test('an unfinished assessment shows its score as a draft in the list', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Just begun' });
  await page.getByRole('link', { name: 'Oversight home' }).click();
  const row = page.getByRole('table', { name: 'Assessments saved in this browser' }).getByRole('row', { name: /Just begun/ });
  // The same score the task list shows as it stands, marked as a draft.
  await expect(row.getByRole('cell', { name: /^Draft: \d+ of 100 · / })).toBeVisible();
});

test('just opening an assessment does not change its Last edited time; a real change does', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Only looking' });
  const id = assessmentId(page);
  await page.getByRole('link', { name: 'Oversight home' }).click();
  const before = await storedUpdatedAt(page, id);
  expect(before).toBeTruthy();
  await page.waitForTimeout(50);
  await page.getByRole('link', { name: 'Only looking (open)' }).click();
  const section = questionnaire.sections[0]!;
  await page.getByRole('link', { name: `${section.number}. ${section.title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${section.number}. ${section.title}` })).toBeVisible();
  await page.getByRole('link', { name: 'Check your answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await page.getByRole('link', { name: 'Oversight home' }).click();
  await expect(page.getByRole('table', { name: 'Assessments saved in this browser' })).toBeVisible();
  expect(await storedUpdatedAt(page, id)).toBe(before);

  await page.goto(`./#/assessments/${id}/sections/${section.id}`);
  const question = section.questions.find((candidate) => candidate.kind === 'single' && !candidate.visibleWhen)!;
  await questionGroup(page, question).getByRole('radio', { name: question.options[0]!.label, exact: true }).check();
  await page.getByRole('link', { name: 'Oversight home' }).click();
  await expect(page.getByRole('table', { name: 'Assessments saved in this browser' })).toBeVisible();
  expect(await storedUpdatedAt(page, id)).not.toBe(before);
});

test('the preview names the options of a three-option yes-no question', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  const question = findQuestion(questionnaire, 'people-told-ai');
  expect(question.options.map((option) => option.label)).toEqual(['Yes', 'Partly', 'No']);
  await page.goto('./#/questionnaires/quick-check');
  const about = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: `${question.number} ${question.text}` }) })
    .getByRole('list', { name: 'About this question' });
  await expect(about.getByText('Yes / Partly / No', { exact: true })).toBeVisible();
  await expect(about.getByText('Yes / no', { exact: true })).toHaveCount(0);
  const twoOptions = findQuestion(questionnaire, 'processes-biometric-data');
  const aboutTwo = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: `${twoOptions.number} ${twoOptions.text}` }) })
    .getByRole('list', { name: 'About this question' });
  await expect(aboutTwo.getByText('Yes / No', { exact: true })).toBeVisible();
});

test('edits on About this assessment are kept without pressing Save', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Autosaved context' });
  await page.getByRole('link', { name: 'About this assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About this assessment' })).toBeVisible();
  await page.getByLabel('Organisation (optional)').fill('Kept Ltd');
  await page.getByLabel('Project or product name').fill('Renamed by typing');
  // Leave without saving, then come back after a reload.
  await page.getByRole('link', { name: 'Back to the task list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Renamed by typing' })).toBeVisible();
  await page.reload();
  await page.getByRole('link', { name: 'About this assessment' }).click();
  await expect(page.getByLabel('Organisation (optional)')).toHaveValue('Kept Ltd');
  await expect(page.getByLabel('Project or product name')).toHaveValue('Renamed by typing');
});

test('an emptied project name is not saved; the last valid name stays and the form says what to fix', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Keep my name' });
  await page.getByRole('link', { name: 'About this assessment' }).click();
  await page.getByLabel('Project or product name').fill('');
  await page.getByLabel('Organisation (optional)').fill('Still saved Ltd');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('link', { name: 'Enter the name of the project or product' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the task list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Keep my name' })).toBeVisible();
  await page.reload();
  await page.getByRole('link', { name: 'About this assessment' }).click();
  await expect(page.getByLabel('Organisation (optional)')).toHaveValue('Still saved Ltd');
});
