import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { expectNoViolations } from './support/axe.ts';
import { downloadReport } from './support/report-file.ts';
import { loadQuestionnaire } from './support/questionnaires.ts';
import { parseCsv } from '../src/compare/csv.test-support.ts';
import { pdfText } from '../src/report/pdf.test-support.ts';
import type { Answers } from '../src/questionnaire/answers.ts';
import type { Question, Questionnaire } from '../src/questionnaire/model.ts';
import { bestOptions } from '../src/scoring/best-answer.ts';
import { serializeAnswersFile } from '../src/storage/answers-file.ts';
import { createAssessment } from '../src/storage/create-assessment.ts';

// A facilitator compares three people's answers to the quick check, and a
// report made by the app, before a workshop. Two disagreements are planted:
// a split on the heaviest must-have (Cai does not meet it) and answers far
// apart on an ordinary question; the must-have must top "Discuss these first".

function questionsOf(questionnaire: Questionnaire): Question[] {
  return questionnaire.sections.flatMap((section) => section.questions);
}

function worst(question: Question): string {
  return [...question.options].sort((a, b) => a.score - b.score)[0]!.value;
}

function bestAnswers(questionnaire: Questionnaire): Answers {
  return Object.fromEntries(
    questionsOf(questionnaire).map((question) => [
      question.id,
      question.kind === 'text'
        ? { value: `About ${question.number}` }
        : { value: question.kind === 'single' ? bestOptions(question)[0]!.value : bestOptions(question).map((option) => option.value) },
    ]),
  );
}

function answersFile(questionnaire: Questionnaire, assessor: string, answers: Answers): Buffer {
  const assessment = createAssessment({
    id: `compare-${assessor.toLowerCase()}`,
    questionnaire,
    context: {
      project: 'Street Lens',
      organisation: 'Acme Vision Ltd',
      description: '',
      assessorName: assessor,
      assessorRole: '',
      date: '2026-12-01',
    },
    answers,
    now: new Date('2026-12-01T09:00:00Z'),
  });
  return Buffer.from(serializeAnswersFile(assessment, new Date('2026-12-01T10:00:00Z')));
}

const json = (name: string, buffer: Buffer) => ({ name, mimeType: 'application/json', buffer });

