import type { Route } from '../config/routes.ts';

// Each screen is its own chunk: a person opening a section link downloads the
// form code, not the library, results or report code: the first question waits for less.
export const pageLoaders = {
  home: () => import('../features/library/home-page.tsx').then((module) => module.HomePage),
  preview: () => import('../features/library/preview-page.tsx').then((module) => module.PreviewPage),
  start: () => import('../features/assessment/start-page.tsx').then((module) => module.StartPage),
  tasks: () => import('../features/assessment/task-list-page.tsx').then((module) => module.TaskListPage),
  context: () => import('../features/assessment/context-page.tsx').then((module) => module.ContextPage),
  section: () => import('../features/assessment/section-page.tsx').then((module) => module.SectionPage),
  check: () => import('../features/assessment/check-answers-page.tsx').then((module) => module.CheckAnswersPage),
  results: () => import('../features/results/results-page.tsx').then((module) => module.ResultsPage),
  workshop: () => import('../features/workshop/workshop-page.tsx').then((module) => module.WorkshopPage),
  presenter: () => import('../features/workshop/presenter-page.tsx').then((module) => module.PresenterPage),
  rounds: () => import('../features/rounds/rounds-page.tsx').then((module) => module.RoundsPage),
  'open-report': () => import('../features/open-report/open-report-page.tsx').then((module) => module.OpenReportPage),
  compare: () => import('../features/compare/compare-page.tsx').then((module) => module.ComparePage),
};

export type PageName = keyof typeof pageLoaders;
type PageComponent<Name extends PageName> = Awaited<ReturnType<(typeof pageLoaders)[Name]>>;

const loaded = new Map<PageName, unknown>();
const loading = new Map<PageName, Promise<unknown>>();
// Kept until the next page is shown, so a render sees the same rejected
// promise (a fresh one each time would suspend for ever).
const failed = new Map<PageName, unknown>();

/** Lets screens whose code failed to load be downloaded again, on the next visit. */
export function forgetFailedPages(): void {
  for (const name of failed.keys()) loading.delete(name);
  failed.clear();
}

/** Starts (once) loading a screen's code; resolves to its component. */
export function loadPage<Name extends PageName>(name: Name): Promise<PageComponent<Name>> {
  let promise = loading.get(name);
  if (!promise) {
    promise = pageLoaders[name]().then(
      (component) => {
        loaded.set(name, component);
        return component;
      },
      (error: unknown) => {
        failed.set(name, error);
        throw error;
      },
    );
    loading.set(name, promise);
  }
  return promise as Promise<PageComponent<Name>>;
}

/** The component if its code is already here, so it renders without suspending. */
export function loadedPage<Name extends PageName>(name: Name): PageComponent<Name> | undefined {
  return loaded.get(name) as PageComponent<Name> | undefined;
}

/**
 * The component for a render: at once if its code is here, otherwise the
 * render suspends (React 18 suspends on a thrown promise) until the chunk
 * arrives, and a chunk that failed to load throws its error to the page's
 * error boundary.
 */
export function readPage<Name extends PageName>(name: Name): PageComponent<Name> {
  const component = loadedPage(name);
  if (component) return component;
  if (failed.has(name)) throw failed.get(name);
  throw loadPage(name);
}

export function pageOf(route: Route): PageName | null {
  return route.name === 'not-found' ? null : route.name;
}
