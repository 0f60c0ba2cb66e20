import { expect, test } from './fixtures.ts';

test.describe('the questionnaire library', () => {
  test('lists both bundled questionnaires and previews the default one section by section', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const list = page.getByRole('list', { name: 'Questionnaires' });
    await expect(list.getByRole('heading', { name: 'Pre-launch ethics and oversight review' })).toBeVisible();
    await expect(list.getByRole('heading', { name: 'Quick pre-launch check' })).toBeVisible();

    await page.getByRole('link', { name: 'Preview Pre-launch ethics and oversight review' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pre-launch ethics and oversight review' })).toBeVisible();
    await expect(page).toHaveURL(/#\/questionnaires\/launch-ethics$/);
    await expect(page.getByRole('link', { name: 'Start an assessment with Pre-launch ethics and oversight review' })).toBeVisible();

    const sections = page.getByRole('navigation', { name: 'Sections of this questionnaire' });
    for (const title of [/ethic/i, /communit/i, /oversight/i, /long-term/i]) {
      await expect(sections.getByRole('link', { name: title }).first()).toBeVisible();
    }
    // The conditional biometric module says when it appears.
    await expect(page.getByText(/Conditional section: shown only when/)).toBeVisible();
    // Help text sits in a disclosure that opens with the keyboard.
    const help = page.getByText('Help with this question').first();
    await help.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('details[open]').first()).toBeVisible();
  });

  test('an unknown questionnaire says so and links home', async ({ page }) => {
    await page.goto('./#/questionnaires/nope');
    await expect(page.getByRole('heading', { level: 1, name: 'Questionnaire not found' })).toBeVisible();
    await page.getByRole('link', { name: 'See all questionnaires' }).click();
    await expect(page.getByRole('list', { name: 'Questionnaires' })).toBeVisible();
  });
});
