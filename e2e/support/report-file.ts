import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { loadQuestionnaire } from './questionnaires.ts';
import { startAssessment } from './journey.ts';

/** Starts a quick check, goes to its results and downloads the PDF report: its bytes. */
export async function downloadReport(page: Page, project: string): Promise<Buffer> {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project, organisation: 'Acme Vision Ltd' });
  await page.goto(page.url().replace(/#\/assessments\/([^/]+).*$/, '#/assessments/$1/results'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the PDF report' }).click(),
  ]);
  return readFileSync(await download.path());
}

/** Opens the "Open a report" page from home and chooses a report file. */
export async function openReport(page: Page, bytes: Uint8Array, publicKey?: Buffer): Promise<void> {
  await page.goto('./');
  await page.getByRole('link', { name: 'Open a report' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open a report' })).toBeVisible();
  if (publicKey) {
    await page
      .getByLabel('Public key file of the issuing organisation (optional)')
      .setInputFiles({ name: 'public-key.json', mimeType: 'application/json', buffer: publicKey });
  }
  await page.getByLabel('Report (PDF)').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
}
