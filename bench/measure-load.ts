import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import type { Assessment } from '../src/storage/assessment.ts';
import { hrefFor } from '../src/config/routes.ts';
import { seedScript } from './seed-assessment.ts';

/**
 * Browser code run before any of the page's own: watches for the first
 * question (a fieldset) and records when it is in the document and, at the
 * first animation frame where it has a box, when it is about to be drawn;
 * then the first frame where the live form has taken over from the preview
 * drawn before it (no question list marked busy: decision 035).
 * performance.now() counts from the start of the navigation.
 */
export const FIRST_QUESTION_WATCH = `(() => {
  const state = { inDocument: null, visible: null, formReady: null };
  window.__benchFirstQuestion = state;
  const observer = new MutationObserver(() => {
    if (state.inDocument === null && document.querySelector('fieldset')) state.inDocument = performance.now();
  });
  observer.observe(document, { childList: true, subtree: true });
  const poll = () => {
    const question = document.querySelector('fieldset');
    if (state.visible === null && question && question.getBoundingClientRect().height > 0) {
      state.visible = performance.now();
      if (state.inDocument === null) state.inDocument = state.visible;
      observer.disconnect();
    }
    if (state.visible !== null && !document.querySelector('[aria-busy="true"]')) {
      state.formReady = performance.now();
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

type WatchedWindow = Window & { __benchFirstQuestion?: { inDocument: number | null; visible: number | null; formReady: number | null } };

export interface LoadedFile {
  url: string;
  /** Bytes of the file as served, before any transfer encoding. */
  bytes: number;
  gzipBytes: number;
  /** ms from navigation start to the request, and to the last byte: shows the waterfall. */
  requestedMs: number;
  arrivedMs: number;
}

export interface LoadRun {
  /** ms from navigation start to the first frame that draws the first question. */
  firstQuestionMs: number;
  /** ms from navigation start to the first question being in the document. */
  inDocumentMs: number;
  /** ms from navigation start to the first frame with the live form in place (the page answers to a change as it is made). */
  formReadyMs: number;
  /** ms from navigation start to the HTML fully arrived, and to DOMContentLoaded (the entry module evaluated). */
  documentMs: number;
  domContentLoadedMs: number;
  /** Sum of the gzip -9 sizes of the JS and CSS loaded before the first question was visible. */
  gzipBytes: number;
  files: LoadedFile[];
}

const isCode = (url: string) => /\.(m?js|css)(\?|$)/.test(new URL(url).pathname);

/**
 * Opens a section page of a seeded assessment in a fresh context (cold cache)
 * and measures its load. The bytes of each file are read from `distDir`, the
 * folder being served, rather than from the browser: fetching response
 * bodies over the DevTools protocol while the page loads would compete with
 * it for the CPU and slow the very load being timed.
 */
export async function measureLoad(
  browser: Browser,
  baseUrl: string,
  origin: string,
  distDir: string,
  assessment: Assessment,
  sectionId: string,
): Promise<LoadRun> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(seedScript(assessment, origin));
    await context.addInitScript(FIRST_QUESTION_WATCH);
    const page = await context.newPage();
    const url = `${baseUrl}${hrefFor({ name: 'section', assessmentId: assessment.id, sectionId })}`;
    await page.goto(url, { waitUntil: 'commit' });
    // A function, not a string: the app's Content Security Policy forbids eval, which a string predicate needs.
    await page.waitForFunction(() => (window as WatchedWindow).__benchFirstQuestion?.visible != null, undefined, { timeout: 30_000 });
    const timing = (await page.evaluate('window.__benchFirstQuestion')) as { inDocument: number; visible: number };
    await page.waitForFunction(() => (window as WatchedWindow).__benchFirstQuestion?.formReady != null, undefined, { timeout: 30_000 });
    const formReadyMs = (await page.evaluate('window.__benchFirstQuestion.formReady')) as number;
    // Only what had finished arriving when the question was drawn counts as needed for it.
    const loadedBefore = (await page.evaluate(
      `performance.getEntriesByType('resource').filter((entry) => entry.responseEnd <= ${timing.visible}).map((entry) => ({ name: entry.name, startTime: entry.startTime, responseEnd: entry.responseEnd }))`,
    )) as { name: string; startTime: number; responseEnd: number }[];
    const files: LoadedFile[] = [];
    for (const entry of loadedBefore.filter((candidate) => isCode(candidate.name))) {
      if (files.some((file) => file.url === new URL(entry.name).pathname)) continue;
      const body = readFileSync(join(distDir, new URL(entry.name).pathname.slice(new URL(baseUrl).pathname.length)));
      files.push({
        url: new URL(entry.name).pathname,
        bytes: body.length,
        gzipBytes: gzipSync(body, { level: 9 }).length,
        requestedMs: Math.round(entry.startTime),
        arrivedMs: Math.round(entry.responseEnd),
      });
    }
    const navigation = (await page.evaluate(
      `(() => { const entry = performance.getEntriesByType('navigation')[0]; return entry ? { documentMs: entry.responseEnd, domContentLoadedMs: entry.domContentLoadedEventEnd } : null; })()`,
    )) as { documentMs: number; domContentLoadedMs: number } | null;
    return {
      documentMs: navigation?.documentMs ?? Number.NaN,
      domContentLoadedMs: navigation?.domContentLoadedMs ?? Number.NaN,
      firstQuestionMs: timing.visible,
      inDocumentMs: timing.inDocument,
      formReadyMs,
      gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
      files: files.sort((a, b) => a.requestedMs - b.requestedMs),
    };
  } finally {
    await context.close();
  }
}
