import { summarize, type Summary } from './stats.ts';

export type Unit = 'KB' | 'ms' | '×' | 'score';

/** A limit on the median: at most (`max`) or at least (`min`). */
export interface Budget {
  limit: number;
  kind: 'max' | 'min';
}

export type Verdict = 'ok' | 'MISS' | 'no budget' | 'not measured' | 'failed';

/** One line of the table and of latest.json. */
export interface Row {
  id: string;
  figure: string;
  /** Questions in the questionnaire, when the figure depends on it. */
  questions: number | null;
  /** Where the figure was taken: the browser, Node, Lighthouse. */
  environment: string;
  unit: Unit;
  /** Median and range over the runs; a single derived figure has one run. */
  value: Summary | null;
  budget: Budget | null;
  verdict: Verdict;
  /** Why there is no figure, or what to know about it. */
  note: string;
}

export interface RowSpec {
  id: string;
  figure: string;
  questions?: number | null;
  environment: string;
  unit: Unit;
  budget?: Budget | null;
  note?: string;
}

function judge(value: Summary, budget: Budget | null): Verdict {
  if (!budget) return 'no budget';
  if (Number.isNaN(value.median)) return 'not measured';
  const within = budget.kind === 'max' ? value.median <= budget.limit : value.median >= budget.limit;
  return within ? 'ok' : 'MISS';
}

function base(spec: RowSpec): Omit<Row, 'value' | 'verdict'> {
  return {
    id: spec.id,
    figure: spec.figure,
    questions: spec.questions ?? null,
    environment: spec.environment,
    unit: spec.unit,
    budget: spec.budget ?? null,
    note: spec.note ?? '',
  };
}

/** A figure measured over several runs, judged on its median. */
export function measuredRow(spec: RowSpec, runs: readonly number[]): Row {
  const value = summarize(runs);
  return { ...base(spec), value, verdict: judge(value, spec.budget ?? null) };
}

/** A figure that could not be taken: says why, never a number. */
export function notMeasuredRow(spec: RowSpec, reason: string): Row {
  return { ...base(spec), value: null, verdict: 'not measured', note: `not measured (${reason})` };
}

/** A figure whose measurement broke: the bench itself failed there. */
export function failedRow(spec: RowSpec, error: unknown): Row {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
  return { ...base(spec), value: null, verdict: 'failed', note: `failed: ${message}` };
}

/** Bytes to KB (1 KB = 1,000 bytes, as the budgets are written). */
export function kilobytes(bytes: number): number {
  return bytes / 1000;
}

/** a[i] / b[i] or a[i] − b[i], run by run (runs are paired: taken one after the other). */
export function pairwise(a: readonly number[], b: readonly number[], combine: (x: number, y: number) => number): number[] {
  return a.slice(0, Math.min(a.length, b.length)).map((x, index) => combine(x, b[index] ?? Number.NaN));
}
