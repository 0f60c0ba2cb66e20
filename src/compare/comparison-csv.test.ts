import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '../scoring/build-questionnaire.test-support.ts';
import { compareAnswerSets } from './compare-answer-sets.ts';
import { COMPARISON_CSV_HEADER, comparisonCsv } from './comparison-csv.ts';
import { compareQuestionnaire } from './compare.test-support.ts';
import { parseCsv } from './csv.test-support.ts';

describe('comparisonCsv', () => {
  it('writes one row per question and respondent, under the header', () => {
    const questionnaire = compareQuestionnaire();
    const comparison = compareAnswerSets(questionnaire, [
      { name: 'Ada', answers: { oversight: { value: 'in-place' }, summary: { value: 'Face matching, at "doors"' } } },
      { name: 'Ben', answers: { oversight: { value: 'planned' }, 'kill-switch': { notApplicable: true, justification: 'Off-line' } } },
    ]);
    const csv = comparisonCsv(comparison);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...COMPARISON_CSV_HEADER]);
    expect(rows).toHaveLength(1 + 7 * 2);
    expect(rows.slice(1, 3)).toEqual([
      [
        '1. Safety',
        '1.1',
        'Who can overrule the model?',
        'Must-have',
        'Ada',
        'Answered',
        'In place',
        '75',
        'Yes',
        'Split on the minimum; Far apart',
      ],
      [
        '1. Safety',
        '1.1',
        'Who can overrule the model?',
        'Must-have',
        'Ben',
        'Answered',
        'Planned',
        '25',
        'No',
        'Split on the minimum; Far apart',
      ],
    ]);
    expect(rows[7]).toEqual(['1. Safety', '1.4', 'Describe the product.', '', 'Ada', 'Answered', 'Face matching, at "doors"', '', '', '']);
    expect(rows[10]?.slice(3, 9)).toEqual(['Blocking', 'Ben', 'Not applicable', '', '', '']);
    expect(rows[14]?.slice(1, 6)).toEqual(['2.2', 'Did you tell them what changed?', '', 'Ben', 'Not asked']);
  });

  it('keeps names, questions and answers that start like a formula as text', () => {
    const questionnaire = buildQuestionnaire([
      {
        id: 'tricky',
        title: '=cmd|calc',
        questions: [
          { id: 'plus', text: '+1 for a formula?', options: [{ value: 'yes', label: '@SUM(A1)', score: 1 }] },
          { id: 'typed', kind: 'text', text: 'Anything else?', weight: 0 },
        ],
      },
    ]);
    const comparison = compareAnswerSets(questionnaire, [
      { name: '-2+3', answers: { plus: { value: 'yes' }, typed: { value: '=HYPERLINK("http://x.example")' } } },
    ]);
    const rows = parseCsv(comparisonCsv(comparison));
    expect(rows[1]?.slice(0, 7)).toEqual(['1. =cmd|calc', '1.1', "'+1 for a formula?", '', "'-2+3", 'Answered', "'@SUM(A1)"]);
    expect(rows[2]?.[6]).toBe('\'=HYPERLINK("http://x.example")');
  });
});
