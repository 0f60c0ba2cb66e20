import { describe, expect, it } from 'vitest';
import { findUnsupportedCharacters } from './find-unsupported-characters.ts';
import { reportTexts } from './report-texts.ts';
import { toPdfText } from './pdf-text.ts';
import { assessmentFor, loadQuestionnaire } from './fixtures.test-support.ts';

const SUPPORTED = 'Łukasz Zoë Ωmega Привет “quoted” — ✓';

describe('findUnsupportedCharacters', () => {
  it('finds Japanese and emoji, each with every place it appears', () => {
    const found = findUnsupportedCharacters([
      { where: 'Project name', text: '日本 launch' },
      { where: 'Notes for question 2.3', text: 'Great 😀 and 日本' },
    ]);
    expect(found).toEqual([
      { char: '日', codePoint: 'U+65E5', where: ['Project name', 'Notes for question 2.3'] },
      { char: '本', codePoint: 'U+672C', where: ['Project name', 'Notes for question 2.3'] },
      { char: '😀', codePoint: 'U+1F600', where: ['Notes for question 2.3'] },
    ]);
  });

  it('accepts Latin, Latin Extended, Greek, Cyrillic, typographic punctuation and ✓', () => {
    expect(findUnsupportedCharacters([{ where: 'Project name', text: SUPPORTED }])).toEqual([]);
  });

  it('accepts line breaks and tabs, and letters written with combining accents', () => {
    expect(findUnsupportedCharacters([{ where: 'Description', text: 'line\r\nnext\tcafe\u0301' }])).toEqual([]);
  });

  it('flags right-to-left scripts the report cannot lay out', () => {
    expect(findUnsupportedCharacters([{ where: 'Organisation', text: 'שלום' }]).map((entry) => entry.codePoint)).toContain('U+05E9');
  });
});

describe('toPdfText', () => {
  it('draws each character the fonts lack as one replacement character', () => {
    expect(toPdfText('a😀b日')).toBe('a\uFFFDb\uFFFD');
    expect(toPdfText(SUPPORTED)).toBe(SUPPORTED);
    expect(toPdfText('cafe\u0301\tx\r\ny')).toBe('café    x\ny');
  });
});

describe('reportTexts', () => {
  it('names every text the person typed that the report prints', async () => {
    const questionnaire = await loadQuestionnaire('launch-ethics');
    const assessment = assessmentFor(
      questionnaire,
      {
        'product-purpose': { value: 'Faces 😀' },
        'accountable-owner': { value: 'no', notes: 'Board 日本' },
        'feedback-changed-design': { notApplicable: true, justification: 'Covered elsewhere' },
        'human-review-decisions': { value: 'no-consequential-decisions', justification: 'It only sorts photos' },
        // "Not applicable" is not offered here, so its reason is neither printed nor checked.
        'impact-assessment': { notApplicable: true, justification: 'Ignored 日本' },
        'reviewer-power': { value: 'yes', notes: 'hidden 日本' },
      },
      { actionPlan: { 'accountable-owner': { owner: 'Zoë', due: '2026-12-01', state: 'open', reason: '' } } },
    );
    const wheres = reportTexts(assessment, questionnaire).map((text) => text.where);
    expect(wheres).toEqual([
      'Project name',
      'Organisation',
      'Description',
      'Assessor name',
      'Assessor role',
      'Answer to question 1.1',
      'Notes for question 2.1',
      'Why question 3.5 does not apply',
      'Reason given for question 4.5',
      'Owner of the action for question 2.1',
      'Due date of the action for question 2.1',
    ]);
    // reviewer-power (4.2) is hidden while no review is planned: not printed, not checked.
    const found = findUnsupportedCharacters(reportTexts(assessment, questionnaire));
    expect(found.find((entry) => entry.char === '日')?.where).toEqual(['Notes for question 2.1']);
  });
});
