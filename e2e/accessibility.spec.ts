import { expect, test } from './fixtures.ts';
import { expectNoViolations } from './support/axe.ts';
import { loadQuestionnaire } from './support/questionnaires.ts';
import { startAssessment } from './support/journey.ts';

test('axe finds no violations on the home, start, task list, section and check pages', async ({ page }) => {
  // Eight full axe runs, the check page and the preview listing all 77 questions: more than the default minute on 2 cores.
  test.setTimeout(150_000);
  const questionnaire = await loadQuestionnaire('launch-ethics');
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page, 'the empty home page');

  await page.getByRole('link', { name: `Start an assessment with ${questionnaire.title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About this assessment' })).toBeVisible();
  await expectNoViolations(page, 'the start page');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expectNoViolations(page, 'the start page with errors');

  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Axe check' });
  await expectNoViolations(page, 'the task list');

  const section = questionnaire.sections[1]!;
  await page.getByRole('link', { name: `${section.number}. ${section.title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${section.number}. ${section.title}` })).toBeVisible();
  await expectNoViolations(page, 'a section page');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expectNoViolations(page, 'a section page with errors');

  await page.getByRole('link', { name: 'Check your answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expectNoViolations(page, 'the check your answers page');

  await page.getByRole('link', { name: 'Oversight home' }).click();
  await expect(page.getByRole('table', { name: 'Assessments saved in this browser' })).toBeVisible();
  await expectNoViolations(page, 'the home page with an assessment');

  await page.goto('./#/questionnaires/launch-ethics');
  await expect(page.getByRole('heading', { level: 1, name: questionnaire.title })).toBeVisible();
  await expectNoViolations(page, 'the preview page');
});

test('axe finds no violations on the results page of a draft, smaller improvements open', async ({ page }) => {
  // axe reads every row of a long action plan: give it time on a busy machine.
  test.setTimeout(120_000);
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Axe results' });
  const section = questionnaire.sections[1]!;
  await page.getByRole('link', { name: `${section.number}. ${section.title}` }).click();
  const owner = section.questions[0]!;
  await page
    .getByRole('group', { name: new RegExp(`^${owner.number.replace('.', '\\.')} `) })
    .getByRole('radio')
    .first()
    .check();
  await page.goto(page.url().replace(/sections\/.*$/, 'results'));
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Red flags' })).toBeVisible();
  await expectNoViolations(page, 'the results page of a draft');
  const minor = page.getByText(/smaller improvements? \(low priority\)/);
  if ((await minor.count()) > 0) await minor.click();
  await expectNoViolations(page, 'the results page with the smaller improvements open');
  // The final report's declaration, and the error summary a premature final report shows.
  await page.getByLabel(/^Final report, revision 1/).check();
  await page.getByRole('button', { name: 'Download the final report' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
  await expectNoViolations(page, 'the results page asking for a final report’s declaration');
});

test('axe finds no violations on a middle page of a long section', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('long-section-test', 'e2e/questions');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Axe pages' });
  await page.getByRole('link', { name: `1. ${questionnaire.sections[0]!.title}` }).click();
  await page.getByRole('navigation', { name: 'Pages of section 1' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page.getByText('Page 2 of 3: questions 1.11 to 1.20')).toBeVisible();
  await expectNoViolations(page, 'page 2 of a long section');
});
