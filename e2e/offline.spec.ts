import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures.ts';
import { loadQuestionnaire } from './support/questionnaires.ts';
import { answerSection, startAssessment } from './support/journey.ts';

const SERVICE_WORKER = 'dist/sw.js';

// Only this spec lets the service worker run (see playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** Resolves once a service worker is active and controls the page, its precache complete. */
async function serviceWorkerInControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The first visit is not controlled until the next load; afterwards it is.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('after one visit the app reloads with the network cut, keeps its data and still makes a PDF', async ({ page, context }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Works offline' });
  await page.getByRole('link', { name: /^1\. / }).click();
  await answerSection(page, questionnaire.sections[0]!);
  await page.getByRole('link', { name: 'Back to the task list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Works offline' })).toBeVisible();
  await serviceWorkerInControl(page);

  await context.setOffline(true);
  // Prove the network is really gone: a request that bypasses the cache fails.
  expect(
    await page.evaluate(() =>
      fetch(`./index.html?nocache=${Date.now()}`, { cache: 'no-store' }).then(
        () => 'reached',
        () => 'failed',
      ),
    ),
  ).toBe('failed');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Works offline' })).toBeVisible();
  const first = questionnaire.sections[0]!;
  await expect(page.getByRole('link', { name: `${first.number}. ${first.title}` })).toBeVisible();
  await expect(page.getByText(/You have completed 1 of \d+ sections/)).toBeVisible();

  // Every screen's code comes from the cache, the report worker, its libraries and fonts too.
  await page.getByRole('link', { name: 'Check your answers' }).first().click();
  await page.getByRole('link', { name: 'See your results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the PDF report' }).click(),
  ]);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);

  // A fresh tab, offline from the start, opens the app too.
  const other = await context.newPage();
  await other.goto('./');
  await expect(
    other.getByRole('table', { name: 'Assessments saved in this browser' }).getByRole('link', { name: 'Works offline (open)' }),
  ).toBeVisible();
  await context.setOffline(false);
});

test('a new version waiting is offered with a Reload button that works by keyboard', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await serviceWorkerInControl(page);
  await expect(page.getByRole('region', { name: 'New version' })).toHaveCount(0);

  // "Deploy" a new version: the served service worker changes by a byte.
  // (The browser fetches a service worker's script itself, past any route,
  // so the built file is changed for a moment and then put back.)
  const original = readFileSync(SERVICE_WORKER, 'utf8');
  try {
    writeFileSync(SERVICE_WORKER, `${original}\n// a new version\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
  } finally {
    writeFileSync(SERVICE_WORKER, original);
  }

  const prompt = page.getByRole('region', { name: 'New version' });
  await expect(prompt.getByText('A new version is ready.')).toBeVisible({ timeout: 20_000 });
  const reload = prompt.getByRole('button', { name: 'Reload' });
  await reload.focus();
  const navigated = page.waitForEvent('load');
  await page.keyboard.press('Enter');
  await navigated;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'New version' })).toHaveCount(0);
});