test('three answers files and a report compared: the split must-have comes first, and the CSV and PDF say the same', async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  const questionnaire = await loadQuestionnaire('quick-check');
  const other = await loadQuestionnaire('launch-ethics');
  const questions = questionsOf(questionnaire);
  // The heaviest pick-one must-have, and an ordinary pick-one question with a scale.
  const mustHave = questions.filter((question) => question.mustHave && question.kind === 'single').sort((a, b) => b.weight - a.weight)[0]!;
  const ordinary = questions.find(
    (question) =>
      !question.mustHave &&
      !question.critical &&
      question.kind === 'single' &&
      question.scored &&
      new Set(question.options.map((option) => option.score)).size >= 3 &&
      !question.visibleWhen,
  )!;
  const best = bestAnswers(questionnaire);
  const ada = answersFile(questionnaire, 'Ada', best);
  // Ben answered an older version, which had a question the current one no longer asks.
  const ben = answersFile({ ...questionnaire, version: '1.0.0', contentHash: 'f'.repeat(64) }, 'Ben', {
    ...best,
    [ordinary.id]: { value: worst(ordinary) },
    'retired-question': { value: 'yes' },
  });
  const cai = answersFile(questionnaire, 'Cai', { ...best, [mustHave.id]: { value: worst(mustHave) } });
  const elsewhere = answersFile(other, 'Dee', {});
  const report = await downloadReport(page, 'Street Lens');

  await page.goto('./');
  await page.getByRole('link', { name: 'Compare answers from several people' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare answers' })).toBeVisible();
  await page
    .getByLabel('Answers files or Oversight reports')
    .setInputFiles([
      json('ada.json', ada),
      json('ben.json', ben),
      json('launch-review-dee.json', elsewhere),
      json('cai.json', cai),
      json('notes.json', Buffer.from('{ "format": "oversight-answers", ')),
      { name: 'street-lens-report.pdf', mimeType: 'application/pdf', buffer: report },
    ]);

  const problems = page.getByRole('alert').filter({ hasText: 'could not be used' });
  await expect(problems.getByRole('heading')).toHaveText('2 files could not be used');
  await expect(problems.getByRole('listitem').filter({ hasText: 'notes.json' })).toContainText('This file is not valid JSON');
  await expect(problems).toContainText('launch-review-dee.json');
  await expect(problems).toContainText(`holds answers to “${other.title}” (launch-ethics), not to “${questionnaire.title}” (quick-check)`);

  const respondents = page.getByRole('region', { name: 'Respondents' });
  await expect(respondents.getByRole('textbox')).toHaveCount(4);
  await expect(page.getByLabel('Name of respondent 1')).toHaveValue('Ada');
  await expect(page.getByLabel('Name of respondent 3')).toHaveValue('Cai');
  await expect(page.getByLabel('Name of respondent 2')).toHaveAccessibleDescription(
    'Answers from the file ben.json, made with version 1.0.0; 1 answer not matched.',
  );
  await respondents.getByText('One answer could not be matched to this version').click();
  await expect(
    respondents.getByText(`"retired-question" is not a question in ${questionnaire.title} ${questionnaire.version}`),
  ).toBeVisible();
  // The report made by the app has no assessor: it is named after its project.
  await expect(page.getByLabel('Name of respondent 4')).toHaveValue('Street Lens');
  await page.getByLabel('Name of respondent 4').fill('Report');

  const discuss = page.getByRole('region', { name: 'Discuss these first' }).getByRole('listitem');
  await expect(discuss).toHaveCount(2);
  await expect(discuss.first().getByRole('heading', { level: 3 })).toHaveText(`${mustHave.number} ${mustHave.text}`);
  await expect(discuss.first()).toContainText('Disagreement: Split on the minimum');
  await expect(discuss.first().getByRole('row', { name: /Cai/ })).toContainText(
    mustHave.options.find((o) => o.value === worst(mustHave))!.label,
  );
  await expect(discuss.nth(1).getByRole('heading', { level: 3 })).toHaveText(`${ordinary.number} ${ordinary.text}`);

  const scores = page.getByRole('table', { name: /Section scores by respondent/ });
  await expect(scores.getByRole('columnheader')).toHaveText(['Section', 'Ada', 'Ben', 'Cai', 'Report', 'Range']);

  await expectNoViolations(page, 'the compare page');

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the comparison (CSV)' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^quick-check-comparison-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  const rows = parseCsv(csv);
  expect(rows[0]).toEqual([
    'Section',
    'Question number',
    'Question',
    'Must-have',
    'Respondent',
    'Status',
    'Answer',
    'Share of points (%)',
    'Meets the minimum',
    'Disagreement',
  ]);
  expect(rows).toHaveLength(1 + questions.length * 4);
  const planted = rows.filter((row) => row[1] === mustHave.number);
  expect(planted.map((row) => [row[4], row[8], row[9]])).toEqual([
    ['Ada', 'Yes', expect.stringContaining('Split on the minimum')],
    ['Ben', 'Yes', expect.stringContaining('Split on the minimum')],
    ['Cai', 'No', expect.stringContaining('Split on the minimum')],
    ['Report', '', expect.stringContaining('Split on the minimum')],
  ]);
  expect(planted[3]?.[5]).toBe('Not answered');

  const [pdfDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the comparison (PDF)' }).click(),
  ]);
  const pdf = readFileSync(await pdfDownload.path());
  await pdfDownload.saveAs(testInfo.outputPath('comparison.pdf'));
  const text = pdfText(pdf).replace(/\s+/g, ' ');
  expect(text).toContain(`${questionnaire.title}, version ${questionnaire.version}`);
  expect(text).toContain(`1. Question ${mustHave.number} ${mustHave.text}`);
  expect(text).toContain('Report: from the report street-lens-report.pdf');

  for (const [width, height] of [
    [1920, 1080],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    // In screen-high slices from the top, for a person to look at (a whole page is too tall to view).
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let top = 0, slice = 1; top < Math.min(total, height * 5); top += height, slice += 1) {
      const clip = { x: 0, y: top, width, height: Math.min(height, total - top) };
      await page.screenshot({ path: testInfo.outputPath(`compare-${width}-${slice}.png`), fullPage: true, clip });
    }
    // Nothing but the score table (which scrolls inside itself) may be wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `page wider than ${width} px`).toBeLessThanOrEqual(0);
  }
  // On the phone the scores scroll sideways under the section names, which stay in view.
  const scroller = page.getByRole('region', { name: 'Section scores, side by side' });
  await scroller.scrollIntoViewIfNeeded();
  await scroller.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  const nameBox = await scores.getByRole('rowheader', { name: '2. Accountability and harm' }).boundingBox();
  const scrollerBox = await scroller.boundingBox();
  expect(nameBox?.x).toBeCloseTo(scrollerBox?.x ?? -1, 0);
  await expect(scores.getByRole('columnheader', { name: 'Range' })).toBeInViewport();
  await scroller.screenshot({ path: testInfo.outputPath('compare-390-scores-scrolled.png') });

  // What was loaded survives a reload, the new name included.
  await page.reload();
  await expect(page.getByLabel('Name of respondent 4')).toHaveValue('Report');
  await expect(page.getByRole('region', { name: 'Discuss these first' }).getByRole('listitem').first()).toContainText(mustHave.text);
});

test('a report and a saved assessment beside a file, in a browser that refuses workers: the page reads the report and makes the PDF itself', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const questionnaire = await loadQuestionnaire('quick-check');
  const report = await downloadReport(page, 'Street Lens');
  // From here on, as in a browser that allows no workers.
  await page.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
  await page.goto('./#/compare');
  // Only a new document runs the init script; going to another hash is not one.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare answers' })).toBeVisible();
  expect(await page.evaluate(() => typeof Worker)).toBe('undefined');
  await page
    .getByLabel('Answers files or Oversight reports')
    .setInputFiles([
      json('ada.json', answersFile(questionnaire, 'Ada', bestAnswers(questionnaire))),
      { name: 'street-lens-report.pdf', mimeType: 'application/pdf', buffer: report },
    ]);
  await expect(page.getByLabel('Name of respondent 2')).toHaveValue('Street Lens');
  // The assessment the report was made from is saved here: it can be picked too.
  await page.getByRole('checkbox', { name: /^Street Lens, Acme Vision Ltd/ }).check();
  await page.getByRole('button', { name: 'Add the chosen assessments' }).click();
  await expect(page.getByLabel('Name of respondent 3')).toHaveAccessibleDescription(
    'Answers the assessment “Street Lens” saved in this browser.',
  );
  await expect(page.getByText('Every saved assessment is in the comparison already.')).toBeVisible();
  // Two respondents of the same name are told apart in the tables.
  await expect(page.getByRole('table', { name: /Section scores by respondent/ }).getByRole('columnheader')).toHaveText([
    'Section',
    'Ada',
    'Street Lens',
    'Street Lens (2)',
    'Range',
  ]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the comparison (PDF)' }).click(),
  ]);
  const text = pdfText(readFileSync(await download.path())).replace(/\s+/g, ' ');
  expect(text).toContain('Street Lens: from the report street-lens-report.pdf');
  expect(text).toContain('Scores by section');
});
