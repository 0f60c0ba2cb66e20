import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../scoring/score-assessment.ts';
import { buildReport } from './build-report.ts';
import { readReportFontFiles } from '../../scripts/fonts/load-fonts-node.ts';
import { textCollisions } from './pdf.test-support.ts';
import type { Paper, ReportInput } from './report-types.ts';
import { largeInput, secondFinalInput, TYPICAL_ANSWERS, typicalInput } from './fixtures.test-support.ts';

const fonts = readReportFontFiles();

// Text run into a neighbour: an answer into the "weight" or "Red flag" labels at the right, a cell into the next.
const collisions = textCollisions;

const LONG =
  'Every camera is reviewed by the privacy team before installation, and again each quarter, with the minutes kept in the shared register; ';

/** The typical fixture with the longest answers and names the fixtures have, and longer. */
async function longestInput(): Promise<ReportInput> {
  const base = await typicalInput();
  const answers = Object.fromEntries(
    Object.entries(TYPICAL_ANSWERS).map(([id, answer]) => [id, 'notApplicable' in answer ? answer : { ...answer, notes: LONG.repeat(2) }]),
  );
  answers['product-purpose'] = { value: LONG.repeat(3) };
  const context = {
    ...base.assessment.context,
    project: 'Street Lens — face matching at shop doors for the whole northern estate, pilot phase two',
    organisation: 'Acme Vision Ltd, trading as Acme Retail Safety Systems (Northern Europe)',
  };
  const assessment = { ...base.assessment, answers, context };
  return { ...base, assessment, result: scoreAssessment(base.questionnaire, answers) };
}

describe('no text runs into other text', () => {
  for (const paper of ['a4', 'letter'] satisfies Paper[]) {
    it(`on ${paper}, with the longest answers and names`, async () => {
      const bytes = await buildReport({ ...(await longestInput()), paper }, { fonts });
      expect(collisions(bytes).slice(0, 10)).toEqual([]);
    }, 60_000);

    it(`on ${paper}, with the typical and the generated fixtures, and a final revision 2 with its changes and declaration`, async () => {
      const declaration = {
        name: 'Maximiliana Wolkenstein-Trostburg',
        role: 'Chief executive and data protection lead for the northern estate',
        date: '2026-11-26',
        affirmed: true as const,
      };
      for (const input of [await typicalInput(), largeInput(40), await secondFinalInput(declaration)]) {
        const bytes = await buildReport({ ...input, paper }, { fonts });
        expect(collisions(bytes).slice(0, 10)).toEqual([]);
      }
    }, 60_000);
  }
});
