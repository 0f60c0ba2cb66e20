import { expect, test, type Page } from './fixtures.ts';
import { loadQuestionnaire } from './support/questionnaires.ts';
import { questionGroup, startAssessment } from './support/journey.ts';

type Stored = { assessment: { answers: Record<string, { value?: unknown }> } };

const stored = (page: Page, id: string) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as Stored, `oversight:v1:assessment:${id}`);

async function twoTabsOnOneSection(page: Page, project: string) {
  const questionnaire = await loadQuestionnaire('quick-check');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project });
  const id = /#\/assessments\/([^/]+)/.exec(page.url())?.[1] ?? '';
  const section = questionnaire.sections[0]!;
  await page.getByRole('link', { name: `${section.number}. ${section.title}` }).click();
  const other = await page.context().newPage();
  await other.goto(page.url());
  const [first, second] = section.questions.filter((candidate) => candidate.kind === 'single' && !candidate.visibleWhen);
  return { id, other, first: first!, second: second! };
}

test('a tab that learns another tab saved the same assessment stops saving until the person chooses', async ({ page }) => {
  const { id, other, first, second } = await twoTabsOnOneSection(page, 'Held back');
  // The other tab answers first.
  await questionGroup(other, first).getByRole('radio', { name: first.options[0]!.label, exact: true }).check();
  await expect(other.getByRole('status').filter({ hasText: 'All changes saved in this browser' })).toBeVisible();
  const warning = page.getByRole('alert').filter({ hasText: 'This assessment was changed in another tab or window' });
  await expect(warning).toBeVisible();

  // This tab, behind, answers another question: it is held, not written over the other tab's answer.
  await questionGroup(page, second).getByRole('radio', { name: second.options[0]!.label, exact: true }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved: this assessment was changed in another tab' })).toBeVisible();
  await page.waitForTimeout(600);
  let saved = await stored(page, id);
  expect(saved.assessment.answers[first.id]?.value).toBe(first.options[0]!.value);
  expect(saved.assessment.answers[second.id]).toBeUndefined();

  // Choosing this page's version writes it, knowingly.
  await warning
    .getByRole('button', { name: 'Keep this page’s version' })
    .or(warning.getByRole('button', { name: "Keep this page's version" }))
    .click();
  await expect(warning).toHaveCount(0);
  await expect.poll(async () => (await stored(page, id)).assessment.answers[second.id]?.value).toBe(second.options[0]!.value);
  saved = await stored(page, id);
  expect(saved.assessment.answers[first.id]).toBeUndefined();

  // And the other tab, in turn, learns of it.
  await expect(other.getByRole('alert').filter({ hasText: 'This assessment was changed in another tab or window' })).toBeVisible();
});

test('choosing Reload carries on from the other tab’s version, and never writes the held change', async ({ page }) => {
  const { id, other, first, second } = await twoTabsOnOneSection(page, 'Reloaded');
  await questionGroup(other, first).getByRole('radio', { name: first.options[0]!.label, exact: true }).check();
  const warning = page.getByRole('alert').filter({ hasText: 'This assessment was changed in another tab or window' });
  await expect(warning).toBeVisible();
  await questionGroup(page, second).getByRole('radio', { name: second.options[0]!.label, exact: true }).check();
  await warning.getByRole('button', { name: 'Reload this page' }).click();
  await expect(questionGroup(page, first).getByRole('radio', { name: first.options[0]!.label, exact: true })).toBeChecked();
  await expect(questionGroup(page, second).getByRole('radio', { name: second.options[0]!.label, exact: true })).not.toBeChecked();
  expect((await stored(page, id)).assessment.answers[second.id]).toBeUndefined();
  await expect(warning).toHaveCount(0);
});
