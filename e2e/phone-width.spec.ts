import { expect, test, type Page } from './fixtures.ts';
import { loadQuestionnaire } from './support/questionnaires.ts';
import { answerSection, startAssessment } from './support/journey.ts';

// Every main page must fit a 390 px phone: nothing may make the page scroll sideways.
test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSidewaysScroll(page: Page, where: string) {
  const widths = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    // Which elements stick out, to make a failure easy to fix.
    const wide = [...document.querySelectorAll('body *')]
      // The outermost ones: their parent still fits.
      .filter(
        (element) => element.getBoundingClientRect().right > 390.5 && (element.parentElement?.getBoundingClientRect().right ?? 0) <= 390.5,
      )
      .filter((element) => {
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          if (getComputedStyle(parent).overflowX !== 'visible') return false;
        }
        return true;
      })
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${String(element.className)} in ${element.parentElement?.closest('[class]')?.className ?? ''} (right edge ${Math.round(element.getBoundingClientRect().right)})`,
      );
    const all = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > 390.5)
      .slice(0, 8)
      .map(
        (element) =>
          `${element.tagName}.${String(element.className)}:${Math.round(element.getBoundingClientRect().right)}:${getComputedStyle(element).position}:${(element.textContent ?? '').slice(0, 40)}`,
      );
    // Text can overflow a box that itself fits (a long word, a fingerprint).
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && texts.length < 5; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      if (range.getBoundingClientRect().right > 390.5)
        texts.push(
          `text “${(node.textContent ?? '').slice(0, 60)}” in ${node.parentElement?.tagName.toLowerCase()}.${String(node.parentElement?.className ?? '')}`,
        );
    }
    return { scrollWidth: root.scrollWidth, wide: [...wide, ...texts].length ? [...wide, ...texts] : all };
  });
  expect(widths.scrollWidth, `${where} scrolls sideways at 390 px; widest: ${widths.wide.join(', ')}`).toBeLessThanOrEqual(390);
}

test('no main page scrolls sideways at 390 px wide', async ({ page }) => {
  const questionnaire = await loadQuestionnaire('quick-check');
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(page, 'the home page');
  await page.goto('./#/questionnaires/launch-ethics');
  await expect(page.getByRole('heading', { level: 1, name: 'Pre-launch ethics and oversight review' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'the preview');
  await page.goto('./#/open-report');
  await expect(page.getByRole('heading', { level: 1, name: 'Open a report' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'Open a report');
  await page.goto('./#/start/quick-check');
  await expect(page.getByRole('heading', { level: 1, name: 'About this assessment' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'the start page');
  await page.goto('./#/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'Page not found');

  await startAssessment(page, {
    questionnaireTitle: questionnaire.title,
    project: 'A project with a rather long name for a small phone screen',
  });
  await expectNoSidewaysScroll(page, 'the task list');
  await page.getByRole('link', { name: 'About this assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About this assessment' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'About this assessment');
  await page.getByRole('link', { name: 'Back to the task list' }).click();
  await page.getByRole('link', { name: /^1\. / }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^1\. / })).toBeVisible();
  await expectNoSidewaysScroll(page, 'a section');
  for (const section of questionnaire.sections) {
    if (!section.visibleWhen)
      await answerSection(page, section, undefined, { 'processes-biometric-data': 'No', 'public-surveillance': 'No' });
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'Check your answers');
  await page.getByRole('link', { name: 'See your results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Score of each section, out of 100' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'the results page');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the PDF report' }).click(),
  ]);
  await page.getByRole('link', { name: 'Open a report' }).first().click();
  await page.getByLabel('Report (PDF)').setInputFiles(await download.path());
  await expect(page.getByText('This report is exactly as Oversight made it.')).toBeVisible({ timeout: 30_000 });
  await expectNoSidewaysScroll(page, 'an opened report');
  await page.getByRole('link', { name: 'Oversight home' }).click();
  await expect(page.getByRole('table', { name: 'Assessments saved in this browser' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'the home page with an assessment');
});
