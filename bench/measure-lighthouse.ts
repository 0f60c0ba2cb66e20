import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export const LIGHTHOUSE_PRESET = 'desktop preset (simulated throttling: 40 ms RTT, 10 Mb/s, no CPU slowdown; 1350×940 screen)';

export interface LighthouseRun {
  url: string;
  lighthouseVersion: string;
  /** 0–100 per category. */
  scores: Record<LighthouseCategory, number>;
  /** Lab metrics in ms (CLS unitless). */
  metrics: Record<string, number>;
  /** Audits that lost points, per category: what to fix. */
  failing: Record<LighthouseCategory, string[]>;
}

interface DebuggedChromium {
  port: number;
  process: ChildProcess;
  close(): Promise<void>;
}

/** Starts Chromium with a DevTools port for Lighthouse, in a throwaway profile; resolves once the port is known. */
export async function launchDebuggedChromium(): Promise<DebuggedChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'oversight-lighthouse-'));
  const child = spawn(
    CHROMIUM_PATH,
    ['--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, ...CHROMIUM_FLAGS, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((done, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Chromium gave no DevTools port within 30 s:\n${seen}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Chromium exited (${String(code)}) before giving a DevTools port:\n${seen}`));
    });
  });
  return {
    port,
    process: child,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      // Chromium's helper processes can still be writing for a moment after it exits.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        console.warn(`could not remove Chromium's throwaway profile ${profile}: ${String(error)}`);
      }
    },
  };
}

/** Runs browser code in a page of the default profile at `origin` (to seed localStorage before a Lighthouse run). */
export async function runInOrigin(port: number, origin: string, script: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error('the debugged Chromium has no default context');
    const page = await context.newPage();
    await page.goto(`${origin}/bench-floor.html`);
    await page.evaluate(script);
    await page.close();
  } finally {
    // Disconnects; the browser stays up for Lighthouse.
    await browser.close();
  }
}

const METRIC_AUDITS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/**
 * One Lighthouse run (desktop preset). `keepStorage` keeps localStorage that
 * was seeded beforehand; otherwise Lighthouse clears the origin first.
 */
export async function runLighthouse(port: number, url: string, keepStorage: boolean): Promise<LighthouseRun> {
  const result = await lighthouse(
    url,
    { port, logLevel: 'error', output: 'json', onlyCategories: [...LIGHTHOUSE_CATEGORIES], disableStorageReset: keepStorage },
    desktopConfig,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = {} as Record<LighthouseCategory, number>;
  const failing = {} as Record<LighthouseCategory, string[]>;
  for (const id of LIGHTHOUSE_CATEGORIES) {
    const category = lhr.categories[id];
    if (!category || category.score === null) throw new Error(`Lighthouse gave no ${id} score for ${url}`);
    scores[id] = Math.round(category.score * 100);
    failing[id] = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => `${audit?.id ?? ''}: ${audit?.title ?? ''}${audit?.displayValue ? ` (${audit.displayValue})` : ''}`);
  }
  const metrics: Record<string, number> = {};
  for (const id of METRIC_AUDITS) {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value === 'number') metrics[id] = value;
  }
  return { url, lighthouseVersion: lhr.lighthouseVersion, scores, metrics, failing };
}
