import { describe, expect, it } from 'vitest';
import { compareRounds } from './rounds-compare.ts';
import { ROUNDS_CSV_HEADER, roundsCsv, roundsCsvRows } from './rounds-csv.ts';
import { roundAssessment, roundsQuestionnaire } from './rounds.test-support.ts';

const questionnaire = roundsQuestionnaire();
const first = roundAssessment(questionnaire, 'r1', '2026-12-01', {
  q1: { value: 'partly' },
  q2: { value: 'no' },
  q3: { value: 'bad' },
  q4: { value: '=HYPERLINK("http://evil.example")' },
});
const second = roundAssessment(questionnaire, 'r2', '2027-03-01', {
  q1: { value: 'yes' },
  q2: { value: 'no' },
  q3: { value: 'good' },
});

describe('roundsCsvRows', () => {
  const rows = roundsCsvRows(questionnaire, compareRounds(questionnaire, [second, first]));

  it('has a header and one row per question and round', () => {
    expect(rows[0]).toEqual([...ROUNDS_CSV_HEADER]);
    expect(rows).toHaveLength(1 + 4 * 2);
    expect(rows.slice(1).map((row) => [row[0], row[5]])).toEqual([
      ['Round 1', '1.1'],
      ['Round 2', '1.1'],
      ['Round 1', '1.2'],
      ['Round 2', '1.2'],
      ['Round 1', '2.1'],
      ['Round 2', '2.1'],
      ['Round 1', '2.2'],
      ['Round 2', '2.2'],
    ]);
  });

  it('gives each round its answer, points, flag and scores, and says what changed since the round before', () => {
    expect(rows[1]).toEqual([
      'Round 1',
      '2026-12-01',
      'Street Lens',
      '1.0.0',
      '1. Purpose',
      '1.1',
      'Is the purpose written down?',
      'Partly',
      '',
      null,
      1,
      2,
      'Must-have not met',
      25,
      'Not ready',
      13,
      'Not ready',
    ]);
    expect(rows[2]).toEqual([
      'Round 2',
      '2027-03-01',
      'Street Lens',
      '1.0.0',
      '1. Purpose',
      '1.1',
      'Is the purpose written down?',
      'Yes',
      'Yes',
      'Partly',
      2,
      2,
      '',
      50,
      'Launch with conditions',
      75,
      'Launch with conditions',
    ]);
    // Unchanged: q2 was "No" both times.
    expect(rows[4]?.slice(7, 10)).toEqual(['No', 'No', 'No']);
    // A text question earns no points.
    expect(rows[8]?.slice(7, 12)).toEqual(['Not answered', 'Yes', '=HYPERLINK("http://evil.example")', null, null]);
  });

  it('writes a CSV that keeps typed formulas as text', () => {
    const text = roundsCsv(questionnaire, compareRounds(questionnaire, [first, second]));
    expect(text.startsWith('\uFEFFRound,Date,Project,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(1 + 8 + 1);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });
});
