import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures.ts';
import {
  addAnnotation,
  appendUpdate,
  drawOver,
  editText,
  removePage,
  replaceAttachment,
  swapPages,
} from '../src/report/tamper.test-support.ts';
import { downloadReport, openReport } from './support/report-file.ts';

// One report, made once through the app, then altered in each way another
// PDF tool could alter it; "Open a report" must name what changed and where.
let report: Buffer;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  report = await downloadReport(page, 'Street Lens');
  await page.close();
});

const checks = (page: Page) => page.getByRole('region', { name: 'Is this report as Oversight made it?' });

async function expectAltered(page: Page, ...details: Array<string | RegExp>): Promise<void> {
  await expect(checks(page).getByText('This report was altered after Oversight made it.')).toBeVisible({ timeout: 20_000 });
  for (const detail of details) await expect(checks(page).getByText(detail).first()).toBeVisible();
}

test('an untouched report is accepted on all three counts', async ({ page }) => {
  await openReport(page, report);
  await expect(checks(page).getByText('This report is exactly as Oversight made it.')).toBeVisible({ timeout: 20_000 });
  await expect(checks(page).getByText('The answers inside: Passed.')).toBeVisible();
  await expect(checks(page).getByText('The pages: Passed.')).toBeVisible();
  await expect(checks(page).getByText('The file: Passed.')).toBeVisible();
  await expect(checks(page).getByText('This report is not signed: nothing says which organisation issued it.')).toBeVisible();
});

test('text edited in a page’s content stream', async ({ page }) => {
  await openReport(page, await editText(report, 2));
  await expectAltered(page, 'Page 2: its text was changed.', 'The pages: Failed.');
});

test('a box drawn over the score', async ({ page }) => {
  await openReport(page, await drawOver(report, 2, { x: 56, y: 660, width: 300, height: 80 }));
  await expectAltered(page, /^Page 2: something was drawn or written over it/);
});

test('an annotation added', async ({ page }) => {
  await openReport(page, await addAnnotation(report, 3));
  await expectAltered(page, 'Page 3: an annotation was added (FreeText).');
});

test('a page removed', async ({ page }) => {
  await openReport(page, await removePage(report, 3));
  await expectAltered(page, 'Page 3 of the report as Oversight made it is missing.');
});

test('pages reordered', async ({ page }) => {
  await openReport(page, await swapPages(report, 2, 3));
  await expectAltered(page, 'Page 3 is out of order: it is page 2 of the report as Oversight made it.');
});

test('the attached answers changed', async ({ page }) => {
  const changed = await replaceAttachment(report, '.json', (text) =>
    text.replace('"organisation": "Acme Vision Ltd"', '"organisation": "Another Ltd"'),
  );
  await openReport(page, changed);
  await expectAltered(page, 'The answers inside: Failed.', 'Page 1: its text was changed.');
});

test('an update appended to the file', async ({ page }) => {
  await openReport(page, await appendUpdate(report));
  await expectAltered(
    page,
    'The file: Failed.',
    'An update was appended to the file after it was made (an edit saved by another program).',
  );
});

test('a report signed with the organisation’s key is accepted, with who signed it and when', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Open a report' }).first().click();
  await page.getByLabel('Organisation name').fill('Acme Vision Ltd');
  await page.getByRole('button', { name: 'Create a signing key' }).click();
  const [keyDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the public key' }).click(),
  ]);
  const publicKey = readFileSync(await keyDownload.path());
  expect(JSON.parse(publicKey.toString())).toMatchObject({ format: 'oversight-public-key', organisation: 'Acme Vision Ltd' });

  const signed = await downloadReport(page, 'Signed Lens');
  await openReport(page, signed, publicKey);
  await expect(checks(page).getByText('This report is exactly as Oversight made it.')).toBeVisible({ timeout: 20_000 });
  await expect(checks(page).getByText(/Signature: Signed by Acme Vision Ltd on \d+ \w+ 20\d\d/)).toBeVisible();

  // The same report checked with the key of another organisation is not said to be signed by it.
  await page.getByRole('button', { name: 'Delete the signing key' }).click();
  await page.getByRole('button', { name: 'Yes, delete the signing key' }).click();
  await page.getByLabel('Organisation name').fill('Someone Else');
  await page.getByRole('button', { name: 'Create a signing key' }).click();
  const [otherDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the public key' }).click(),
  ]);
  await openReport(page, signed, readFileSync(await otherDownload.path()));
  await expect(checks(page).getByText(/Signature: This report was not signed with the key you loaded \(“Someone Else”\)/)).toBeVisible({
    timeout: 20_000,
  });
});
