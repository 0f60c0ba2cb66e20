import { test as base, expect } from '@playwright/test';

export { expect };
export type { Locator, Page } from '@playwright/test';

// Chromium reports a promise nobody caught as a console error of this shape.
const UNHANDLED_REJECTION = /Uncaught \(in promise\)|Unhandled (promise )?rejection/i;

/**
 * The project's `test`: every test fails if any page of its browser context
 * throws an error nobody caught or leaves a promise rejection unhandled, so
 * a broken async handler cannot hide behind a passing assertion.
 */
export const test = base.extend<{ failOnUncaughtErrors: void }>({
  failOnUncaughtErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on('weberror', (webError) => errors.push(`uncaught: ${webError.error().message}`));
      context.on('console', (message) => {
        if (message.type() === 'error' && UNHANDLED_REJECTION.test(message.text())) errors.push(`console: ${message.text()}`);
      });
      await use();
      expect(errors, 'errors no code caught in the page').toEqual([]);
    },
    { auto: true },
  ],
});
