import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures.ts';
import { expectNoViolations } from './support/axe.ts';
import { answerSection } from './support/journey.ts';
import { loadQuestionnaireFile } from '../scripts/load-questionnaire-file.ts';
import { formatIssue, parseQuestionnaireBytes } from '../src/questionnaire/parse-questionnaire-yaml.ts';

// Questionnaires a facilitator brings: kept out of e2e/questions, which the
// test build bundles, so the app meets them only as a person's files.
const FOLDER = 'e2e/questions-custom';
const fileOf = (name: string) => `${FOLDER}/${name}`;

/** What `npm run questions:check` prints for a file, line by line. */
async function checkerLines(name: string): Promise<string[]> {
  const result = await parseQuestionnaireBytes(readFileSync(fileOf(name)));
  if (result.ok) throw new Error(`${name} was meant to be invalid`);
  return result.issues.map((issue) => formatIssue(name, issue));
}

async function storedState(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key) ?? ''])));
}

async function loadFile(page: Page, name: string) {
  await page.getByLabel('Load a questionnaire file').setInputFiles(fileOf(name));
}

const yours = (page: Page) => page.getByRole('list', { name: 'Your questionnaires' });

async function startOn(page: Page, title: string, version: string, project: string) {
  await page.getByRole('link', { name: `Start an assessment with ${title} version ${version}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About this assessment' })).toBeVisible();
  await page.getByLabel('Project or product name').fill(project);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: project })).toBeVisible();
}

test('a questionnaire loaded from a file carries an assessment through to its results', async ({ page }) => {
  const questionnaire = await loadQuestionnaireFile(fileOf('team-check.yaml'));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 2, name: 'Your questionnaires' })).toBeVisible();
  await expectNoViolations(page, 'the home page with no questionnaire of your own');

  await loadFile(page, 'team-check.yaml');
  await expect(page.getByText('Loaded “Team readiness check” version 1.0.0.')).toBeVisible();
  const card = yours(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Team readiness check' }) });
  await expect(card.getByRole('definition').filter({ hasText: /^1\.0\.0$/ })).toBeVisible();
  await expect(card.getByRole('definition').filter({ hasText: '3 in 1 section' })).toBeVisible();
  await expectNoViolations(page, 'the home page with a questionnaire loaded');

  // Kept across a reload, and previewed on the same page as a bundled one.
  await page.reload();
  await page.getByRole('link', { name: 'Preview Team readiness check version 1.0.0' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team readiness check' })).toBeVisible();
  await expect(page.getByText('Preview · version 1.0.0')).toBeVisible();
  await expect(page.getByRole('heading', { name: '1.2 Has the team been trained to spot misuse?' })).toBeVisible();
  await expectNoViolations(page, 'the preview of a loaded questionnaire');
  await page.getByRole('link', { name: 'All questionnaires' }).click();

  await startOn(page, 'Team readiness check', '1.0.0', 'Workshop pilot');
  await page.getByRole('link', { name: /^1\. People/ }).click();
  for (const section of questionnaire.sections) await answerSection(page, section);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await page.getByRole('link', { name: 'See your results' }).click();
  const verdict = page.getByRole('region', { name: 'Overall result' });
  await expect(verdict.getByText('Ready', { exact: true })).toBeVisible();
  await expect(verdict.getByText('100', { exact: true })).toBeVisible();
  // The assessment records what it was made on, by id, version and content.
  const stored = await storedState(page);
  const saved = Object.entries(stored).find(([key]) => key.startsWith('oversight:v1:assessment:'))?.[1] ?? '';
  expect(JSON.parse(saved).assessment.questionnaire).toEqual({
    id: 'team-check',
    version: '1.0.0',
    contentHash: questionnaire.contentHash,
    title: 'Team readiness check',
  });
});

test('a file with mistakes shows every problem, with its line, and changes nothing stored', async ({ page }) => {
  await page.goto('./');
  await loadFile(page, 'team-check.yaml');
  await expect(page.getByText('Loaded “Team readiness check” version 1.0.0.')).toBeVisible();
  const before = await storedState(page);
  expect(Object.keys(before).some((key) => key.startsWith('oversight:v1:questionnaire:'))).toBe(true);

  for (const name of ['malformed.yaml', 'broken-yaml.yaml']) {
    const expected = await checkerLines(name);
    await loadFile(page, name);
    const problems = page
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { name: new RegExp(`^“${name}” could not be loaded`) }) });
    await expect(problems).toBeFocused();
    // The very lines `npm run questions:check` prints, all of them, in order.
    await expect(problems.getByRole('listitem')).toHaveText(expected);
    await expect(problems.getByText('Nothing was saved: your questionnaires and assessments are as they were.')).toBeVisible();
    await expectNoViolations(page, `the problems in ${name}`);
  }
  expect(await checkerLines('malformed.yaml')).toHaveLength(5);
  expect(await checkerLines('broken-yaml.yaml')).toEqual([
    'broken-yaml.yaml:4: (root): invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ]);
  expect(await storedState(page)).toEqual(before);
});

test('a link on this site loads a questionnaire; a link to another site is refused, and nothing is fetched from it', async ({
  page,
  baseURL,
}) => {
  const text = readFileSync(fileOf('team-check.yaml'), 'utf8');
  await page.route('**/workshop/team-check.yaml', (route) => route.fulfill({ status: 200, contentType: 'application/yaml', body: text }));
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL ?? '').origin) elsewhere.push(request.url());
  });

  await page.goto('./?questionnaire=workshop/team-check.yaml');
  await expect(page.getByText('Loaded “Team readiness check” version 1.0.0.')).toBeVisible();
  await expect(yours(page).getByRole('heading', { name: 'Team readiness check' })).toBeVisible();
  // The link is taken off the address, so a reload does not load it again.
  expect(new URL(page.url()).search).toBe('');

  await page.goto('./?questionnaire=https://files.example.org/team-check.yaml');
  const refusal = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(refusal).toBeFocused();
  await expect(refusal).toContainText(
    `Oversight loads a questionnaire from a link only when it is on its own site (${new URL(baseURL ?? '').origin}). This link points to https://files.example.org, so nothing was fetched`,
  );
  await expectNoViolations(page, 'a refused link');
  expect(elsewhere).toEqual([]);
});

