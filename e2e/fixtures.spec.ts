import { expect, test } from './fixtures.ts';

// The shared fixture itself: each test here must fail, and test.fail() turns
// that expected failure into a pass (and an unexpected pass into a failure).

test('a promise rejection nobody handles fails the test', async ({ page }) => {
  test.fail();
  await page.goto('about:blank');
  await page.evaluate(() => {
    void Promise.reject(new Error('planted rejection'));
  });
  await expect.poll(() => page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(true), 100)))).toBe(true);
});

test('an error thrown in an event handler fails the test', async ({ page }) => {
  test.fail();
  await page.setContent('<button type="button" onclick="throw new Error(\'planted error\')">Go</button>');
  await page.getByRole('button', { name: 'Go' }).click();
  await expect.poll(() => page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(true), 100)))).toBe(true);
});

test('a page without errors passes', async ({ page }) => {
  await page.setContent('<button type="button">Go</button>');
  await page.getByRole('button', { name: 'Go' }).click();
});
