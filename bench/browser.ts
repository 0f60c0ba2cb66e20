import { chromium, type Browser } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';

/** Debian's Chromium, never a downloaded browser (as in the end-to-end tests). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The end-to-end tests' Chromium flags, read from playwright.config.ts so both stay the same. */
export const CHROMIUM_FLAGS: readonly string[] = playwrightConfig.use?.launchOptions?.args ?? [];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
}

/**
 * Browser code that resolves just after the next frame is drawn (a task
 * queued from requestAnimationFrame runs after that frame's paint), with
 * performance.now() at that moment.
 */
export const AFTER_NEXT_PAINT = 'new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)))';
