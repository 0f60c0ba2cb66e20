import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from './fixtures.ts';
import { expectNoViolations } from './support/axe.ts';
import { findQuestion, loadQuestionnaire } from './support/questionnaires.ts';
import { startAssessment } from './support/journey.ts';

const shots = process.env.WORKSHOP_SCREENSHOTS;
async function screenshot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

// pdftotext joins a word broken at a hyphen without it: compare without white space or hyphens.
const squashed = (text: string) => text.replace(/[\s-]+/g, '');

const heading = (page: Page, number: string) =>
  page.getByRole('heading', { level: 1, name: new RegExp(`^${number.replace('.', '\\.')} `) });

test('a workshop answers a whole section by keyboard alone, saves it as an ordinary assessment, and keeps its place on reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const questionnaire = await loadQuestionnaire('quick-check');
  const [deployer, biometric, mode, publicSpace] = [
    'deployer-type',
    'processes-biometric-data',
    'biometric-mode',
    'public-surveillance',
  ].map((id) => findQuestion(questionnaire, id));
  const firstOfNext = questionnaire.sections[1]!.questions[0]!;
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Shop door pilot' });
  await page.getByRole('link', { name: 'Run as a workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Run the room' })).toBeVisible();
  await screenshot(page, 'start');
  await expectNoViolations(page, 'the workshop start');

  // From here on, only the keyboard.
  await page.keyboard.press('ArrowRight');
  await expect(heading(page, deployer!.number)).toBeFocused();
  await expect(page.getByText(`Section 1 of 4: ${questionnaire.sections[0]!.title}`)).toBeVisible();
  await expect(page.getByText('· Question 1 of 3')).toBeVisible();
  await page.keyboard.press('2');
  const company = page.getByRole('radio', { name: deployer!.options[1]!.label });
  await expect(company).toBeChecked();
  await page.keyboard.press('n');
  const notes = page.getByRole('textbox', { name: /^Notes/ });
  await expect(notes).toBeFocused();
  // Digits and arrows typed in a field are text, not choices or moves.
  await page.keyboard.type('Runs 24 hours in 3 shops');
  await page.keyboard.press('ArrowLeft');
  await expect(notes).toHaveValue('Runs 24 hours in 3 shops');
  await expect(company).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(heading(page, deployer!.number)).toBeFocused();

  // The presenter notes, on this screen: P shows and hides them.
  await page.keyboard.press('p');
  const notesPanel = page.getByRole('complementary', { name: 'Presenter notes' });
  await expect(notesPanel).toContainText(deployer!.help!.replace(/\*/g, '').slice(0, 60));
  await expect(page.getByRole('button', { name: /Hide presenter notes/ })).toHaveAttribute('aria-expanded', 'true');
  await page.setViewportSize({ width: 1920, height: 1080 });
  // Large enough to read from the back of a room: the question at least 48 px, its answers at least 30 px.
  const size = (locator: ReturnType<Page['getByRole']>) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(await size(heading(page, deployer!.number))).toBeGreaterThanOrEqual(48);
  expect(await size(page.getByText(deployer!.options[0]!.label))).toBeGreaterThanOrEqual(30);
  await screenshot(page, 'question-1920');
  await expectNoViolations(page, 'a workshop question with its notes');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'question-390');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'no sideways scrolling at 390 px').toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.keyboard.press('p');
  await expect(notesPanel).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await expect(heading(page, biometric!.number)).toBeFocused();
  // "Yes" brings in the follow-up question: the count grows to 4.
  await page.keyboard.press('1');
  await expect(page.getByText('· Question 2 of 4')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(heading(page, mode!.number)).toBeFocused();
  await page.keyboard.press('2');
  await expect(page.getByRole('radio', { name: mode!.options[1]!.label })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(heading(page, publicSpace!.number)).toBeFocused();
  await page.keyboard.press('2');
  await page.keyboard.press('ArrowLeft');
  await expect(heading(page, mode!.number)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(heading(page, firstOfNext.number)).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`#/assessments/[^/]+/workshop/${questionnaire.sections[1]!.id}/${firstOfNext.id}$`));

  await page.reload();
  await expect(heading(page, firstOfNext.number)).toBeVisible();
  await expect(page.getByText(`Section 2 of 5: ${questionnaire.sections[1]!.title}`)).toBeVisible();

  // An ordinary assessment: the task list and Check your answers show what the room decided.
  await page.goto(page.url().replace(/\/workshop\/.*$/, ''));
  await expect(page.getByRole('link', { name: `1. ${questionnaire.sections[0]!.title}` })).toBeVisible();
  await expect(page.locator(`#task-section-${questionnaire.sections[0]!.id}-status`)).toHaveText('Completed');
  await page.getByRole('link', { name: 'Check your answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText(deployer!.options[1]!.label);
  await expect(main).toContainText('Runs 24 hours in 3 shops');
  await expect(main).toContainText(mode!.options[1]!.label);
});

test('the presenter window follows the workshop screen', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  const [first, second] = questionnaire.sections[0]!.questions;
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Presenter' });
  await page.getByRole('link', { name: 'Run as a workshop' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(heading(page, first!.number)).toBeFocused();
  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Open the presenter window' }).click(),
  ]);
  await expect(presenter.getByRole('heading', { level: 2, name: `${first!.number} ${first!.text}` })).toBeVisible();
  await expect(presenter.getByRole('region', { name: 'Notes for this question' })).toContainText(
    first!.help!.replace(/\*/g, '').slice(0, 60),
  );
  await expect(presenter.getByText(`Next: ${second!.number} ${second!.text}`)).toBeVisible();
  await expectNoViolations(presenter, 'the presenter window');
  await screenshot(presenter, 'presenter');

  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(heading(page, second!.number)).toBeFocused();
  await expect(presenter.getByRole('heading', { level: 2, name: `${second!.number} ${second!.text}` })).toBeVisible();
  await expect(presenter.getByRole('region', { name: 'Notes for this question' })).toContainText(
    second!.help!.replace(/\*/g, '').slice(0, 60),
  );
  // The presenter window only reads: the workshop screen never sees "changed in another tab".
  await expect(page.getByRole('heading', { name: 'This assessment was changed in another tab or window' })).toHaveCount(0);
});

