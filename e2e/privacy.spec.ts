import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { loadQuestionnaire } from './support/questionnaires.ts';
import { answerSection, startAssessment } from './support/journey.ts';
import { cspOfHtml, parseCsp } from './support/csp.ts';

// Nothing a person enters may leave the browser: the whole journey runs
// against the built app, with its CSP in force, and any request to another
// origin fails the test (and is refused, so nothing leaves even then).

test('the built page’s CSP allows only the app’s own origin, with no inline script and no eval', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const policy = cspOfHtml(html);
  expect(policy, 'index.html has a CSP meta').not.toBeNull();
  const csp = parseCsp(policy ?? '');
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('style-src')).toEqual(["'self'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(csp.get('font-src')).toEqual(["'self'"]);
  expect(csp.get('worker-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(csp.get('form-action')).toEqual(["'none'"]);
  // The favicon is an empty data: image; nothing else may name another source.
  expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
  for (const [name, sources] of csp) {
    for (const source of sources) {
      expect(source, `${name} allows ${source}`).not.toMatch(
        /^(\*|https?:|wss?:|'unsafe-inline'|'unsafe-eval'|'wasm-unsafe-eval'|'unsafe-hashes'|blob:)/,
      );
    }
  }
  // Nothing inline for the CSP to have to allow.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
});

test('start, answer, results, PDF, export, import and open a report: no request leaves the app’s origin', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const elsewhere: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    elsewhere.push(url);
    return route.abort('blockedbyclient');
  });
  // Requests that bypass routing (workers, service workers) are still seen here.
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) elsewhere.push(url);
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Private matters', organisation: 'Quiet Ltd' });
  await page.getByRole('link', { name: /^1\. / }).click();
  for (const section of questionnaire.sections) {
    if (!section.visibleWhen)
      await answerSection(page, section, undefined, { 'processes-biometric-data': 'No', 'public-surveillance': 'No' });
  }
  await page.getByRole('link', { name: 'See your results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the PDF report' }).click()]);
  const reportPath = await pdf.path();
  expect(readFileSync(reportPath).subarray(0, 5).toString()).toBe('%PDF-');

  await page.getByRole('link', { name: 'Check your answers' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  const [answers] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export answers' }).click()]);
  const answersPath = await answers.path();

  await page.getByRole('link', { name: 'Oversight home' }).click();
  await page.getByLabel('Import answers').setInputFiles(answersPath);
  await expect(page.getByText(/added as a copy; the existing one is unchanged/)).toBeVisible();

  await page.getByRole('link', { name: 'Open a report' }).first().click();
  await page
    .getByLabel('Report (PDF)')
    .setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: readFileSync(reportPath) });
  const checks = page.getByRole('region', { name: 'Is this report as Oversight made it?' });
  await expect(checks.getByText('This report is exactly as Oversight made it.')).toBeVisible({ timeout: 30_000 });

  expect(elsewhere, 'requests to another origin').toEqual([]);
  expect(await violations(), 'CSP violations').toEqual([]);
});