test('a file dropped on the page is loaded', async ({ page }) => {
  await page.goto('./');
  const text = readFileSync(fileOf('team-check.yaml'), 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'team-check.yaml', { type: 'application/yaml' }));
    return transfer;
  }, text);
  await page.dispatchEvent('main h1', 'dragover', { dataTransfer });
  await page.dispatchEvent('main h1', 'drop', { dataTransfer });
  await expect(page.getByText('Loaded “Team readiness check” version 1.0.0.')).toBeVisible();
  await expect(yours(page).getByRole('heading', { name: 'Team readiness check' })).toBeVisible();
});

test('a removed questionnaire leaves its assessment working, with a notice saying so', async ({ page }) => {
  await page.goto('./');
  await loadFile(page, 'team-check.yaml');
  await startOn(page, 'Team readiness check', '1.0.0', 'Kept assessment');
  await page.getByRole('link', { name: 'Oversight home' }).click();

  await yours(page).getByRole('button', { name: 'Remove Team readiness check version 1.0.0' }).click();
  await expect(page.getByText('1 assessment uses it: it keeps working')).toBeVisible();
  await expectNoViolations(page, 'the question before removing');
  await page.getByRole('button', { name: 'Remove Team readiness check', exact: true }).click();
  await expect(page.getByText('Removed “Team readiness check” version 1.0.0. 1 assessment still uses it and keeps working.')).toBeVisible();
  await expect(yours(page)).toHaveCount(0);

  await page.getByRole('link', { name: 'Kept assessment (open)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kept assessment' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Its questionnaire was removed from your questionnaires' })).toBeVisible();
  await page.getByRole('link', { name: /^1\. People/ }).click();
  await page
    .getByRole('group', { name: /^1\.1 Is one named person accountable/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { name: 'Its questionnaire was removed from your questionnaires' })).toBeVisible();
  await expectNoViolations(page, 'an assessment whose questionnaire was removed');

  // An old link to start on it says it was removed, rather than starting on it.
  await page.goto('./#/start/team-check/1.0.0');
  await expect(page.getByRole('heading', { level: 1, name: 'This questionnaire was removed' })).toBeVisible();

  // Loading the file again puts it back, and the notice goes.
  await page.goto('./');
  await loadFile(page, 'team-check.yaml');
  await expect(page.getByText('“Team readiness check” version 1.0.0 is back in your questionnaires.')).toBeVisible();
});

test('a new version is kept beside the old, and moving assessments to it lists what changes first', async ({ page }) => {
  await page.goto('./');
  await loadFile(page, 'team-check.yaml');
  await startOn(page, 'Team readiness check', '1.0.0', 'Moving assessment');
  await page.getByRole('link', { name: /^1\. People/ }).click();
  const group = (name: RegExp) => page.getByRole('group', { name });
  await group(/^1\.1 /)
    .getByRole('radio', { name: 'Yes' })
    .check();
  await group(/^1\.2 /)
    .getByRole('radio', { name: 'Some of the team' })
    .check();
  await group(/^1\.3 /)
    .getByRole('radio', { name: 'Partly' })
    .check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('link', { name: 'Oversight home' }).click();

  await loadFile(page, 'team-check-2.yaml');
  await expect(page.getByText('Loaded “Team readiness check” version 2.0.0.')).toBeVisible();
  await expect(yours(page).getByRole('heading', { name: 'Team readiness check' })).toHaveCount(2);
  const offer = page.getByRole('region', { name: '1 assessment uses version 1.0.0 of “Team readiness check”; version 2.0.0 is loaded' });
  await expect(offer.getByRole('listitem').filter({ hasText: 'The paper complaints log question was removed.' })).toBeVisible();
  await expect(offer.getByText('A new question asks who can switch the product off.')).toBeVisible();
  await expect(offer.getByText('Question 1.2 no longer offers "some", so that choice was removed.')).toBeVisible();
  await expect(offer.getByText('"retired" is not a question in Team readiness check 2.0.0, so its answer was left out.')).toBeVisible();
  await expect(offer.getByText('To answer: 1.3 Can a named person switch the product off within an hour?')).toBeVisible();
  await expectNoViolations(page, 'the offer to move assessments');

  await offer.getByRole('button', { name: 'Move 1 assessment to version 2.0.0' }).click();
  await expect(page.getByText('Moved 1 assessment to version 2.0.0 of “Team readiness check”.')).toBeVisible();
  await expect(page.getByRole('region', { name: /assessment uses version 1\.0\.0/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Moving assessment (open)' }).click();
  await expect(
    page.getByRole('heading', { name: 'This assessment now uses version 2.0.0 of the questionnaire (it was started on 1.0.0)' }),
  ).toBeVisible();
  await expect(page.getByText('The paper complaints log question was removed.')).toBeVisible();
  await expectNoViolations(page, 'a moved assessment');
});

test('an editable copy and the template download as files that load as they are', async ({ page }, testInfo) => {
  await page.goto('./');
  const cases: [string, string, string][] = [
    [
      'Download an editable copy of Quick pre-launch check',
      'quick-check-copy.yaml',
      'Loaded “Quick pre-launch check (copy)” version 2.0.0.',
    ],
    ['Download a blank template', 'my-questionnaire.yaml', 'Loaded “My questionnaire” version 1.0.0.'],
  ];
  for (const [button, fileName, loaded] of cases) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    expect(download.suggestedFilename()).toBe(fileName);
    const path = testInfo.outputPath(fileName);
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^# /);
    expect(text).toContain('# A stable identifier: lowercase letters, digits and hyphens');
    // What the command says of the file, the page says too: it loads as it is.
    const checked = await parseQuestionnaireBytes(readFileSync(path));
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    await page.getByLabel('Load a questionnaire file').setInputFiles(path);
    await expect(page.getByText(loaded)).toBeVisible();
  }
  await expect(yours(page).getByRole('heading', { name: 'Quick pre-launch check (copy)' })).toBeVisible();
  await expect(yours(page).getByRole('heading', { name: 'My questionnaire' })).toBeVisible();
});
