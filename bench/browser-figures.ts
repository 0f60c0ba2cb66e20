import type { Browser } from '@playwright/test';
import { sectionPages } from '../src/questionnaire/section-pages.ts';
import type { Questionnaire } from '../src/questionnaire/model.ts';
import { measureLoad, type LoadRun } from './measure-load.ts';
import { measureReportInBrowser, type ReportRun } from './measure-report-browser.ts';
import { measureTypingFloor, measureTypingInApp, TYPED_CHARACTERS } from './measure-typing.ts';
import { repeat } from './repeat.ts';
import { failedRow, kilobytes, measuredRow, notMeasuredRow, pairwise, type Row, type RowSpec } from './rows.ts';
import { seededAssessment } from './seed-assessment.ts';

export interface BrowserSetup {
  browser: Browser;
  baseUrl: string;
  origin: string;
  /** The built app being served at baseUrl. */
  distDir: string;
  runs: number;
  /** Where the browser figures come from, for the table. */
  environment: string;
  /** Folder that receives a copy of the last PDF of each size. */
  keepPdfIn: string;
}

function firstSection(questionnaire: Questionnaire): string {
  const section = questionnaire.sections[0];
  if (!section) throw new Error(`${questionnaire.id} has no section`);
  return section.id;
}

/**
 * Figures 1 and 2: bytes and time before the first question of a section
 * shows, cold cache. `shipped` names a questionnaire that ships with the app
 * rather than a generated one.
 */
export async function loadFigures(
  setup: BrowserSetup,
  questionnaire: Questionnaire,
  count: number,
  shipped?: string,
): Promise<{ rows: Row[]; runs: LoadRun[] }> {
  const env = setup.environment;
  const of = shipped ? `, ${shipped}` : '';
  const specs: RowSpec[] = [
    {
      id: `initial-gzip-${shipped ? questionnaire.id : count}`,
      figure: `Initial JS+CSS, gzip -9${of}`,
      questions: count,
      environment: env,
      unit: 'KB',
      budget: { kind: 'max', limit: 100 },
    },
    {
      id: `first-question-${shipped ? questionnaire.id : count}`,
      figure: `First question visible${of}`,
      questions: count,
      environment: env,
      unit: 'ms',
      budget: { kind: 'max', limit: count <= 40 ? 300 : 600 },
    },
    {
      id: `form-ready-${shipped ? questionnaire.id : count}`,
      figure: `Live form in place${of}`,
      questions: count,
      environment: env,
      unit: 'ms',
      note: 'ms from navigation to the first frame where the live form has replaced the preview drawn before it (decision 035)',
    },
  ];
  try {
    const assessment = seededAssessment(questionnaire, 'empty');
    const section = firstSection(questionnaire);
    const runs = await repeat(setup.runs, () =>
      measureLoad(setup.browser, setup.baseUrl, setup.origin, setup.distDir, assessment, section),
    );
    const [bytes, time, ready] = specs as [RowSpec, RowSpec, RowSpec];
    return {
      rows: [
        measuredRow(
          bytes,
          runs.map((run) => kilobytes(run.gzipBytes)),
        ),
        measuredRow(
          time,
          runs.map((run) => run.firstQuestionMs),
        ),
        measuredRow(
          ready,
          runs.map((run) => run.formReadyMs),
        ),
      ],
      runs,
    };
  } catch (error) {
    return { rows: specs.map((spec) => failedRow(spec, error)), runs: [] };
  }
}

/** Figure 3: typing into a notes field of the big questionnaire, against the bare page's floor. */
export async function typingFigures(setup: BrowserSetup, questionnaire: Questionnaire, count: number): Promise<Row[]> {
  const env = setup.environment;
  const chars = `${TYPED_CHARACTERS} characters`;
  const specs: RowSpec[] = [
    {
      id: `typing-app-${count}`,
      figure: `Typing ${chars} in notes`,
      questions: count,
      environment: env,
      unit: 'ms',
      note: `notes of question 1.1, on page 1 of section 1: ${sectionPages(questionnaire.sections[0]?.questions ?? [])[0]?.length ?? 0} of its ${questionnaire.sections[0]?.questions.length ?? 0} questions (long sections are shown in pages)`,
    },
    { id: 'typing-floor', figure: `Typing ${chars}, bare text area`, environment: env, unit: 'ms', note: 'the floor' },
    {
      id: `typing-excess-${count}`,
      figure: 'Typing excess over the floor',
      questions: count,
      environment: env,
      unit: 'ms',
      budget: { kind: 'max', limit: 100 },
    },
  ];
  try {
    const assessment = seededAssessment(questionnaire, 'empty');
    const section = firstSection(questionnaire);
    // Paired runs, app then floor, so both see the same background load.
    const pairs = await repeat(setup.runs, async () => ({
      app: (await measureTypingInApp(setup.browser, setup.baseUrl, setup.origin, assessment, section)).ms,
      floor: (await measureTypingFloor(setup.browser, setup.baseUrl)).ms,
    }));
    const app = pairs.map((pair) => pair.app);
    const floor = pairs.map((pair) => pair.floor);
    const [appSpec, floorSpec, excessSpec] = specs as [RowSpec, RowSpec, RowSpec];
    return [
      measuredRow(appSpec, app),
      measuredRow(floorSpec, floor),
      measuredRow(
        excessSpec,
        pairwise(app, floor, (x, y) => x - y),
      ),
    ];
  } catch (error) {
    return specs.map((spec) => failedRow(spec, error));
  }
}