test('the end of a workshop leads to the answers and back, and the section timer starts, pauses and resets', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'End' });
  await page.goto(page.url().replace(/#\/assessments\/([^/]+).*$/, '#/assessments/$1/workshop/finished'));
  await expect(page.getByRole('heading', { level: 1, name: 'That was the last question' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Check your answers' })).toBeVisible();
  await expectNoViolations(page, 'the end of the workshop');
  // Back from the end with the left arrow: the last question shown.
  const last = questionnaire.sections
    .filter((section) => !section.visibleWhen)
    .at(-1)!
    .questions.at(-1)!;
  await page.keyboard.press('ArrowLeft');
  await expect(heading(page, last.number)).toBeFocused();
  // The section timer: shown, started and paused by T or its button, and reset.
  const timer = page.getByRole('group', { name: 'Section timer' });
  await page.keyboard.press('t');
  await expect(timer.getByRole('button', { name: /^Pause timer/ })).toBeVisible();
  await expect(timer).toContainText(/Section time 0:0[1-9]/, { timeout: 5000 });
  await timer.getByRole('button', { name: /^Pause timer/ }).click();
  await expect(timer).toContainText('(paused)');
  await timer.getByRole('button', { name: 'Reset timer' }).click();
  await expect(timer).toContainText('Section time 0:00');
  await expect(timer.getByRole('button', { name: /^Start timer/ })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'end-390');
});

test('a blank questionnaire downloads from the preview page as a PDF holding every question and option', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  await page.goto(`./#/questionnaires/${questionnaire.id}`);
  await expect(page.getByRole('heading', { level: 1, name: questionnaire.title })).toBeVisible();
  // Chromium here speaks en-US, so Letter is chosen at first: A4 shows the choice is honoured.
  await expect(page.getByRole('radio', { name: 'US Letter' })).toBeChecked();
  await page.getByRole('radio', { name: 'A4' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a blank questionnaire (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${questionnaire.id}-${questionnaire.version}-blank.pdf`);
  await expect(page.getByRole('status').filter({ hasText: 'Blank questionnaire ready' })).toBeVisible();
  const text = squashed(pdfText((await download.path())!));
  const questions = questionnaire.sections.flatMap((section) => section.questions);
  const missing = questions
    .flatMap((question) => [question.text, ...question.options.map((option) => option.label)])
    .filter((piece) => !text.includes(squashed(piece)));
  expect(missing).toEqual([]);
  const info = execFileSync('pdfinfo', [(await download.path())!], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
});

test('a blank questionnaire that cannot be made says so', async ({ page, context }) => {
  // The fonts cannot be fetched: neither the worker nor the page can draw the PDF.
  await context.route(/\.ttf(\?|$)/, (route) => route.abort());
  await page.goto('./#/questionnaires/quick-check');
  await page.getByRole('button', { name: 'Download a blank questionnaire (PDF)' }).click();
  await expect(page.getByRole('alert')).toContainText('The blank questionnaire could not be made');
});

test('number keys tick and untick a pick-many question with an exclusive option, and 0 and R give "Not applicable" its reason', async ({
  page,
}) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const many = findQuestion(questionnaire, 'prohibited-practices');
  const exclusive = many.options.findIndex((option) => option.exclusive);
  expect(exclusive).toBeGreaterThanOrEqual(2);
  expect(exclusive).toBeLessThan(9);
  const always = (id: string) => !questionnaire.sections.find((section) => section.id === id)?.visibleWhen;
  const notApplicable = questionnaire.sections
    .flatMap((section) => section.questions)
    .find((question) => question.notApplicable && !question.visibleWhen && always(question.sectionId))!;
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Keys' });
  const workshop = page.url().replace(/#\/assessments\/([^/]+).*$/, '#/assessments/$1/workshop');

  await page.goto(`${workshop}/${many.sectionId}/${many.id}`);
  await expect(heading(page, many.number)).toBeFocused();
  const box = (index: number) => page.getByRole('checkbox', { name: many.options[index]!.label, exact: true });
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect(box(0)).toBeChecked();
  await expect(box(1)).toBeChecked();
  await page.keyboard.press('1');
  await expect(box(0)).not.toBeChecked();
  await expect(box(1)).toBeChecked();
  await page.keyboard.press(String(exclusive + 1));
  await expect(box(exclusive)).toBeChecked();
  await expect(box(1)).not.toBeChecked();
  await page.keyboard.press('2');
  await expect(box(exclusive)).not.toBeChecked();
  await expect(box(1)).toBeChecked();
  await screenshot(page, 'many-1280');
  await expectNoViolations(page, 'a pick-many question');

  await page.goto(`${workshop}/${notApplicable.sectionId}/${notApplicable.id}`);
  await expect(heading(page, notApplicable.number)).toBeFocused();
  await page.keyboard.press('0');
  await expect(page.getByRole('checkbox', { name: 'Not applicable to this product' })).toBeChecked();
  await expect(page.getByText(`Explain why question ${notApplicable.number} does not apply.`)).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByRole('textbox', { name: /^Why does this not apply\?/ })).toBeFocused();
  await page.keyboard.type('We run no such service.');
  await page.keyboard.press('Escape');
  await expect(page.getByText(`Explain why question ${notApplicable.number} does not apply.`)).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(heading(page, notApplicable.number)).toHaveCount(0);

  await page.goto(workshop.replace(/\/workshop$/, '/check'));
  const main = page.getByRole('main');
  await expect(main).toContainText('We run no such service.');
  await expect(main).toContainText(many.options[1]!.label);
});

test('when the browser refuses the report worker, the blank questionnaire is made on the page itself', async ({ page }) => {
  const refused: string[] = [];
  await page.route(/report-worker-[^/]*\.js$/, (route) => {
    refused.push(route.request().url());
    return route.abort();
  });
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'No worker' });
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'tasks-390');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a blank questionnaire (PDF)' }).click(),
  ]);
  expect(refused.length, 'the worker was asked for, and refused').toBeGreaterThan(0);
  expect(download.suggestedFilename()).toBe(`${questionnaire.id}-${questionnaire.version}-blank.pdf`);
  expect(squashed(pdfText((await download.path())!))).toContain(squashed(questionnaire.sections[0]!.questions[0]!.text));
});

test('answers past the ninth are reached with the up and down arrows and chosen with Space', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const question = findQuestion(questionnaire, 'prohibited-practices')!;
  expect(question.options.length).toBeGreaterThan(9);
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Ten answers' });
  const assessmentId = /#\/assessments\/([^/]+)/.exec(page.url())?.[1] ?? '';
  await page.goto(`./#/assessments/${assessmentId}/workshop/${question.sectionId}/${question.id}`);
  await expect(heading(page, question.number)).toBeFocused();

  const last = question.options.at(-1)!;
  const lastBox = page.getByRole('checkbox', { name: last.label });
  // From the heading, up goes round to the last answer; Space ticks it.
  await page.keyboard.press('ArrowUp');
  await expect(lastBox).toBeFocused();
  await page.keyboard.press('Space');
  await expect(lastBox).toBeChecked();
  // Down goes round again to the first, which the ticked one has not changed.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('checkbox', { name: question.options[0]!.label })).toBeFocused();
  await expect(page.getByRole('checkbox', { name: question.options[0]!.label })).not.toBeChecked();
  await expectNoViolations(page, 'a workshop question with ten answers');
});
