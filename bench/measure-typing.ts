import { performance } from 'node:perf_hooks';
import type { Browser, Locator, Page } from '@playwright/test';
import type { Assessment } from '../src/storage/assessment.ts';
import { hrefFor } from '../src/config/routes.ts';
import { AFTER_NEXT_PAINT } from './browser.ts';
import { FLOOR_PAGE } from './serve-app.ts';
import { seedScript } from './seed-assessment.ts';

export const TYPED_CHARACTERS = 200;

/** 200 characters of ordinary note-taking: words, spaces, punctuation. */
export const TYPED_TEXT = 'Reviewed with the data protection officer on 12 May; the owner signed the plan, and we log complaints weekly. '
  .repeat(2)
  .slice(0, TYPED_CHARACTERS);

export interface TypingRun {
  /** ms of wall time in Node from the first key to the frame after the last one being drawn. */
  ms: number;
}

// The page is left to settle first, so that loading work does not count as typing.
async function settle(page: Page): Promise<void> {
  await page.evaluate(AFTER_NEXT_PAINT);
  await page.waitForTimeout(500);
  await page.evaluate(AFTER_NEXT_PAINT);
}

async function typeInto(page: Page, field: Locator): Promise<number> {
  await field.click();
  await settle(page);
  const start = performance.now();
  await page.keyboard.type(TYPED_TEXT);
  await page.evaluate(AFTER_NEXT_PAINT);
  const ms = performance.now() - start;
  const typed = await field.inputValue();
  if (typed !== TYPED_TEXT) throw new Error(`typing lost characters: the field holds ${typed.length} of ${TYPED_TEXT.length}`);
  return ms;
}

/** Types into the notes of the first question of a section page of a seeded (unanswered) assessment. */
export async function measureTypingInApp(
  browser: Browser,
  baseUrl: string,
  origin: string,
  assessment: Assessment,
  sectionId: string,
): Promise<TypingRun> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(seedScript(assessment, origin));
    const page = await context.newPage();
    await page.goto(`${baseUrl}${hrefFor({ name: 'section', assessmentId: assessment.id, sectionId })}`);
    const notes = page.getByRole('group').first().getByLabel('Notes or evidence (optional)');
    await notes.waitFor({ state: 'visible', timeout: 30_000 });
    return { ms: await typeInto(page, notes) };
  } finally {
    await context.close();
  }
}

/** The same typing into the bare page's one text area: the floor the browser and the driver cost. */
export async function measureTypingFloor(browser: Browser, baseUrl: string): Promise<TypingRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${FLOOR_PAGE}`);
    return { ms: await typeInto(page, page.getByLabel('Notes or evidence (optional)')) };
  } finally {
    await context.close();
  }
}
