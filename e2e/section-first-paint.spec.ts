import { seededAssessment, seedScript } from '../bench/seed-assessment.ts';
import { assessmentKey } from '../src/storage/storage-keys.ts';
import { hrefFor } from '../src/config/routes.ts';
import { expect, test, type Page } from './fixtures.ts';
import { findQuestion, loadQuestionnaire } from './support/questionnaires.ts';
import { expectNoViolations } from './support/axe.ts';

// A cold link to a section page draws its questions before react-hook-form
// has arrived (decision 035). These journeys hold the form's code back, act
// on the page in that moment, and check that nothing done then is lost.

/**
 * Holds react-hook-form's chunk back until `release` lets it through, or
 * `fail` makes its download fail (offline, or a new version deployed).
 */
async function holdTheForm(page: Page): Promise<{ release: () => void; fail: () => void }> {
  let decide: (outcome: 'arrive' | 'fail') => void = () => undefined;
  const decided = new Promise<'arrive' | 'fail'>((resolve) => (decide = resolve));
  await page.route(/\/assets\/forms-[^/]*\.js$/, async (route) => {
    if ((await decided) === 'fail') await route.abort();
    else await route.continue();
  });
  return { release: () => decide('arrive'), fail: () => decide('fail') };
}

/** The answers saved in the browser, as the app stores them. */
function savedAnswers(page: Page, assessmentId: string) {
  return page.evaluate((key) => {
    const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as { assessment?: { answers?: Record<string, { value?: unknown }> } };
    return stored?.assessment?.answers ?? {};
  }, assessmentKey(assessmentId));
}

/**
 * Opens a cold link to a section page of the default checklist with the
 * form's code held back, and waits for the page drawn before it. The
 * assessment is seeded once: a reload shows what the page saved.
 */
async function openBeforeTheForm(page: Page, baseURL: string | undefined, fill: 'empty' | 'answered', sectionIndex = 0) {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const assessment = seededAssessment(questionnaire, fill);
  const seed = seedScript(assessment, new URL(baseURL ?? '').origin);
  await page.addInitScript(`if (!localStorage.getItem(${JSON.stringify(assessmentKey(assessment.id))})) { ${seed} }`);
  const { release, fail } = await holdTheForm(page);
  const section = questionnaire.sections[sectionIndex]!;
  await page.goto(hrefFor({ name: 'section', assessmentId: assessment.id, sectionId: section.id }));
  await expect(busyList(page)).toHaveCount(1);
  return { questionnaire, assessment, release, fail };
}

/** The question list while the page waits for its form. */
const busyList = (page: Page) => page.locator('.question-list[aria-busy="true"]');

test('an answer picked and text typed before the form arrives are kept, saved and typed on', async ({ page, baseURL }) => {
  const { questionnaire, assessment, release } = await openBeforeTheForm(page, baseURL, 'empty');

  const stage = page.getByRole('group', { name: /What stage is the product at/ });
  const purpose = page.getByRole('group', { name: /What does the product do/ }).getByRole('textbox', { name: 'Your answer' });
  await expect(stage).toBeVisible();
  // Drawn, and still waiting for its form: the question list says it is busy.
  await expect(busyList(page)).toHaveCount(1);
  await stage.getByRole('radio', { name: 'Prototype, not used with real people' }).check();
  await purpose.fill('Plans crop');
  await expect(busyList(page)).toHaveCount(1);

  release();
  await expect(busyList(page)).toHaveCount(0);
  await expect(stage.getByRole('radio', { name: 'Prototype, not used with real people' })).toBeChecked();
  await expect(purpose).toHaveValue('Plans crop');
  // Still in the field, the caret at the end: the next keys carry on the sentence.
  await expect(purpose).toBeFocused();
  await page.keyboard.type(' rotations');
  await expect(purpose).toHaveValue('Plans crop rotations');

  const prototype = findQuestion(questionnaire, 'deployment-stage').options.find(
    (option) => option.label === 'Prototype, not used with real people',
  );
  await expect
    .poll(async () => {
      const answers = await savedAnswers(page, assessment.id);
      return [answers['deployment-stage']?.value, answers['product-purpose']?.value];
    })
    .toEqual([prototype?.value, 'Plans crop rotations']);

  await page.reload();
  await expect(stage.getByRole('radio', { name: 'Prototype, not used with real people' })).toBeChecked();
  await expect(purpose).toHaveValue('Plans crop rotations');
});

