import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from './fixtures.ts';
import type { Question } from '../src/questionnaire/model.ts';
import { bestOption, loadQuestionnaire, worstOption } from './support/questionnaires.ts';
import { answerSection, startAssessment } from './support/journey.ts';

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

function pdfPages(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
}

const resultsUrl = (page: Page) => page.url().replace(/#\/assessments\/([^/]+).*$/, '#/assessments/$1/results');

/** A quick check answered in full: the best answer everywhere but the worst for `worse`. */
async function completeQuickCheck(page: Page, project: string, worse: (question: Question) => boolean): Promise<void> {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project, assessorName: 'Ada Lovelace' });
  await page.getByRole('link', { name: /^1\. / }).click();
  for (const section of questionnaire.sections) {
    await answerSection(page, section, (question) => (worse(question) ? worstOption(question) : bestOption(question)).label);
  }
  await page.goto(resultsUrl(page));
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, text: pdfText(path), pages: pdfPages(path) };
}

test('an owner and a due date typed just before the download are in the PDF', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Typed then downloaded' });
  await page.goto(resultsUrl(page));
  const owner = page.getByLabel(/^Owner for question/).first();
  await owner.fill('Zed Typedlast');
  await page
    .getByLabel(/^Due date for question/)
    .first()
    .fill('2027-03-14');
  // No pause, no blur: straight to the button.
  const report = await download(page, 'Download the PDF report');
  expect(report.name).toMatch(/^typed-then-downloaded-draft-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(report.text).toContain('Zed Typedlast');
  expect(report.text).toContain('14 Mar 2027');
});

test('a final report needs every answer and the declaration; the second is revision 2 and says what changed since the first', async ({
  page,
}) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  const changed = questionnaire.sections
    .filter((section) => section.weight > 0)
    .flatMap((section) => section.questions)
    .find(
      (question) =>
        question.kind === 'single' && bestOption(question).score > worstOption(question).score && !question.mustHave && !question.critical,
    )!;
  await completeQuickCheck(page, 'Final Lens', (question) => question.id === changed.id);

  await page.getByLabel(/^Final report, revision 1/).check();
  await page.getByLabel('Full name', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Download the final report' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Enter the name of the person making the declaration' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter their role' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Confirm that the answers are true to the best of your knowledge' })).toBeVisible();
  await summary.getByRole('link', { name: 'Enter their role' }).click();
  await expect(page.getByLabel('Role', { exact: true })).toBeFocused();

  await page.getByLabel('Full name', { exact: true }).fill('Ada Lovelace');
  await page.getByLabel('Role', { exact: true }).fill('Head of product');
  await page.getByLabel('I declare that the answers in this assessment are true to the best of my knowledge.').check();
  const first = await download(page, 'Download the final report');
  expect(first.name).toMatch(/^final-lens-final-r1-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(first.text).toContain('Final — revision 1');
  expect(first.text).toContain(
    'I, Ada Lovelace (Head of product), declare that the answers in this assessment are true to the best of my knowledge.',
  );
  expect(first.text).not.toContain('Changes since');
  await expect(page.getByRole('status').filter({ hasText: 'Final revision 1 is recorded' })).toBeVisible();

  // Improve the one weak answer, then come back for the next final report.
  await page.goto(
    page
      .url()
      .replace(
        /#\/assessments\/([^/]+).*$/,
        `#/assessments/$1/sections/${questionnaire.sections.find((section) => section.questions.includes(changed))!.id}`,
      ),
  );
  await page
    .getByRole('group', { name: new RegExp(`^${changed.number.replace('.', '\\.')} `) })
    .getByLabel(bestOption(changed).label, { exact: true })
    .check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.goto(resultsUrl(page));
  await page.getByLabel(/^Final report, revision 2/).check();
  // Each final report is declared afresh.
  await expect(page.getByLabel('I declare that the answers in this assessment are true to the best of my knowledge.')).not.toBeChecked();
  await page.getByLabel('I declare that the answers in this assessment are true to the best of my knowledge.').check();
  const second = await download(page, 'Download the final report');
  expect(second.name).toMatch(/^final-lens-final-r2-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(second.text).toContain('Final — revision 2');
  expect(second.text).toContain('Changes since revision 1');
  expect(second.text).toContain('Answers changed (1)');
  expect(second.text).toContain(`Was: ${worstOption(changed).label}`);
  expect(second.text).toContain(`Now: ${bestOption(changed).label}`);
  expect(second.text).toMatch(/Actions closed \(\d+\)/);
  expect(second.text).not.toContain('No action was closed');

  // A reviewer opening the file sees which edition it is, and that it is as Oversight made it.
  await page.getByRole('link', { name: 'Open a report' }).first().click();
  await page.getByLabel('Report (PDF)').setInputFiles(second.path);
  await expect(
    page.getByText(/^Final report, revision 2, declared by Ada Lovelace \(Head of product\) on \d{4}-\d{2}-\d{2}$/),
  ).toBeVisible();
  await expect(page.getByText('Every page is exactly what Oversight draws from the attached answers.')).toBeVisible();
});

test('the public summary is one page and names nobody unless asked', async ({ page }) => {
  await completeQuickCheck(page, 'Summary Lens', (question) => question.number.endsWith('.1'));
  await page
    .getByLabel(/^Owner for question/)
    .first()
    .fill('Secret Owner');
  const anonymous = await download(page, 'Download the public summary');
  expect(anonymous.name).toMatch(/^summary-lens-public-summary-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(anonymous.pages).toBe(1);
  expect(anonymous.text).toContain('Summary Lens');
  expect(anonymous.text).toContain('Open actions by area');
  expect(anonymous.text).not.toContain('Ada Lovelace');
  expect(anonymous.text).not.toContain('Secret Owner');
  await page.getByLabel('Name the assessor and their role').check();
  const named = await download(page, 'Download the public summary');
  expect(named.text).toContain('Ada Lovelace');
  expect(named.text).not.toContain('Secret Owner');
});
