/**
 * `npm run bench`: builds the app with generated questionnaires of 40 and 400
 * questions, serves it on 127.0.0.1 and measures it in headless Chromium, in
 * Node and with Lighthouse; prints each figure against its budget and writes
 * bench/results/latest.json. A report, not a test: missed budgets still exit
 * 0; only a bench that breaks exits 1. See docs/performance.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { loadQuestionnaireFile } from '../scripts/load-questionnaire-file.ts';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { reportFigures, loadFigures, typingFigures, type BrowserSetup } from './browser-figures.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, launchBrowser } from './browser.ts';
import { QUESTION_COUNTS, writeBenchQuestionnaires } from './generate-questionnaire.ts';
import { lighthouseFigures } from './lighthouse-figures.ts';
import { LIGHTHOUSE_PRESET } from './measure-lighthouse.ts';
import { nodeReportFigures } from './node-figures.ts';
import { formatMisses, formatTable } from './print-table.ts';
import { measuredRow, notMeasuredRow, type Row, type RowSpec } from './rows.ts';
import { median } from './stats.ts';
import { buildApp, serveBuild } from './serve-app.ts';

const GENERATED = 'bench/.generated';
const QUESTIONS_DIR = `${GENERATED}/questions`;
const DIST_DIR = `${GENERATED}/dist`;
const RESULTS_DIR = 'bench/results';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'skip-lighthouse': { type: 'boolean', default: false },
    // A comma-separated subset, for iterating on one figure; the full run is the one to quote.
    only: { type: 'string', default: 'load,typing,report,node,lighthouse' },
  },
});
const PARTS = ['load', 'typing', 'report', 'node', 'lighthouse'] as const;
const only = new Set(options.only.split(',').map((part) => part.trim()));
for (const part of only) {
  if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--only takes some of ${PARTS.join(', ')}; "${part}" is not one`);
}
const wants = (part: (typeof PARTS)[number]) => only.has(part);
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not ${options.runs}`);

const started = performance.now();
const step = (text: string) => console.log(`== ${text} (${((performance.now() - started) / 1000).toFixed(0)} s)`);

/** From 40 to 400 questions, time may grow at most tenfold: no worse than linear. */
function growthRow(spec: RowSpec, small: readonly number[], large: readonly number[], budgeted: boolean): Row {
  if (small.length === 0 || large.length === 0) return notMeasuredRow(spec, 'no figures at both sizes');
  const [few, many] = QUESTION_COUNTS;
  return measuredRow({ ...spec, budget: budgeted ? { kind: 'max', limit: many / few } : null }, [median(large) / median(small)]);
}

// Other work on the machine skews every time figure: say so rather than hide it.
function warnIfBusy(when: string): void {
  const load = loadavg()[0] ?? 0;
  if (load > cpus().length / 2) {
    console.warn(
      `Note: the machine is busy ${when} (load ${load.toFixed(2)} on ${cpus().length} CPUs); take final figures on a quiet machine.`,
    );
  }
}

const loadAtStart = Number((loadavg()[0] ?? 0).toFixed(2));
warnIfBusy('at the start');
step('generating questionnaires');
const questionnaires = await writeBenchQuestionnaires(QUESTIONS_DIR);
const [few, many] = QUESTION_COUNTS;
const small = questionnaires.get(few);
const large = questionnaires.get(many);
if (!small || !large) throw new Error('the generated questionnaires are missing');

step('building the app (vite build, with the generated questionnaires)');
await buildApp(QUESTIONS_DIR, DIST_DIR);
const server = await serveBuild(DIST_DIR);
mkdirSync(RESULTS_DIR, { recursive: true });
const rows: Row[] = [];
const details: Record<string, unknown> = {};
const browser = await launchBrowser();
const chromiumVersion = browser.version();

