import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';
import type { Assessment } from '../src/storage/assessment.ts';
import { hrefFor } from '../src/config/routes.ts';
import { seedScript } from './seed-assessment.ts';

/**
 * Browser code run before any of the page's own: watches for the first
 * question (a fieldset) and records when it is in the document and, at the
 * first animation frame where it has a box, when it is about to be drawn.
 * performance.now() counts from the start of the navigation.
 */
export const FIRST_QUESTION_WATCH = `(() => {
  const state = { inDocument: null, visible: null };
  window.__benchFirstQuestion = state;
  const observer = new MutationObserver(() => {
    if (state.inDocument === null && document.querySelector('fieldset')) state.inDocument = performance.now();
  });
  observer.observe(document, { childList: true, subtree: true });
  const poll = () => {
    const question = document.querySelector('fieldset');
    if (question && question.getBoundingClientRect().height > 0) {
      state.visible = performance.now();
      if (state.inDocument === null) state.inDocument = state.visible;
      observer.disconnect();
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

export interface LoadedFile {
  url: string;
  /** Bytes as the browser received them, after any transfer encoding. */
  bytes: number;
  gzipBytes: number;
}

export interface LoadRun {
  /** ms from navigation start to the first frame that draws the first question. */
  firstQuestionMs: number;
  /** ms from navigation start to the first question being in the document. */
  inDocumentMs: number;
  /** Sum of the gzip -9 sizes of the JS and CSS loaded before the first question was visible. */
  gzipBytes: number;
  files: LoadedFile[];
}

const isCode = (url: string) => /\.(m?js|css)(\?|$)/.test(new URL(url).pathname);

/** Opens a section page of a seeded assessment in a fresh context (cold cache) and measures its load. */
export async function measureLoad(browser: Browser, baseUrl: string, origin: string, assessment: Assessment, sectionId: string): Promise<LoadRun> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(seedScript(assessment, origin));
    await context.addInitScript(FIRST_QUESTION_WATCH);
    const page = await context.newPage();
    // Bodies are read as they arrive; those not needed fail quietly when the context closes.
    const bodies = new Map<string, Promise<Buffer | null>>();
    page.on('response', (response: Response) => {
      if (isCode(response.url())) bodies.set(response.url(), response.body().catch(() => null));
    });
    const url = `${baseUrl}${hrefFor({ name: 'section', assessmentId: assessment.id, sectionId })}`;
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction('window.__benchFirstQuestion && window.__benchFirstQuestion.visible !== null', undefined, { timeout: 30_000 });
    const timing = (await page.evaluate('window.__benchFirstQuestion')) as { inDocument: number; visible: number };
    // Only what had finished arriving when the question was drawn counts as needed for it.
    const loadedBefore = (await page.evaluate(
      `performance.getEntriesByType('resource').filter((entry) => entry.responseEnd <= ${timing.visible}).map((entry) => entry.name)`,
    )) as string[];
    const files: LoadedFile[] = [];
    for (const name of new Set(loadedBefore.filter(isCode))) {
      const body = await bodies.get(name);
      if (!body) throw new Error(`the bench saw no response body for ${name}`);
      files.push({ url: new URL(name).pathname, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length });
    }
    return {
      firstQuestionMs: timing.visible,
      inDocumentMs: timing.inDocument,
      gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
      files: files.sort((a, b) => b.gzipBytes - a.gzipBytes),
    };
  } finally {
    await context.close();
  }
}
