import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures.ts';
import { loadQuestionnaire, worstOption } from './support/questionnaires.ts';
import { answerSection, startAssessment } from './support/journey.ts';

/** Makes the browser refuse the report worker's script; returns the requests refused. */
async function refuseReportWorker(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.route(/report-worker-[^/]*\.js$/, (route) => {
    refused.push(route.request().url());
    return route.abort();
  });
  return refused;
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

test('the PDF downloaded from the results page states the numbers the results page shows, and opens back', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const questionnaire = await loadQuestionnaire('launch-ethics');
  await startAssessment(page, {
    questionnaireTitle: questionnaire.title,
    project: 'Łukasz Zoë Ωmega Привет “quoted” — ✓',
    assessorName: 'Zoë Łukasz',
  });
  await page.getByRole('link', { name: /^1\. / }).click();
  // A mixed assessment: biometric module declared, middle answers, one section at its worst.
  const middle = (question: (typeof questionnaire.sections)[number]['questions'][number]) =>
    question.options[Math.floor(question.options.length / 2)]!.label;
  for (const section of questionnaire.sections) {
    const overrides: Record<string, string> =
      section.id === 'context' ? { 'processes-biometric-data': 'Yes', 'public-surveillance': 'No' } : {};
    await answerSection(page, section, section.number === 3 ? (question) => worstOption(question).label : middle, overrides);
  }
  await page.getByRole('link', { name: 'See your results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();

  const verdict = page.getByRole('region', { name: 'Overall result' });
  const [, overall, bandLabel] = /(\d+) out of 100\s*\n+(.+)/.exec(await verdict.innerText()) ?? [];
  expect(overall, 'the results page shows a score').toMatch(/^\d+$/);
  const rows = page
    .getByRole('table', { name: 'Score of each section, out of 100' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
  const sectionScores: Array<[string, string]> = [];
  for (const row of await rows.all()) {
    const [value] = await row.getByRole('cell').allInnerTexts();
    sectionScores.push([await row.getByRole('rowheader').innerText(), value ?? '']);
  }
  expect(sectionScores.length).toBe(questionnaire.sections.length);
  const flags = await page.getByRole('region', { name: 'Red flags' }).getByRole('link').allInnerTexts();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the PDF report' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^lukasz-zoe-omega-privet-quoted-draft-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(page.getByRole('status').filter({ hasText: /Report ready/ })).toBeVisible();
  expect(
    workers.filter((url) => /report-worker-[^/]*\.js$/.test(url)),
    'the report is made off the page, in its worker',
  ).toHaveLength(1);
  const path = await download.path();
  const text = pdfText(path);

  expect(text).toContain('Łukasz Zoë Ωmega Привет “quoted” — ✓');
  expect(text).toContain('Zoë Łukasz');
  expect(text).toMatch(new RegExp(`${overall} out of 100 — ${bandLabel}`));
  expect(text).toMatch(/Page 1 of \d+/);
  for (const [title, value] of sectionScores) {
    const section = questionnaire.sections.find((candidate) => candidate.title === title)!;
    const line = text.split('\n').find((candidate) => candidate.trim().startsWith(`${section.number}. ${title.slice(0, 18)}`));
    expect(line, `a line for section ${title}`).toBeDefined();
    if (value === 'Not scored' || value === 'Not assessed') expect(line).toContain(value);
    else expect(line!.trim().endsWith(` ${value}`), `section ${title} scores ${value} in: ${line}`).toBe(true);
  }
  for (const flag of flags) {
    const number = /question (\d+\.\d+)/i.exec(flag)?.[1];
    expect(number, `a question number in “${flag}”`).toBeDefined();
    expect(text).toContain(`QUESTION ${number}`);
  }

  // Open the report back: the attachment is read and matches the fingerprint.
  await page.getByRole('link', { name: 'Open a report' }).first().click();
  await page.getByLabel('Report (PDF)').setInputFiles(path);
  await expect(page.getByText('The answers inside this report match the fingerprint printed on it.')).toBeVisible();
  await expect(page.getByText(`Score recomputed from the attached answers: ${overall} of 100`)).toBeVisible();
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
});

test('characters the report fonts cannot draw are named, with where they are, before any PDF is made', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Tokyo 東京 launch 🚀' });
  await page.goto(page.url().replace(/#\/assessments\/([^/]+).*$/, '#/assessments/$1/results'));
  const warning = page.getByRole('alert').filter({ hasText: 'Some characters cannot be printed in the report' });
  await expect(warning).toBeVisible();
  await expect(warning.getByText(/“東” \(U\+6771\) in Project/)).toBeVisible();
  await expect(warning.getByText(/“🚀” \(U\+1F680\) in Project/)).toBeVisible();
  // The button says it is unavailable (aria-disabled) rather than making a garbled PDF.
  await expect(page.getByRole('button', { name: 'Download the PDF report' })).toBeDisabled();
});

test('when the browser refuses the report worker, the report is still made, on the page itself', async ({ page }) => {
  const workerRequests = await refuseReportWorker(page);
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'No worker here' });
  await page.goto(page.url().replace(/#\/assessments\/([^/]+).*$/, '#/assessments/$1/results'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the PDF report' }).click(),
  ]);
  expect(workerRequests.length, 'the app tried the worker first').toBeGreaterThan(0);
  const text = pdfText(await download.path());
  expect(text).toContain('No worker here');
  expect(text).toMatch(/Page 1 of \d+/);
});

test('when the worker started with the results page cannot load, the report is still made on the page', async ({ page }) => {
  const workerRequests = await refuseReportWorker(page);
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Early worker refused' });
  await page.goto(page.url().replace(/#\/assessments\/([^/]+).*$/, '#/assessments/$1/results'));
  // A fresh load of the results page: the boot entry starts the worker before the page is drawn.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    page.getByRole('button', { name: 'Download the PDF report' }).click(),
  ]);
  expect(workerRequests.length, 'the boot entry tried the worker').toBeGreaterThan(0);
  expect(pdfText(await download.path())).toContain('Early worker refused');
});
