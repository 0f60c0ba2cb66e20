import { expect, test } from './fixtures.ts';
import { findQuestion, loadQuestionnaire } from './support/questionnaires.ts';
import { answerSection, questionGroup, startAssessment } from './support/journey.ts';
import { ASSESSMENT_KEY_PREFIX } from '../src/storage/storage-keys.ts';

test('a person completes the whole default questionnaire, biometric module included', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Station Watch', organisation: 'Acme' });

  await page.getByRole('link', { name: /^1\. / }).click();
  const [context, ...rest] = questionnaire.sections;
  await answerSection(page, context!, undefined, {
    'processes-biometric-data': 'Yes',
    'public-surveillance': 'Yes',
  });
  for (const section of rest) await answerSection(page, section);

  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  const total = questionnaire.sections.length;
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${total}\\. `) })).toBeVisible();
  await expect(page.getByText(/nothing is left to answer\./)).toBeVisible();
  await expect(page.getByText('Not answered')).toHaveCount(0);
  const biometric = questionnaire.sections.at(-1)!;
  await expect(page.getByRole('heading', { level: 2, name: `${biometric.number}. ${biometric.title}` })).toBeVisible();
  const accountable = findQuestion(questionnaire, 'accountable-owner');
  await expect(page.getByRole('term').filter({ hasText: accountable.text })).toBeVisible();
});

test('reloading in the middle of a section restores every answer and note exactly', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Reload test' });
  const section = questionnaire.sections[1]!;
  await page.getByRole('link', { name: `${section.number}. ${section.title}` }).click();

  const [first, , third] = section.questions.filter((question) => !question.visibleWhen);
  const note = 'Owner: Jo Bloggs — “Head of Trust”, since 2024.\nSecond line: Łódź Ωmega Привет';
  await questionGroup(page, first!).getByRole('radio', { name: first!.options[0]!.label, exact: true }).check();
  await questionGroup(page, first!)
    .getByLabel(/Notes or evidence/)
    .fill(note);
  await questionGroup(page, third!).getByRole('radio', { name: third!.options[2]!.label, exact: true }).check();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved in this browser' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `${section.number}. ${section.title}` })).toBeVisible();
  await expect(questionGroup(page, first!).getByRole('radio', { name: first!.options[0]!.label, exact: true })).toBeChecked();
  await expect(questionGroup(page, first!).getByLabel(/Notes or evidence/)).toHaveValue(note);
  await expect(questionGroup(page, third!).getByRole('radio', { name: third!.options[2]!.label, exact: true })).toBeChecked();
});

test('the biometric module appears only when declared, and its answers stop counting when withdrawn', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const biometric = questionnaire.sections.at(-1)!;
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Module test' });
  const sections = page.getByRole('list', { name: 'Sections' });
  await expect(sections.getByRole('link', { name: `${biometric.number}. ${biometric.title}` })).toHaveCount(0);

  await sections.getByRole('link', { name: /^1\. / }).click();
  const declare = findQuestion(questionnaire, 'processes-biometric-data');
  await questionGroup(page, declare).getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('link', { name: 'Back to the task list' }).click();
  await expect(sections.getByRole('link', { name: `${biometric.number}. ${biometric.title}` })).toBeVisible();

  await sections.getByRole('link', { name: `${biometric.number}. ${biometric.title}` }).click();
  const firstBiometric = biometric.questions[0]!;
  await questionGroup(page, firstBiometric).getByRole('radio', { name: firstBiometric.options[0]!.label, exact: true }).check();
  await page.getByRole('link', { name: 'Back to the task list' }).click();
  // The declaration and the module's first answer.
  await expect(page.getByText(/sections: 2 answered, \d+ to answer/)).toBeVisible();

  await sections.getByRole('link', { name: /^1\. / }).click();
  await questionGroup(page, declare).getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('link', { name: 'Back to the task list' }).click();
  await expect(sections.getByRole('link', { name: `${biometric.number}. ${biometric.title}` })).toHaveCount(0);
  // The declaration itself is an answer; the module's answer no longer counts.
  await expect(page.getByText(/sections: 1 answered, \d+ to answer/)).toBeVisible();
  await page.getByRole('link', { name: 'Check your answers' }).click();
  await expect(page.getByText(`Kept but not counted: your answers in “${biometric.title}”`)).toBeVisible();
});

test('missing answers produce an error summary whose links move focus to the field', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  // A section short enough to be one page, so saving it is saving the whole section.
  const section = questionnaire.sections.find((candidate) => candidate.weight > 0 && candidate.questions.length <= 15)!;
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Errors test' });
  await page.getByRole('link', { name: `${section.number}. ${section.title}` }).click();
  await page.getByRole('button', { name: 'Save and continue' }).click();

  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  const first = section.questions[0]!;
  const link = summary.getByRole('link', { name: new RegExp(`question ${first.number.replace('.', '\\.')}\\b`) }).first();
  await link.click();
  await expect(questionGroup(page, first).getByRole('radio').first()).toBeFocused();
  // The page stays where it is: validation guides, it never traps.
  await expect(page.getByRole('heading', { level: 1, name: `${section.number}. ${section.title}` })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the task list' }).click();
  await expect(page.getByRole('link', { name: `${section.number}. ${section.title}` })).toBeVisible();
  await expect(page.getByText('Needs attention')).toBeVisible();
});

test('a link to a section the answers hide says so instead of showing its questions', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const biometric = questionnaire.sections.at(-1)!;
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Hidden link' });
  await page.goto(page.url().replace(/#\/assessments\/([^/]+).*$/, `#/assessments/$1/sections/${biometric.id}`));
  await expect(page.getByRole('heading', { level: 1, name: `${biometric.number}. ${biometric.title}` })).toBeVisible();
  await expect(page.getByText('This section is not part of this assessment at the moment')).toBeVisible();
  await expect(page.getByRole('group')).toHaveCount(0);
});

test('continuous typing is saved as it goes, never more than a moment behind', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const section = questionnaire.sections[1]!;
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Steady typing' });
  await page.getByRole('link', { name: `${section.number}. ${section.title}` }).click();
  const notes = questionGroup(page, section.questions[0]!).getByLabel(/Notes or evidence/);
  const text = 'A long note typed without pausing, key after key.';
  await notes.pressSequentially(text, { delay: 40 });
  // Read storage at once: a debounce would not have written anything yet.
  const saved = await page.evaluate(
    ([questionId, prefix]) => {
      const key = Object.keys(localStorage).find((candidate) => candidate.startsWith(prefix));
      const stored = key
        ? (JSON.parse(localStorage.getItem(key) ?? '{}') as { assessment?: { answers?: Record<string, { notes?: string }> } })
        : {};
      return stored.assessment?.answers?.[questionId]?.notes ?? '';
    },
    [section.questions[0]!.id, ASSESSMENT_KEY_PREFIX] as const,
  );
  expect(text.startsWith(saved)).toBe(true);
  expect(saved.length).toBeGreaterThan(text.length / 2);
});
