import type { Budget, Row, Unit } from './rows.ts';

function digits(unit: Unit, value: number): number {
  if (unit === '×') return 2;
  if (unit === 'score') return 0;
  return Math.abs(value) < 100 ? 1 : 0;
}

export function formatNumber(value: number, unit: Unit): string {
  const text = value.toLocaleString('en-GB', { minimumFractionDigits: digits(unit, value), maximumFractionDigits: digits(unit, value) });
  if (unit === 'score') return text;
  return unit === '×' ? `${text}×` : `${text} ${unit}`;
}

export function formatBudget(budget: Budget | null, unit: Unit): string {
  if (!budget) return '';
  return `${budget.kind === 'max' ? '≤' : '≥'} ${formatNumber(budget.limit, unit)}`;
}

/** "median (min–max)", or the one figure when there was one run. */
export function formatValue(row: Row): string {
  if (!row.value) return row.note;
  const [median, min, max] = [row.value.median, row.value.min, row.value.max].map((value) => formatNumber(value, row.unit));
  return min === max ? `${median}` : `${median} (${min}–${max})`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

/** A plain-text table, one row per figure, columns padded to fit. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['Figure', 'Q', 'Median (range)', 'Budget', 'Verdict', 'Where'];
  const cells = rows.map((row) => [
    row.figure,
    row.questions === null ? '' : String(row.questions),
    formatValue(row),
    formatBudget(row.budget, row.unit),
    row.verdict,
    row.environment,
  ]);
  const widths = header.map((title, column) => Math.max([...title].length, ...cells.map((line) => [...(line[column] ?? '')].length)));
  const line = (values: string[]) =>
    values
      .map((value, column) => pad(value, widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

/** One plain sentence per budget missed, or that none was. */
export function formatMisses(rows: readonly Row[]): string {
  const misses = rows.filter((row) => row.verdict === 'MISS');
  const unmeasured = rows.filter((row) => row.budget && row.verdict === 'not measured');
  const lines = misses.map(
    (row) =>
      `MISSED: ${row.figure}${row.questions === null ? '' : ` at ${row.questions} questions`}: ${formatValue(row)}, budget ${formatBudget(row.budget, row.unit)}.`,
  );
  if (misses.length === 0) lines.push('Every budget that was measured is met.');
  for (const row of unmeasured)
    lines.push(`NOT MEASURED: ${row.figure}${row.questions === null ? '' : ` at ${row.questions} questions`}: ${row.note}.`);
  return lines.join('\n');
}
