import { expect, test, type Page } from './fixtures.ts';
import { loadQuestionnaire } from './support/questionnaires.ts';
import { questionGroup, startAssessment } from './support/journey.ts';

interface Focused {
  tag: string;
  type: string;
  label: string;
  groupChecked: boolean;
}

// Reads what has focus; every action below is a key press.
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    const label = element?.labels?.[0]?.textContent ?? element?.textContent ?? '';
    const groupChecked = element?.name
      ? Array.from(document.getElementsByName(element.name)).some((input) => (input as HTMLInputElement).checked)
      : false;
    return { tag: element?.tagName.toLowerCase() ?? '', type: element?.type ?? '', label: label.trim(), groupChecked };
  });
}

test('a section can be completed with the keyboard alone', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  const section = questionnaire.sections[0]!;
  await startAssessment(page, { questionnaireTitle: questionnaire.title, project: 'Keyboard only' });

  // From the task list to the section, by keyboard.
  const sectionLink = page.getByRole('link', { name: `${section.number}. ${section.title}` });
  await sectionLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `${section.number}. ${section.title}` })).toBeFocused();

  for (let presses = 0; presses < 120; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.tag === 'button' && now.label === 'Save and continue') {
      await page.keyboard.press('Enter');
      break;
    }
    if ((now.type === 'radio' || (now.type === 'checkbox' && !now.label.startsWith('Not applicable'))) && !now.groupChecked) {
      await page.keyboard.press('Space');
    } else if (now.tag === 'textarea' && now.label === 'Your answer') {
      await page.keyboard.type('Typed with the keyboard');
    } else if (now.tag === 'textarea' && now.label === 'Notes or evidence') {
      await page.keyboard.type('Evidence typed with the keyboard');
    }
  }

  const next = questionnaire.sections[1]!;
  await expect(page.getByRole('heading', { level: 1, name: `${next.number}. ${next.title}` })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the task list' }).click();
  const statusOfFirst = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${section.number}. ${section.title}` }) });
  await expect(statusOfFirst.getByText('Completed')).toBeVisible();

  // Every visible question got an answer.
  await page.getByRole('link', { name: `${section.number}. ${section.title}` }).click();
  for (const question of section.questions) {
    const group = questionGroup(page, question);
    if ((await group.count()) === 0 || question.kind === 'text') continue;
    await expect(group.getByRole(question.kind === 'multiple' ? 'checkbox' : 'radio', { checked: true }).first()).toBeVisible();
  }
});
