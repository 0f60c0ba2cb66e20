import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '../fixtures.ts';

/** Runs axe over the page as it is now (WCAG 2.2 AA and best practice) and fails listing every violation with where it is. */
export async function expectNoViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}
