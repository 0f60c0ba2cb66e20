import { seededAssessment, seedScript } from '../bench/seed-assessment.ts';
import { assessmentKey } from '../src/storage/storage-keys.ts';
import { hrefFor } from '../src/config/routes.ts';
import { expect, test, type Page } from './fixtures.ts';
import { findQuestion, loadQuestionnaire } from './support/questionnaires.ts';
import { expectNoViolations } from './support/axe.ts';

// A cold link to a section page draws its questions before react-hook-form
// has arrived (decision 035). These journeys hold the form's code back, act
// on the page in that moment, and check that nothing done then is lost.

/** Holds react-hook-form's chunk back until `release` is called. */
async function holdTheForm(page: Page): Promise<() => void> {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/forms-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The answers saved in the browser, as the app stores them. */
function savedAnswers(page: Page, assessmentId: string) {
  return page.evaluate((key) => {
    const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as { assessment?: { answers?: Record<string, { value?: unknown }> } };
    return stored?.assessment?.answers ?? {};
  }, assessmentKey(assessmentId));
}

test('an answer picked and text typed before the form arrives are kept, saved and typed on', async ({ page, baseURL }) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const assessment = seededAssessment(questionnaire, 'empty');
  const origin = new URL(baseURL ?? '').origin;
  // Seeded once: a reload must show what the page saved, not the seed again.
  await page.addInitScript(
    `if (!localStorage.getItem(${JSON.stringify(assessmentKey(assessment.id))})) { ${seedScript(assessment, origin)} }`,
  );
  const release = await holdTheForm(page);
  const section = questionnaire.sections[0]!;
  await page.goto(hrefFor({ name: 'section', assessmentId: assessment.id, sectionId: section.id }));

  const stage = page.getByRole('group', { name: /What stage is the product at/ });
  const purpose = page.getByRole('group', { name: /What does the product do/ }).getByRole('textbox', { name: 'Your answer' });
  await expect(stage).toBeVisible();
  // Drawn, and still waiting for its form: the question list says it is busy.
  await expect(page.locator('.question-list[aria-busy="true"]')).toHaveCount(1);
  await stage.getByRole('radio', { name: 'Prototype, not used with real people' }).check();
  await purpose.fill('Plans crop');
  await expect(page.locator('.question-list[aria-busy="true"]')).toHaveCount(1);

  release();
  await expect(page.locator('.question-list[aria-busy="true"]')).toHaveCount(0);
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
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const assessment = seededAssessment(questionnaire, 'empty');
  await page.addInitScript(seedScript(assessment, new URL(baseURL ?? '').origin));
  const release = await holdTheForm(page);
  const section = questionnaire.sections[0]!;
  await page.goto(hrefFor({ name: 'section', assessmentId: assessment.id, sectionId: section.id }));
  await expect(page.locator('.question-list[aria-busy="true"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  release();
  // Nothing is answered yet, so the form checks and lists what is missing, as a press after it arrived would.
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeVisible();
  await expect(page.locator('.question-list[aria-busy="true"]')).toHaveCount(0);
});

test('the first paint is the page itself: the outline and the form arrive after it without changing what is shown', async ({
  page,
  baseURL,
}) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const assessment = seededAssessment(questionnaire, 'answered');
  await page.addInitScript(seedScript(assessment, new URL(baseURL ?? '').origin));
  const release = await holdTheForm(page);
  const section = questionnaire.sections[1]!;
  await page.goto(hrefFor({ name: 'section', assessmentId: assessment.id, sectionId: section.id }));
  await expect(page.locator('.question-list[aria-busy="true"]')).toHaveCount(1);
  // Everything but the save status line, which says "Saving…" as the form records where the person is.
  const shown = () => page.locator('main > :not(.save-status)').allInnerTexts();
  const before = await shown();
  const checkedBefore = await page.getByRole('radio', { checked: true }).count();
  expect(checkedBefore).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoViolations(page, 'a section page before its form arrived');
  release();
  await expect(page.locator('.question-list[aria-busy="true"]')).toHaveCount(0);
  expect(await shown()).toEqual(before);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(checkedBefore);
  // The heading the page arrived on keeps the focus; nothing is announced twice.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('a keyboard user on a link when the form arrives is still on it', async ({ page, baseURL }) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const assessment = seededAssessment(questionnaire, 'empty');
  await page.addInitScript(seedScript(assessment, new URL(baseURL ?? '').origin));
  const release = await holdTheForm(page);
  await page.goto(hrefFor({ name: 'section', assessmentId: assessment.id, sectionId: questionnaire.sections[0]!.id }));
  await expect(page.locator('.question-list[aria-busy="true"]')).toHaveCount(1);
  const nextSection = page.getByRole('link', { name: /^Next section/ });
  await nextSection.focus();
  release();
  await expect(page.locator('.question-list[aria-busy="true"]')).toHaveCount(0);
  await expect(nextSection).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/sections/${questionnaire.sections[1]!.id}$`));
});

test('a link followed just after a change waits for the form to save the change, then goes', async ({ page, baseURL }) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const assessment = seededAssessment(questionnaire, 'empty');
  await page.addInitScript(
    `if (!localStorage.getItem(${JSON.stringify(assessmentKey(assessment.id))})) { ${seedScript(assessment, new URL(baseURL ?? '').origin)} }`,
  );
  const release = await holdTheForm(page);
  await page.goto(hrefFor({ name: 'section', assessmentId: assessment.id, sectionId: questionnaire.sections[0]!.id }));
  await expect(page.locator('.question-list[aria-busy="true"]')).toHaveCount(1);
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
