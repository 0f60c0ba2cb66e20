import { describe, expect, it } from 'vitest';
import { readReportFontFiles } from '../../scripts/fonts/load-fonts-node.ts';
import { compareQuestionnaire } from '../compare/compare.test-support.ts';
import type { Answers } from '../questionnaire/answers.ts';
import { buildComparisonReport, type ComparisonReportInput } from './comparison-report.ts';
import { pdfInfo, pdfText } from './pdf.test-support.ts';

const fonts = readReportFontFiles();

function input(count = 3): ComparisonReportInput {
  const people: { name: string; answers: Answers }[] = [
    { name: 'Ada', answers: { oversight: { value: 'in-place' }, testing: { value: 'planned' }, summary: { value: 'Face matching' } } },
    {
      name: 'Ben',
      answers: {
        oversight: { value: 'planned' },
        testing: { value: 'in-place' },
        'kill-switch': { notApplicable: true, justification: 'n/a' },
      },
    },
    { name: 'Cai', answers: { oversight: { value: 'verified' }, testing: { value: 'planned' } } },
  ];
  return {
    questionnaire: compareQuestionnaire(),
    respondents: Array.from({ length: count }, (_, index) => {
      const person = people[index % people.length] as (typeof people)[number];
      return { ...person, name: index < people.length ? person.name : `${person.name} ${index}`, origin: `from the file r${index}.json` };
    }),
    generatedAt: new Date('2026-12-04T10:00:00Z'),
    timeZone: 'Europe/London',
  };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('buildComparisonReport', () => {
  it('lists the respondents, the disagreement to discuss first, the section scores and every question', () => {
    const bytes = buildComparisonReport(input(), { fonts });
    expect(pdfInfo(bytes).Title).toBe('Comparison of answers: Test questionnaire');
    const text = flat(pdfText(bytes));
    expect(text).toContain('Test questionnaire, version 1.0.0');
    expect(text).toContain('3 respondents compared on 4 December 2026');
    expect(text).toContain('Ada: from the file r0.json');
    const discuss = text.slice(text.indexOf('Discuss these first'), text.indexOf('Scores by section'));
    expect(discuss).toMatch(
      /1\. Question 1\.1 Who can overrule the model\?.*Must-have: Human oversight \(at least “In place”\).*Disagreement: Split on the minimum; Far apart/,
    );
    expect(discuss).toContain('Planned (1): Ben');
    expect(discuss).toContain('In place (1): Ada');
    expect(discuss).toMatch(/2\. Question 1\.2 Tested for groups it fails\?/);
    const scores = text.slice(text.indexOf('Scores by section'), text.indexOf('Every question'));
    expect(scores).toMatch(/Section Ada Ben Cai Range/);
    expect(scores).toMatch(/1\. Safety 31 38 39 8 2\. People 0 0 0 0 Overall 15 19 19 4/);
    expect(text).toContain('Not applicable (1): Ben');
    expect(text).toContain('Ada: Face matching');
    expect(text).toContain('Page 1 of');
  });

  it('splits the score table six respondents at a time', () => {
    const text = flat(pdfText(buildComparisonReport(input(8), { fonts })));
    expect(text).toMatch(/Section Ada Ben Cai Ada 3 Ben 4 Cai 5 Range/);
    expect(text).toMatch(/Section Ada 6 Ben 7 Range/);
  });
});
