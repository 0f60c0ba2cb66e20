import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures.ts';
import { expectNoViolations } from './support/axe.ts';
import { parseCsv } from '../src/compare/csv.test-support.ts';
import { bestOption, findQuestion, loadQuestionnaire, worstOption } from './support/questionnaires.ts';
import { answerSection, questionGroup, startAssessment } from './support/journey.ts';
import { pdfText } from '../src/report/pdf.test-support.ts';

/** RFC 4180 as the app writes it: quoted cells may hold commas, quotes and line breaks. */

const SHOTS = process.env.ROUNDS_SHOTS;

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const [label, size] of [
    ['desktop', { width: 1920, height: 1080 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('a second round carries the answers for review, and the comparison shows what changed since the first', async ({ page }) => {
  test.setTimeout(120_000);
  const questionnaire = await loadQuestionnaire('quick-check');
  const consultation = findQuestion(questionnaire, 'consultation-timing');
  const told = findQuestion(questionnaire, 'people-told-ai');
  const people = questionnaire.sections.find((section) => section.id === consultation.sectionId)!;
  const saved = page.getByRole('status').filter({ hasText: 'All changes saved in this browser' });

  // Round 1: everything at its best but consultation (a must-have, at its worst) and telling people (No).
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Street Lens' });
  await page.getByRole('link', { name: /^1\. / }).click();
  const overrides = {
    'processes-biometric-data': 'No',
    'public-surveillance': 'No',
    [consultation.id]: worstOption(consultation).label,
    [told.id]: 'No',
  };
  for (const section of questionnaire.sections) if (!section.visibleWhen) await answerSection(page, section, undefined, overrides);
  await page.getByRole('link', { name: 'See your results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  const firstRoundUrl = page.url();
  await page.getByLabel(`Owner for question ${told.number}`).fill('Sam, product lead');
  await expect(saved).toBeVisible();

  // Round 2, started from the results page.
  await page.getByRole('button', { name: 'Start a new round from Street Lens' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Round 2' })).toBeVisible();
  expect(page.url()).not.toBe(firstRoundUrl);
  const notice = page.getByRole('region', { name: 'Round 2' });
  const carried = Number(/(\d+) carried answers still to review/.exec((await notice.textContent()) ?? '')?.[1]);
  expect(carried).toBeGreaterThan(10);
  const peopleTask = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${people.number}. ${people.title}` }) });
  await expect(peopleTask.getByText(`${people.questions.length} to review`)).toBeVisible();
  await expectNoViolations(page, 'the task list of a second round');
  await shoot(page, 'task-list');

  // Check your answers and the results say how many are still to review.
  await page.getByRole('link', { name: 'Check your answers' }).click();
  await expect(page.getByText(`${carried} answers carried over from round 1`)).toBeVisible();
  await expect(page.getByText('To review', { exact: true })).toHaveCount(carried);
  await shoot(page, 'check');
  await page.getByRole('link', { name: 'See your results' }).click();
  await expect(page.getByText(`${carried} answers carried over from round 1 are still to review.`)).toBeVisible();
  await shoot(page, 'results');
  // The action plan came with its owner.
  await expect(page.getByLabel(`Owner for question ${told.number}`)).toHaveValue('Sam, product lead');
  await page.getByRole('link', { name: 'Check your answers' }).click();
  await page.getByRole('link', { name: 'Back to the task list' }).click();

  // Change one answer: its mark goes; confirm the rest of the page.
  await page.getByRole('link', { name: `${people.number}. ${people.title}` }).click();
  await expect(page.getByRole('group', { name: /^Review the answer to question/ })).toHaveCount(people.questions.length);
  await questionGroup(page, consultation)
    .getByRole('radio', { name: bestOption(consultation).label, exact: true })
    .check();
  await expect(page.getByRole('group', { name: `Review the answer to question ${consultation.number}` })).toHaveCount(0);
  await expect(page.getByRole('group', { name: /^Review the answer to question/ })).toHaveCount(people.questions.length - 1);
  await shoot(page, 'section-review');
  await page.getByRole('button', { name: `Confirm all ${people.questions.length - 1} as they are` }).click();
  await expect(page.getByRole('group', { name: /^Review the answer to question/ })).toHaveCount(0);
  await expect(saved).toBeVisible();

  // Confirm the other sections one question at a time on the first, then page by page.
  await page.getByRole('link', { name: 'Back to the task list' }).click();
  for (const section of questionnaire.sections.filter((candidate) => !candidate.visibleWhen && candidate.id !== people.id)) {
    await page.getByRole('link', { name: `${section.number}. ${section.title}` }).click();
    const first = page.getByRole('button', { name: /^Confirm this answer to question/ }).first();
    await first.click();
    await expect(page.getByText(/confirmed for this round\.$/)).toBeFocused();
    const rest = page.getByRole('button', { name: /^Confirm (all \d+ as they are|it as it is)$/ });
    if ((await rest.count()) > 0) await rest.click();
    await expect(page.getByRole('group', { name: /^Review the answer to question/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Back to the task list' }).click();
  }
  await expect(page.getByText('Every carried answer has been reviewed.')).toBeVisible();
  await expect(page.getByText(/\d+ to review$/)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('Every carried answer has been reviewed.')).toBeVisible();

  // The comparison of the two rounds.
  await page.getByRole('link', { name: 'Compare this round with the earlier ones' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare rounds' })).toBeVisible();
  const step = page.getByRole('region', { name: 'From Round 1 to Round 2' });
  const changed = step.getByRole('table', { name: 'Answers changed from Round 1 to Round 2' });
  await expect(changed.getByRole('row')).toHaveCount(2);
  await expect(changed.getByRole('row', { name: new RegExp(`^${consultation.number} `) })).toContainText(
    `${worstOption(consultation).label}${bestOption(consultation).label}`,
  );
  const sections = step.getByRole('table', { name: 'Section scores, Round 1 to Round 2' });
  await expect(sections.getByRole('row', { name: new RegExp(`^${people.title} `) })).toContainText(/up \d+/);
  // The action it closed is named as the plan names it: its group's title, or the question.
  const actionName = (consultation.actionGroup && questionnaire.actionGroups[consultation.actionGroup]?.title) || consultation.text;
  await expect(step.getByRole('heading', { name: 'Actions closed (1)' })).toBeVisible();
  await expect(step.getByRole('listitem').filter({ hasText: `${actionName}: the answer now meets it` })).toHaveCount(1);
  await expect(step.getByRole('heading', { name: 'Red flags cleared (1)' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Score (out of 100) and band of each section in each round' })).toBeVisible();
  await expectNoViolations(page, 'the rounds page');
  await shoot(page, 'rounds');

  // At phone width only the table shows, and the page does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('table', { name: 'Score (out of 100) and band of each section in each round' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoViolations(page, 'the rounds page at phone width');
  await page.setViewportSize({ width: 1280, height: 720 });

  // Reload keeps it all.
  await page.reload();
  await expect(step.getByRole('table', { name: 'Answers changed from Round 1 to Round 2' }).getByRole('row')).toHaveCount(2);

  // The CSV: one row per question and round.
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^street-lens-rounds-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(csv);
  const header = rows[0]!;
  const questionCount = questionnaire.sections.flatMap((section) => section.questions).length;
  expect(rows).toHaveLength(1 + questionCount * 2);
  const column = (name: string) => header.indexOf(name);
  const consultationRows = rows.filter((row) => row[column('Question')] === consultation.number);
  expect(
    consultationRows.map((row) => [row[column('Round')], row[column('Answer')], row[column('Changed since the round before')]]),
  ).toEqual([
    ['Round 1', worstOption(consultation).label, ''],
    ['Round 2', bestOption(consultation).label, 'Yes'],
  ]);

  // The PDF, made in the report worker.
  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a PDF' }).click()]);
  expect(pdfDownload.suggestedFilename()).toMatch(/^street-lens-rounds-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = readFileSync(await pdfDownload.path());
  if (SHOTS) writeFileSync(`${SHOTS}/rounds.pdf`, pdf);
  const text = pdfText(pdf);
  expect(text).toContain('From Round 1 to Round 2');
  expect(text).toContain(`Was: ${worstOption(consultation).label}`);
  expect(text).toContain('Actions closed');
});
