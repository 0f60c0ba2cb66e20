import { loaders } from 'virtual:questionnaire-loaders';
import { parseRoute, type Route } from '../config/routes.ts';
import { loadPage, pageOf } from './pages.ts';
import { startReportWorkerEarly } from '../report/runtime/report-worker-start.ts';
import { assessmentKey } from '../storage/storage-keys.ts';
import { outlineLoader } from '../questionnaire/bundled-outlines.ts';

/**
 * The entry point, kept tiny on purpose: before React and the rest of the
 * app have even arrived, it starts fetching the app, the screen the address
 * points to and that screen's questionnaire, so all of it downloads in one
 * parallel wave rather than one chunk after another. It must not import
 * anything that imports React or the core (vite.config.ts keeps its
 * imports in a chunk of their own): a static import would make it wait for
 * those chunks to arrive and run before it could start the others.
 */
function questionnaireHint(route: Route): string | null {
  if (route.name === 'preview' || route.name === 'start') return route.questionnaireId;
  if (!('assessmentId' in route)) return null;
  try {
    // Only a hint to start a download: the real read parses and checks it.
    const raw = JSON.parse(localStorage.getItem(assessmentKey(route.assessmentId)) ?? 'null') as {
      assessment?: { questionnaire?: { id?: unknown } };
    } | null;
    const id = raw?.assessment?.questionnaire?.id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/**
 * A section page is drawn first from its page's outline, the whole
 * questionnaire following once it is painted (app/prefetch.ts): start the
 * outline's download for it, the whole questionnaire's for other screens.
 */
function hintedDownload(route: Route, id: string): () => Promise<unknown> {
  const whole = loaders[id] ?? (() => Promise.resolve());
  if (route.name !== 'section' || route.questionId) return whole;
  return outlineLoader(id, route.sectionId, route.page ?? 1) ?? whole;
}

const route = parseRoute(window.location.hash);
const app = import('./main.tsx');
const page = pageOf(route);
if (page) void loadPage(page).catch(() => undefined);
const hint = questionnaireHint(route);
// Object.hasOwn: a hint read from storage must not call what every object inherits.
if (hint && Object.hasOwn(loaders, hint)) void hintedDownload(route, hint)().catch(() => undefined);
// The results page offers the PDF report: its code and fonts load in the
// report worker, on the other core, while this thread starts the page.
if (route.name === 'results') startReportWorkerEarly();
// Without the app's code there is no React to show an error page: say so in
// plain DOM, so the page is never left blank.
await app.catch((error: unknown) => {
  const root = document.getElementById('root');
  if (!root) return;
  const heading = document.createElement('h1');
  heading.textContent = 'Oversight could not be loaded';
  const text = document.createElement('p');
  // messageOf (questionnaire/wording.ts) written out: the boot entry imports nothing from the core chunk.
  text.textContent = `Part of the app did not arrive in this browser (${error instanceof Error ? error.message : String(error)}). Your saved answers are not affected. Reload the page to try again.`;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button';
  reload.textContent = 'Reload the page';
  reload.addEventListener('click', () => window.location.reload());
  root.replaceChildren(heading, text, reload);
});
