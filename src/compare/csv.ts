/**
 * Comma-separated values that open cleanly in a spreadsheet: RFC 4180
 * quoting, CRLF line ends, and a byte-order mark so Excel reads UTF-8.
 *
 * A cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return would be taken by a spreadsheet as a formula (and a formula can
 * fetch a URL or run a command), so such text gets a leading apostrophe:
 * the spreadsheet shows it as typed, as text. Numbers are written as they
 * are, so a negative score stays a number.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as CSV text. */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows (the first usually the header) as one CSV file's text. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