try {
  step(`measuring in Chromium at ${server.baseUrl}`);
  const environment = `Chromium ${chromiumVersion}, headless`;
  const setup: BrowserSetup = {
    browser,
    baseUrl: server.baseUrl,
    origin: server.origin,
    distDir: DIST_DIR,
    runs,
    environment,
    keepPdfIn: RESULTS_DIR,
  };
  try {
    for (const [count, questionnaire] of wants('load')
      ? ([
          [few, small],
          [many, large],
        ] as const)
      : []) {
      const load = await loadFigures(setup, questionnaire, count);
      rows.push(...load.rows);
      details[`files-loaded-${count}`] = load.runs[0]?.files ?? [];
      details[`load-timeline-${count}`] = load.runs.map(
        ({ documentMs, domContentLoadedMs, inDocumentMs, firstQuestionMs, formReadyMs }) => ({
          documentMs,
          domContentLoadedMs,
          inDocumentMs,
          firstQuestionMs,
          formReadyMs,
        }),
      );
    }
    if (wants('load')) {
      // The generated questionnaires carry short texts; the shipped default
      // checklist has long help texts and actions, what a person meets.
      const shipped = await loadQuestionnaireFile('questions/launch-ethics.yaml');
      const count = shipped.sections.reduce((sum, section) => sum + section.questions.length, 0);
      const load = await loadFigures(setup, shipped, count, 'default checklist');
      rows.push(...load.rows);
      details[`files-loaded-${shipped.id}`] = load.runs[0]?.files ?? [];
    }
    if (wants('typing')) {
      step('typing');
      rows.push(...(await typingFigures(setup, large, many)));
    }
    if (wants('report')) {
      step('PDF report in the browser');
      const reports = [await reportFigures(setup, small, few), await reportFigures(setup, large, many)];
      rows.push(...reports.flatMap((report) => report.rows));
      const [fewReports, manyReports] = reports as [(typeof reports)[0], (typeof reports)[0]];
      const growth = { figure: `PDF ready growth, ${few} → ${many} questions`, environment, unit: '×' as const };
      rows.push(
        growthRow(
          { ...growth, id: 'pdf-ready-growth', note: 'ratio of medians; linear is 10×' },
          fewReports.readyMs,
          manyReports.readyMs,
          true,
        ),
      );
      rows.push(
        growthRow(
          { ...growth, id: 'pdf-size-growth', figure: `PDF size growth, ${few} → ${many} questions` },
          fewReports.pdfBytes,
          manyReports.pdfBytes,
          false,
        ),
      );
    }
  } finally {
    await browser.close();
  }

  if (wants('node')) step('PDF report in Node: buildReport against bare jsPDF');
  const nodeEnvironment = `Node ${process.version}`;
  for (const [count, questionnaire] of wants('node')
    ? ([
        [few, small],
        [many, large],
      ] as const)
    : []) {
    const figures = await nodeReportFigures(questionnaire, count, runs, nodeEnvironment);
    rows.push(...figures.rows);
    details[`lower-bound-text-${count}`] = { source: figures.textSource, lines: figures.lines };
  }

  if (options['skip-lighthouse'] || !wants('lighthouse')) {
    step('Lighthouse skipped');
  } else {
    step(`Lighthouse, ${LIGHTHOUSE_PRESET}`);
    const lighthouse = await lighthouseFigures(server.baseUrl, server.origin, large, many, chromiumVersion);
    rows.push(...lighthouse.rows);
    details.lighthouse = lighthouse.runs;
  }
} finally {
  await server.close();
}

warnIfBusy('at the end');
const seconds = (performance.now() - started) / 1000;
const report = {
  date: new Date().toISOString(),
  durationSeconds: Math.round(seconds),
  machine: {
    cpus: cpus().length,
    loadAverage1mAtStart: loadAtStart,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverage1mAtEnd: Number((loadavg()[0] ?? 0).toFixed(2)),
    node: process.version,
    chromium: chromiumVersion,
    chromiumPath: CHROMIUM_PATH,
    chromiumFlags: CHROMIUM_FLAGS,
  },
  settings: {
    runs,
    warmups: 1,
    freshContextPerRun: true,
    lighthouse: options['skip-lighthouse'] || !wants('lighthouse') ? 'skipped' : LIGHTHOUSE_PRESET,
    parts: [...only],
  },
  rows,
  details,
};
writeFileSync(`${RESULTS_DIR}/latest.json`, `${JSON.stringify(report, null, 2)}\n`);

console.log(`\n${formatTable(rows)}\n`);
for (const row of rows.filter((candidate) => candidate.note && candidate.value)) console.log(`- ${row.id}: ${row.note}`);
console.log(`\n${formatMisses(rows)}`);
console.log(
  `\n${runs} runs after 1 warm-up; ${seconds.toFixed(0)} s; ${cpus().length} CPUs, load ${report.machine.loadAverage1mAtStart} at the start and ${report.machine.loadAverage1mAtEnd} at the end. Written to ${RESULTS_DIR}/latest.json.`,
);

const failed = rows.filter((row) => row.verdict === 'failed');
if (failed.length > 0) {
  console.error(`\nThe bench itself failed on ${failed.length} figure(s):\n${failed.map((row) => `- ${row.id}: ${row.note}`).join('\n')}`);
  process.exitCode = 1;
}
