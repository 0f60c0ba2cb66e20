import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { loadQuestionnaire } from './support/questionnaires.ts';
import { answerSection, startAssessment } from './support/journey.ts';

test('export, delete and import give back the same answers; a corrupted file changes nothing', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Łódź Transit “Ωmega”', assessorName: 'Zoë' });
  await page.getByRole('link', { name: /^1\. / }).click();
  await answerSection(page, questionnaire.sections[0]!);
  await answerSection(page, questionnaire.sections[1]!, (question) => question.options.at(-1)!.label);
  await page.getByRole('link', { name: 'Check your answers' }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  const before = await page.getByRole('main').innerText();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export answers' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^lodz-transit-omega-quick-check-answers-\d{4}-\d{2}-\d{2}\.json$/);
  const filePath = await download.path();
  const exported = JSON.parse(readFileSync(filePath, 'utf8'));
  expect(exported).toMatchObject({
    format: 'oversight-answers',
    questionnaire: { id: 'quick-check', version: questionnaire.version, contentHash: questionnaire.contentHash },
  });

  await page.getByRole('link', { name: 'Oversight home' }).click();
  const table = page.getByRole('table', { name: 'Assessments saved in this browser' });
  await table.getByRole('button', { name: 'Delete Łódź Transit “Ωmega”' }).click();
  await page.getByRole('button', { name: 'Yes, delete Łódź Transit “Ωmega”' }).click();
  await expect(page.getByText('You have no assessments in this browser yet.')).toBeVisible();

  // A corrupted file: an error in plain words, and nothing changes.
  await page.getByLabel('Import answers').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(readFileSync(filePath, 'utf8').slice(0, 200)),
  });
  const failure = page.getByRole('alert').filter({ hasText: '“broken.json” could not be imported' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('not valid JSON');
  await expect(failure).toContainText('Nothing was changed.');
  await expect(page.getByText('You have no assessments in this browser yet.')).toBeVisible();

  await page.getByLabel('Import answers').setInputFiles(filePath);
  await expect(page.getByText('Imported “Łódź Transit “Ωmega””.')).toBeVisible();
  await page.getByRole('link', { name: 'Open the imported assessment' }).click();
  await page.getByRole('link', { name: 'Check your answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  expect(await page.getByRole('main').innerText()).toBe(before);

  // Importing the same file again never overwrites: it arrives as a copy.
  await page.getByRole('link', { name: 'Oversight home' }).click();
  await page.getByLabel('Import answers').setInputFiles(filePath);
  await expect(page.getByText(/added as a copy; the existing one is unchanged/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Assessments saved in this browser' }).getByRole('row')).toHaveCount(3);
});

test('saved assessments can be duplicated and renamed from the home page', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Alpha' });
  await page.getByRole('link', { name: 'Oversight home' }).click();
  const table = page.getByRole('table', { name: 'Assessments saved in this browser' });
  await table.getByRole('button', { name: 'Duplicate Alpha' }).click();
  await expect(table.getByRole('link', { name: 'Copy of Alpha (open)' })).toBeVisible();
  await table.getByRole('button', { name: 'Rename Copy of Alpha' }).click();
  await expect(page.getByLabel('New name for Copy of Alpha')).toBeFocused();
  await page.getByLabel('New name for Copy of Alpha').fill('Beta');
  await page.keyboard.press('Enter');
  await expect(table.getByRole('link', { name: 'Beta (open)' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'Alpha (open)' })).toBeVisible();
});
