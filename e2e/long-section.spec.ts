import { expect, test } from './fixtures.ts';
import { questionGroup, startAssessment } from './support/journey.ts';
import { loadQuestionnaire } from './support/questionnaires.ts';

// e2e/questions/long-section-test.yaml: section 1 has 23 questions, so it is shown
// in pages of 10 (section-pages.ts); section 2 has one.
test('a long section is shown in pages that keep their answers, and links reach the right page', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('long-section-test', 'e2e/questions');
  const [long, short] = questionnaire.sections as [(typeof questionnaire.sections)[0], (typeof questionnaire.sections)[0]];
  const question = (number: number) => long.questions[number - 1]!;
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Paged' });
  await page.getByRole('link', { name: `1. ${long.title}` }).click();

  const heading = page.getByRole('heading', { level: 1, name: `1. ${long.title}` });
  await expect(heading).toBeFocused();
  await expect(page.getByText('Page 1 of 3: questions 1.1 to 1.10')).toBeVisible();
  await expect(page.getByRole('group', { name: /^1\.\d+ / })).toHaveCount(10);
  await expect(questionGroup(page, question(11))).toHaveCount(0);

  for (let number = 1; number <= 10; number += 1) await questionGroup(page, question(number)).getByRole('radio', { name: 'Yes' }).check();
  await questionGroup(page, question(3)).getByLabel('Notes or evidence (optional)').fill('Checked on site.');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expect(page).toHaveURL(/\/sections\/long\/pages\/2$/);
  await expect(heading).toBeFocused();
  await expect(page.getByText('Page 2 of 3: questions 1.11 to 1.20')).toBeVisible();
  // Each page is checked on its own: page 2's unanswered questions stop it, not page 1's.
  await page.getByRole('button', { name: 'Save and continue' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link')).toHaveCount(10);

  // Back to page 1: its answers and note are still there.
  await page.getByRole('navigation', { name: 'Pages of section 1' }).getByRole('link', { name: 'Previous page' }).click();
  await expect(page).toHaveURL(/\/sections\/long$/);
  await expect(questionGroup(page, question(10)).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(questionGroup(page, question(3)).getByLabel('Notes or evidence (optional)')).toHaveValue('Checked on site.');

  // Check your answers links an unanswered question on page 3 to its own page and field.
  await page.goto(page.url().replace(/#\/assessments\/([^/]+).*$/, '#/assessments/$1/check'));
  await page.getByRole('link', { name: 'Answer question 1.22' }).click();
  await expect(page.getByText('Page 3 of 3: questions 1.21 to 1.23')).toBeVisible();
  await expect(questionGroup(page, question(22)).getByRole('radio').first()).toBeFocused();

  // Pages 2 and 3 answered: the last page continues to the next section, and the section is complete.
  for (let number = 21; number <= 23; number += 1) await questionGroup(page, question(number)).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('navigation', { name: 'Pages of section 1' }).getByRole('link', { name: 'Previous page' }).click();
  await expect(page.getByText('Page 2 of 3: questions 1.11 to 1.20')).toBeVisible();
  for (let number = 11; number <= 20; number += 1) await questionGroup(page, question(number)).getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByText('Page 3 of 3: questions 1.21 to 1.23')).toBeVisible();
  await expect(questionGroup(page, question(21)).getByRole('radio', { name: 'No' })).toBeChecked();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `2. ${short.title}` })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the task list' }).click();
  await expect(page.getByText('23 answered (of 23 questions)')).toBeVisible();
});
