import { copyFileSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from '@playwright/test';
import type { Assessment } from '../src/storage/assessment.ts';
import { hrefFor } from '../src/config/routes.ts';
import { seedScript } from './seed-assessment.ts';

export const REPORT_BUTTON = 'Download the PDF report';
export const REPORT_MEASURE = 'oversight:report';

export type ReportRun =
  | {
      available: true;
      /** Duration of the app's `oversight:report` measure (building the PDF bytes); null if the app recorded none. */
      measureMs: number | null;
      /** Wall time in Node from the click to the download starting. */
      clickToDownloadMs: number;
      pdfBytes: number;
      /** The same button clicked again in the same page: code and fonts already loaded, only the drawing left. */
      againMs: number | null;
      /** The longest task on the page's main thread from the first click to the PDF being ready: how long the page could not respond. */
      longestTaskMs: number;
    }
  | { available: false; reason: string };

/**
 * Browser code run before the page's own: keeps every long task (50 ms or
 * more on the main thread) that the Long Tasks API reports.
 */
export const LONG_TASK_WATCH = `(() => {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** The duration of the app's `count`-th report measure, or null if it recorded none. */
async function nthMeasure(page: Page, count: number): Promise<number | null> {
  // The app may record its measure just after the download starts.
  await page
    .waitForFunction(
      ([name, wanted]) => performance.getEntriesByName(name as string).length >= (wanted as number),
      [REPORT_MEASURE, count],
      {
        timeout: 5_000,
      },
    )
    .catch(() => undefined);
  return (await page.evaluate(
    `(() => { const entries = performance.getEntriesByName(${JSON.stringify(REPORT_MEASURE)}); return entries.length >= ${count} ? entries[${count - 1}].duration : null; })()`,
  )) as number | null;
}

/**
 * Opens the results page of a fully answered assessment in a fresh context,
 * clicks the report button and waits for the download. `keepAs`, when given,
 * receives a copy of the PDF.
 */
export async function measureReportInBrowser(
  browser: Browser,
  baseUrl: string,
  origin: string,
  assessment: Assessment,
  keepAs?: string,
): Promise<ReportRun> {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    await context.addInitScript(seedScript(assessment, origin));
    await context.addInitScript(LONG_TASK_WATCH);
    const page = await context.newPage();
    await page.goto(`${baseUrl}${hrefFor({ name: 'results', assessmentId: assessment.id })}`);
    await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor({ timeout: 30_000 });
    const button = page.getByRole('button', { name: REPORT_BUTTON, exact: true });
    try {
      await button.waitFor({ state: 'visible', timeout: 5_000 });
    } catch {
      return { available: false, reason: `no button “${REPORT_BUTTON}” on the results page` };
    }
    // 300 ms after the results appear: a quick click, before the report code may have finished loading.
    // BENCH_CLICK_WAIT=<ms> measures a person who reads the results first.
    await page.waitForTimeout(Number(process.env.BENCH_CLICK_WAIT ?? 300));
    const download = page.waitForEvent('download', { timeout: 60_000 });
    const start = performance.now();
    await button.click();
    const file = await download;
    const clickToDownloadMs = performance.now() - start;
    const path = await file.path();
    const bytes = readFileSync(path);
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error(`the download ${file.suggestedFilename()} is not a PDF`);
    if (keepAs) copyFileSync(path, keepAs);
    const measureMs = await nthMeasure(page, 1);
    // Long tasks that overlap the first report, from the click to the bytes being ready.
    const longestTaskMs = (await page.evaluate(`(() => {
      const measure = performance.getEntriesByName(${JSON.stringify(REPORT_MEASURE)})[0];
      if (!measure) return 0;
      const end = measure.startTime + measure.duration;
      return Math.max(0, ...window.__benchLongTasks.filter((task) => task.start < end && task.start + task.duration > measure.startTime).map((task) => task.duration));
    })()`)) as number;
    const againDownload = page.waitForEvent('download', { timeout: 60_000 });
    await button.click();
    await againDownload;
    const againMs = await nthMeasure(page, 2);
    return { available: true, measureMs, clickToDownloadMs, pdfBytes: bytes.length, againMs, longestTaskMs };
  } finally {
    await context.close();
  }
}
