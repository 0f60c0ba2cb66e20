import { expect, test } from './fixtures.ts';

// A part of the app that does not arrive (network cut, a new version
// published while the tab was open) must leave a message and a way back,
// never a blank page or a page that waits for ever.

test('a screen whose code fails to load shows a message with Reload and Home', async ({ page }) => {
  await page.route(/\/assets\/open-report-page-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('./');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your assessments' }).or(page.getByRole('heading', { level: 1 }).first()),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Open a report' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeVisible();
  await expect(page.getByText('Your saved answers are not affected')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  // The header and footer are still there: the page is not blank.
  await expect(page.getByRole('link', { name: 'Oversight home' })).toBeVisible();

  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Start an assessment with / }).first()).toBeVisible();

  // Once the network is back, the same link works without a reload.
  await page.unroute(/\/assets\/open-report-page-[^/]+\.js$/);
  await page.getByRole('link', { name: 'Open a report' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open a report' })).toBeVisible();
});

test('a screen that fails on first load of the address shows the message too, and Reload recovers', async ({ page }) => {
  let block = true;
  await page.route(/\/assets\/open-report-page-[^/]+\.js$/, (route) => (block ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('./#/open-report');
  await expect(page.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeVisible();
  block = false;
  await page.getByRole('button', { name: 'Reload the page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open a report' })).toBeVisible();
});

test('Open a report ends in a message when the file is not a report', async ({ page }) => {
  await page.goto('./#/open-report');
  await page
    .getByLabel('Report (PDF)')
    .setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a PDF at all') });
  await expect(page.getByRole('alert').filter({ hasText: '“notes.pdf” could not be opened' })).toBeVisible();
  await expect(page.getByText('Reading “notes.pdf”…')).toHaveCount(0);
});

test('Open a report ends in a message when its reader cannot load', async ({ page }) => {
  await page.route(/\/assets\/read-report-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('./#/open-report');
  await page
    .getByLabel('Report (PDF)')
    .setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
  const message = page.getByRole('alert').filter({ hasText: '“report.pdf” could not be opened' });
  await expect(message).toBeVisible();
  await expect(message).toContainText('reload the page and try again');
  await expect(page.getByText('Reading “report.pdf”…')).toHaveCount(0);
});

test('a large junk file that starts like a PDF is read without freezing the page', async ({ page }) => {
  await page.goto('./#/open-report');
  await expect(page.getByRole('heading', { level: 1, name: 'Open a report' })).toBeVisible();
  // A heartbeat on the page's thread: a parse done there would stop it for seconds.
  await page.evaluate(() => {
    const gaps: number[] = [];
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 50);
    (window as unknown as { heartbeatGaps: number[] }).heartbeatGaps = gaps;
  });
  const junk = Buffer.alloc(9.5 * 1024 * 1024);
  junk.write('%PDF-1.7\n');
  for (let index = 9; index < junk.length; index += 1) junk[index] = (index * 7919) % 251;
  await page.getByLabel('Report (PDF)').setInputFiles({ name: 'junk.pdf', mimeType: 'application/pdf', buffer: junk });
  await expect(page.getByRole('alert').filter({ hasText: '“junk.pdf” could not be opened' })).toBeVisible({ timeout: 60_000 });
  const longest = await page.evaluate(() => Math.max(...(window as unknown as { heartbeatGaps: number[] }).heartbeatGaps));
  // Read on the page, this file stopped it for about 10 s; a busy test machine adds pauses of its own.
  expect(longest, 'the longest pause of the page while the file was read, in ms').toBeLessThan(2500);
});