export type ReportFigures = { rows: Row[]; readyMs: number[]; pdfBytes: number[] };

/** Figure 4: from "all answered" to the PDF bytes, through the results page's button, and the PDF's size. */
export async function reportFigures(setup: BrowserSetup, questionnaire: Questionnaire, count: number): Promise<ReportFigures> {
  const env = setup.environment;
  const specs: RowSpec[] = [
    {
      id: `pdf-ready-${count}`,
      figure: 'PDF ready (app measure)',
      questions: count,
      environment: env,
      unit: 'ms',
      budget: { kind: 'max', limit: count <= 40 ? 250 : 1000 },
      note: 'performance.measure oversight:report, first report of a fresh page (loads jsPDF and fonts)',
    },
    { id: `pdf-click-${count}`, figure: 'PDF click to download', questions: count, environment: env, unit: 'ms' },
    {
      id: `pdf-again-${count}`,
      figure: 'PDF ready, second report in the page',
      questions: count,
      environment: env,
      unit: 'ms',
      note: 'the same button clicked again: jsPDF, pdf-lib and the fonts already loaded, only the drawing left',
    },
    {
      id: `pdf-size-${count}`,
      figure: 'PDF size',
      questions: count,
      environment: env,
      unit: 'KB',
      budget: { kind: 'max', limit: count <= 40 ? 200 : 1000 },
    },
    {
      id: `pdf-longest-task-${count}`,
      figure: 'Longest main-thread task while the PDF is made',
      questions: count,
      environment: env,
      unit: 'ms',
      note: 'Long Tasks API, first report: how long the page could not respond to a key or click (0: no task of 50 ms or more)',
    },
    {
      id: `pdf-first-over-second-${count}`,
      figure: 'First report ÷ second report, same page',
      questions: count,
      environment: env,
      unit: '×',
      budget: { kind: 'max', limit: 4 / 3 },
      note: 'run by run: the first download of a session may be at most a third slower than the second',
    },
  ];
  const [readySpec, clickSpec, againSpec, sizeSpec, longestSpec, ratioSpec] = specs as [
    RowSpec,
    RowSpec,
    RowSpec,
    RowSpec,
    RowSpec,
    RowSpec,
  ];
  try {
    const assessment = seededAssessment(questionnaire, 'answered');
    const keepAs = `${setup.keepPdfIn}/report-${questionnaire.id}.pdf`;
    const runs: ReportRun[] = await repeat(setup.runs, (run) =>
      measureReportInBrowser(setup.browser, setup.baseUrl, setup.origin, assessment, run === setup.runs - 1 ? keepAs : undefined),
    );
    const available = runs.flatMap((run) => (run.available ? [run] : []));
    const missing = runs.find((run) => !run.available);
    if (missing && !missing.available) {
      return { rows: specs.map((spec) => notMeasuredRow(spec, `report not available: ${missing.reason}`)), readyMs: [], pdfBytes: [] };
    }
    const measures = available.map((run) => run.measureMs);
    const readyMs = measures.every((value): value is number => value !== null) ? measures : [];
    const pdfBytes = available.map((run) => run.pdfBytes);
    return {
      rows: [
        readyMs.length > 0 ? measuredRow(readySpec, readyMs) : notMeasuredRow(readySpec, 'the app recorded no oversight:report measure'),
        measuredRow(
          clickSpec,
          available.map((run) => run.clickToDownloadMs),
        ),
        available.every((run) => run.againMs !== null)
          ? measuredRow(
              againSpec,
              available.map((run) => run.againMs ?? 0),
            )
          : notMeasuredRow(againSpec, 'the app recorded no second oversight:report measure'),
        measuredRow(sizeSpec, pdfBytes.map(kilobytes)),
        measuredRow(
          longestSpec,
          available.map((run) => run.longestTaskMs),
        ),
        available.every((run) => run.againMs !== null && run.measureMs !== null)
          ? measuredRow(
              ratioSpec,
              available.map((run) => (run.measureMs ?? 0) / (run.againMs ?? 1)),
            )
          : notMeasuredRow(ratioSpec, 'the app recorded no first or no second oversight:report measure'),
      ],
      readyMs,
      pdfBytes,
    };
  } catch (error) {
    return { rows: specs.map((spec) => failedRow(spec, error)), readyMs: [], pdfBytes: [] };
  }
}
