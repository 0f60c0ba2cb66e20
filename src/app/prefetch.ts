import type { Route } from '../config/routes.ts';
import { loadQuestionnaire, type QuestionnaireWanted } from '../state/load-questionnaire.ts';
import { readAssessment } from '../state/assessment-repository.ts';
import { loadPage, pageOf, pageLoaders, type PageName } from './pages.ts';
import { whenIdle } from '../components/when-idle.ts';

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
  await Promise.allSettled([
    page ? loadPage(page) : Promise.resolve(),
    questionnaire ? loadQuestionnaire(questionnaire) : Promise.resolve(),
  ]);
}

/** Once the first page is up, fetch the other screens' code while the browser is idle. */
export function prefetchOtherPages(): void {
  whenIdle(() => {
    for (const name of Object.keys(pageLoaders) as PageName[]) void loadPage(name).catch(() => undefined);
  });
}
