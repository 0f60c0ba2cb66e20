import { expect, type Locator, type Page } from '@playwright/test';
import type { Question, Section } from '../../src/questionnaire/model.ts';
import { bestOptions } from '../../src/scoring/best-answer.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The accessible group of one question, found by its number and text. */
export function questionGroup(page: Page, question: Question): Locator {
  return page.getByRole('group', { name: new RegExp(`^${escape(question.number)} ${escape(question.text)}`) });
}

export interface StartOptions {
  questionnaireTitle: string;
  project: string;
  organisation?: string;
  assessorName?: string;
}

/** From the home page to the task list of a new assessment. */
export async function startAssessment(page: Page, options: StartOptions): Promise<void> {
  await page.goto('./');
  await page.getByRole('link', { name: `Start an assessment with ${options.questionnaireTitle}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About this assessment' })).toBeVisible();
  await page.getByLabel('Project or product name').fill(options.project);
  if (options.organisation) await page.getByLabel('Organisation (optional)').fill(options.organisation);
  if (options.assessorName) await page.getByLabel('Your name (optional)').fill(options.assessorName);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: options.project })).toBeVisible();
}

/** The label(s) to choose for a question: one for pick-one, any number for pick-many. */
export type Pick = (question: Question) => string | string[];

/**
 * Answers every question of the section that is visible on the page, in
 * order (an answer can reveal the next question), then saves and continues;
 * a long section shown in pages is answered page by page.
 */
export async function answerSection(
  page: Page,
  section: Section,
  pick: Pick = (question) => bestOptions(question).map((option) => option.label),
  overrides: Record<string, string | string[]> = {},
): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: `${section.number}. ${section.title}` })).toBeVisible();
  for (;;) {
    const position = page.getByText(/^Page \d+ of \d+: questions/);
    const paged = (await position.count()) > 0 ? ((await position.textContent()) ?? '') : '';
    for (const question of section.questions) await answerQuestion(page, question, pick, overrides);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    const [, current, last] = /^Page (\d+) of (\d+)/.exec(paged) ?? [];
    if (!current || current === last) return;
    await expect(page.getByText(new RegExp(`^Page ${Number(current) + 1} of ${last}:`))).toBeVisible();
  }
}

async function answerQuestion(page: Page, question: Question, pick: Pick, overrides: Record<string, string | string[]>): Promise<void> {
  const group = questionGroup(page, question);
  if ((await group.count()) === 0) return;
  const chosen = overrides[question.id] ?? (question.kind === 'text' ? `Answer to ${question.number}` : pick(question));
  const labels = Array.isArray(chosen) ? chosen : [chosen];
  if (question.kind === 'text') {
    await group.getByLabel('Your answer').fill(labels.join(' '));
  } else {
    const role = question.kind === 'multiple' ? 'checkbox' : 'radio';
    for (const label of question.kind === 'multiple' ? labels : labels.slice(0, 1)) {
      await group.getByRole(role, { name: label, exact: true }).check();
    }
    const needsReason = question.options.find((option) => option.requiresReason && labels.includes(option.label));
    if (needsReason) await group.getByLabel(`Why is “${needsReason.label}” the answer?`).fill(`Reason for ${question.number}`);
  }
  if (question.evidence === 'required') {
    await group.getByLabel('Notes or evidence').fill(`Evidence for ${question.number}`);
  }
}
