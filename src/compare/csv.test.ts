import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Data protection')).toBe('Data protection');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('yes, mostly')).toBe('"yes, mostly"');
    expect(csvCell('the "best" answer')).toBe('"the ""best"" answer"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it.each(['=HYPERLINK("http://x.example","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tstart', '\rstart'])(
    'turns text that a spreadsheet would run as a formula into text: %j',
    (text) => {
      const cell = csvCell(text);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
      expect(unquoted).toBe(`'${text}`);
    },
  );

  it('does not touch a formula character later in the text', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('e-mail')).toBe('e-mail');
  });
});

describe('toCsv', () => {
  it('writes a byte-order mark, joins cells with commas and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['question', 'answer'],
        ['1.1', '=1+1'],
      ]),
    ).toBe("\uFEFFquestion,answer\r\n1.1,'=1+1\r\n");
  });
});
