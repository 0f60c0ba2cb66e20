import type { Route } from '../config/routes.ts';
import { loadQuestionnaire, type QuestionnaireWanted } from '../state/load-questionnaire.ts';
import { readAssessment } from '../state/assessment-repository.ts';
import { loadPage, pageOf, pageLoaders, type PageName } from './pages.ts';
import { whenIdle } from '../components/when-idle.ts';
import { loadBundledOutline } from '../questionnaire/bundled-outlines.ts';

/**
 * A cold link to a section page is first drawn from the outline of that
 * page (questionnaire/section-outline.ts), when the assessment is on the
 * version it was cut from; the whole questionnaire follows once the page is
 * painted. True when the outline is here for that.
 */
async function outlineServes(route: Route, questionnaire: QuestionnaireWanted | null): Promise<boolean> {
  if (route.name !== 'section' || route.questionId || !questionnaire) return false;
  const outline = await loadBundledOutline(questionnaire.id, route.sectionId, route.page ?? 1);
  return outline !== null && outline.of.contentHash === questionnaire.contentHash;
}

async function loadFor(route: Route, questionnaire: QuestionnaireWanted | null): Promise<void> {
  if (!questionnaire) return;
  if (await outlineServes(route, questionnaire).catch(() => false)) return;
  await loadQuestionnaire(questionnaire);
}

/** The questionnaire a route will show, when it can be known before rendering. */
function questionnaireOf(route: Route): QuestionnaireWanted | null {
  if (route.name === 'preview' || route.name === 'start') return { id: route.questionnaireId, version: route.version };
  if ('assessmentId' in route) {
    const read = readAssessment(route.assessmentId);
    return read.ok ? read.assessment.questionnaire : null;
  }
  return null;
}

/**
 * Loads a route's screen code and questionnaire together, so the first
 * render shows the page itself rather than a loading line followed by a
 * second and third round trip. Failures are left for the page to report.
 */
export async function prefetchRoute(route: Route): Promise<void> {
  const page = pageOf(route);
  const questionnaire = questionnaireOf(route);
  await Promise.allSettled([page ? loadPage(page) : Promise.resolve(), loadFor(route, questionnaire)]);
}

/**
 * Runs `callback` once nothing on the page is marked busy: a section page
 * drawn before its form (decision 035) is busy until the form takes over,
 * and other screens' code must not take the main thread from that.
 */
function whenNotBusy(callback: () => void): void {
  const busy = () => document.querySelector('[aria-busy="true"]') !== null;
  if (!busy()) {
    callback();
    return;
  }
  const observer = new MutationObserver(() => {
    if (busy()) return;
    observer.disconnect();
    callback();
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
}

/** Once the first page is up and settled, fetch the other screens' code while the browser is idle. */
export function prefetchOtherPages(): void {
  whenIdle(() =>
    whenNotBusy(() =>
      whenIdle(() => {
        for (const name of Object.keys(pageLoaders) as PageName[]) void loadPage(name).catch(() => undefined);
      }),
    ),
  );
}
