import type { Questionnaire } from '../src/questionnaire/model.ts';
import { hrefFor } from '../src/config/routes.ts';
import {
  LIGHTHOUSE_CATEGORIES,
  LIGHTHOUSE_PRESET,
  launchDebuggedChromium,
  runInOrigin,
  runLighthouse,
  type LighthouseRun,
} from './measure-lighthouse.ts';
import { failedRow, measuredRow, type Row, type RowSpec } from './rows.ts';
import { seededAssessment, seedScript } from './seed-assessment.ts';

const TITLES = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices' } as const;
const MINIMUM = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;

function specsFor(page: 'home' | 'section', questions: number | null, environment: string): RowSpec[] {
  return LIGHTHOUSE_CATEGORIES.map((category) => ({
    id: `lighthouse-${page}-${category}`,
    figure: `Lighthouse ${TITLES[category]}, ${page === 'home' ? 'home page' : 'section page'}`,
    questions,
    environment,
    unit: 'score' as const,
    budget: { kind: 'min' as const, limit: MINIMUM[category] },
  }));
}

const METRIC_NAMES: Record<string, string> = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
};

function describeMetrics(metrics: Record<string, number>): string {
  return Object.entries(metrics)
    .map(([id, value]) => `${METRIC_NAMES[id] ?? id} ${id === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`}`)
    .join(', ');
}

function rowsFor(specs: RowSpec[], run: LighthouseRun): Row[] {
  return LIGHTHOUSE_CATEGORIES.map((category, index) => {
    const row = measuredRow(specs[index] as RowSpec, [run.scores[category]]);
    const failing = run.failing[category];
    const notes = [
      ...(category === 'performance' ? [describeMetrics(run.metrics)] : []),
      ...(failing.length > 0 ? [`lost points on: ${failing.join('; ')}`] : []),
    ];
    return { ...row, note: notes.join('; ') };
  });
}

/** Figure 6: one Lighthouse run (desktop preset) on the home page and on a section page of the big questionnaire. */
export async function lighthouseFigures(
  baseUrl: string,
  origin: string,
  questionnaire: Questionnaire,
  count: number,
  chromiumVersion: string,
): Promise<{ rows: Row[]; runs: LighthouseRun[] }> {
  const environment = `Lighthouse, Chromium ${chromiumVersion}, ${LIGHTHOUSE_PRESET.split(' (')[0]}`;
  const homeSpecs = specsFor('home', null, environment);
  const sectionSpecs = specsFor('section', count, environment);
  let chromium: Awaited<ReturnType<typeof launchDebuggedChromium>> | undefined;
  try {
    chromium = await launchDebuggedChromium();
    const home = await runLighthouse(chromium.port, baseUrl, false);
    const assessment = seededAssessment(questionnaire, 'empty');
    await runInOrigin(chromium.port, origin, seedScript(assessment, origin));
    const sectionId = questionnaire.sections[0]?.id ?? '';
    const section = await runLighthouse(
      chromium.port,
      `${baseUrl}${hrefFor({ name: 'section', assessmentId: assessment.id, sectionId })}`,
      true,
    );
    return { rows: [...rowsFor(homeSpecs, home), ...rowsFor(sectionSpecs, section)], runs: [home, section] };
  } catch (error) {
    return { rows: [...homeSpecs, ...sectionSpecs].map((spec) => failedRow(spec, error)), runs: [] };
  } finally {
    await chromium?.close();
  }
}
