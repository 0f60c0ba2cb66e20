import type { Questionnaire } from '../src/questionnaire/model.ts';
import { readReportFontFiles } from '../scripts/fonts/load-fonts-node.ts';
import { bareJsPdf, inputTextLines, loadBuildReport, reportInput, reportTextLines, timed } from './measure-report-node.ts';
import { repeat } from './repeat.ts';
import { failedRow, kilobytes, measuredRow, notMeasuredRow, pairwise, type Row, type RowSpec } from './rows.ts';
import { seededAssessment } from './seed-assessment.ts';

export interface NodeFigures {
  rows: Row[];
  /** Which text the lower bound drew. */
  textSource: string;
  lines: number;
}

/**
 * Figure 5: the lower bound (bare jsPDF drawing the report's text line by
 * line) and our buildReport, both in Node on the same input, run by run.
 */
export async function nodeReportFigures(
  questionnaire: Questionnaire,
  count: number,
  runs: number,
  environment: string,
): Promise<NodeFigures> {
  const specs: RowSpec[] = [
    { id: `bare-jspdf-${count}`, figure: 'Lower bound: bare jsPDF', questions: count, environment, unit: 'ms' },
    { id: `bare-jspdf-size-${count}`, figure: 'Lower bound PDF size', questions: count, environment, unit: 'KB' },
    {
      id: `build-report-${count}`,
      figure: 'buildReport',
      questions: count,
      environment,
      unit: 'ms',
      note: 'fonts already read; includes attaching the answers file with pdf-lib',
    },
    {
      id: `report-ratio-${count}`,
      figure: 'buildReport ÷ lower bound',
      questions: count,
      environment,
      unit: '×',
      budget: { kind: 'max', limit: 3 },
    },
    {
      id: `build-report-long-name-${count}`,
      figure: 'buildReport, 5,000-character project name',
      questions: count,
      environment,
      unit: 'ms',
      budget: { kind: 'max', limit: 2000 },
      note: 'the name is on the cover in full and fitted into every header and footer',
    },
    {
      id: `build-report-huge-name-${count}`,
      figure: 'buildReport, 100,000-character project name',
      questions: count,
      environment,
      unit: 'ms',
      note: 'any length gets a PDF (the form limits names; an imported file can carry anything)',
    },
  ];
  const [bareBase, bareSizeSpec, oursSpec, ratioSpec, longNameSpec, hugeNameSpec] = specs as [
    RowSpec,
    RowSpec,
    RowSpec,
    RowSpec,
    RowSpec,
    RowSpec,
  ];
  try {
    const fonts = readReportFontFiles();
    const assessment = seededAssessment(questionnaire, 'answered');
    const input = reportInput(questionnaire, assessment);
    const loaded = await loadBuildReport();
    const sample = loaded.ok ? await loaded.buildReport(input, { fonts }) : null;
    const fromReport = sample ? reportTextLines(sample) : null;
    const lines = fromReport ?? inputTextLines(questionnaire, assessment);
    const textSource = fromReport
      ? 'the report’s own text, read back with pdftotext'
      : `the questionnaire’s and answers’ text (${sample ? 'pdftotext is missing' : 'no report to read'})`;
    const bareSpec: RowSpec = { ...bareBase, note: `draws ${lines.length.toLocaleString('en-GB')} lines: ${textSource}` };

    if (!loaded.ok) {
      const bare = await repeat(runs, async () => timed(() => bareJsPdf(lines, fonts)));
      return {
        rows: [
          measuredRow(
            bareSpec,
            bare.map((run) => run.ms),
          ),
          measuredRow(
            bareSizeSpec,
            bare.map((run) => kilobytes(run.value.length)),
          ),
          notMeasuredRow(oursSpec, loaded.reason),
          notMeasuredRow(ratioSpec, loaded.reason),
          notMeasuredRow(longNameSpec, loaded.reason),
          notMeasuredRow(hugeNameSpec, loaded.reason),
        ],
        textSource,
        lines: lines.length,
      };
    }
    // Paired runs: ours, then the lower bound, so both see the same background load.
    const pairs = await repeat(runs, async () => ({
      ours: (await timed(() => loaded.buildReport(input, { fonts }))).ms,
      bare: await timed(() => bareJsPdf(lines, fonts)),
    }));
    const named = (length: number) => ({
      ...input,
      assessment: {
        ...input.assessment,
        context: { ...input.assessment.context, project: 'Ω long name '.repeat(length / 12 + 1).slice(0, length) },
      },
    });
    const longName = await repeat(runs, async () => (await timed(() => loaded.buildReport(named(5_000), { fonts }))).ms);
    const hugeName = await repeat(Math.min(runs, 2), async () => (await timed(() => loaded.buildReport(named(100_000), { fonts }))).ms);
    const ours = pairs.map((pair) => pair.ours);
    const bare = pairs.map((pair) => pair.bare.ms);
    return {
      rows: [
        measuredRow(bareSpec, bare),
        measuredRow(
          bareSizeSpec,
          pairs.map((pair) => kilobytes(pair.bare.value.length)),
        ),
        measuredRow(oursSpec, ours),
        measuredRow(
          ratioSpec,
          pairwise(ours, bare, (x, y) => x / y),
        ),
        measuredRow(longNameSpec, longName),
        measuredRow(hugeNameSpec, hugeName),
      ],
      textSource,
      lines: lines.length,
    };
  } catch (error) {
    return { rows: specs.map((spec) => failedRow(spec, error)), textSource: '', lines: 0 };
  }
}
