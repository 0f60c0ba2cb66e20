import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

test('a damaged saved entry can be downloaded as it is before it is removed: nothing is lost without a choice', async ({ page }) => {
  const damaged = '{"format":"oversight-assessment","version":1,"assessment":{"id":"broken","context":{"project":"Half a save"';
  await page.goto('./');
  await page.evaluate((text) => localStorage.setItem('oversight:v1:assessment:broken', text), damaged);
  await page.reload();
  const problem = page.getByRole('alert').filter({ hasText: 'Some saved data could not be read' });
  await expect(problem).toContainText('broken');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    problem.getByRole('button', { name: 'Download what is left of it' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('damaged-assessment-broken.txt');
  expect(readFileSync(await download.path(), 'utf8')).toBe(damaged);
  // Still there until the person removes it.
  expect(await page.evaluate(() => localStorage.getItem('oversight:v1:assessment:broken'))).toBe(damaged);
  await problem.getByRole('button', { name: 'Remove this damaged entry' }).click();
  await expect(problem).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('oversight:v1:assessment:broken'))).toBeNull();
});