test('"Save and continue" pressed before the form arrives goes ahead once it has', async ({ page, baseURL }) => {
  const { release } = await openBeforeTheForm(page, baseURL, 'empty');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  release();
  // Nothing is answered yet, so the form checks and lists what is missing, as a press after it arrived would.
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeVisible();
  await expect(busyList(page)).toHaveCount(0);
});

test('the first paint is the page itself: the outline and the form arrive after it without changing what is shown', async ({
  page,
  baseURL,
}) => {
  const { release } = await openBeforeTheForm(page, baseURL, 'answered', 1);
  // Everything but the save status line, which says "Saving…" as the form records where the person is.
  const shown = () => page.locator('main > :not(.save-status)').allInnerTexts();
  const before = await shown();
  const checkedBefore = await page.getByRole('radio', { checked: true }).count();
  expect(checkedBefore).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoViolations(page, 'a section page before its form arrived');
  release();
  await expect(busyList(page)).toHaveCount(0);
  expect(await shown()).toEqual(before);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(checkedBefore);
  // The heading the page arrived on keeps the focus; nothing is announced twice.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('a keyboard user on a link when the form arrives is still on it', async ({ page, baseURL }) => {
  const { questionnaire, release } = await openBeforeTheForm(page, baseURL, 'empty');
  const nextSection = page.getByRole('link', { name: /^Next section/ });
  await nextSection.focus();
  release();
  await expect(busyList(page)).toHaveCount(0);
  await expect(nextSection).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/sections/${questionnaire.sections[1]!.id}$`));
});

test('a link followed just after a change waits for the form to save the change, then goes', async ({ page, baseURL }) => {
  const { questionnaire, assessment, release } = await openBeforeTheForm(page, baseURL, 'empty');
  const stage = page.getByRole('group', { name: /What stage is the product at/ });
  await stage.getByRole('radio', { name: 'Prototype, not used with real people' }).check();
  await page.getByRole('link', { name: /^Next section/ }).click();
  // Held: still on this page, still waiting for the form.
  await expect(stage).toBeVisible();
  release();
  await expect(page).toHaveURL(new RegExp(`/sections/${questionnaire.sections[1]!.id}$`));
  const prototype = findQuestion(questionnaire, 'deployment-stage').options.find(
    (option) => option.label === 'Prototype, not used with real people',
  );
  await expect.poll(async () => (await savedAnswers(page, assessment.id))['deployment-stage']?.value).toBe(prototype?.value);
});

test('when the form cannot arrive, the page says so and what was changed before is kept', async ({ page, baseURL }) => {
  const { questionnaire, assessment, fail } = await openBeforeTheForm(page, baseURL, 'empty');
  const stage = page.getByRole('group', { name: /What stage is the product at/ });
  await stage.getByRole('radio', { name: 'Prototype, not used with real people' }).check();
  fail();
  await expect(page.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  const prototype = findQuestion(questionnaire, 'deployment-stage').options.find(
    (option) => option.label === 'Prototype, not used with real people',
  );
  await expect.poll(async () => (await savedAnswers(page, assessment.id))['deployment-stage']?.value).toBe(prototype?.value);
  await page.unroute(/\/assets\/forms-[^/]*\.js$/);
  await page.getByRole('button', { name: 'Reload the page' }).click();
  await expect(stage.getByRole('radio', { name: 'Prototype, not used with real people' })).toBeChecked();
});
