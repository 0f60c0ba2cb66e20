import { lazy, Suspense } from 'react';
import { useHashRoute } from './use-hash-route.ts';
import { hrefFor } from '../config/routes.ts';
import { PageHeading } from '../components/page-heading.tsx';

// Each screen is its own chunk: a person opening a section link downloads the
// form code, not the library, results or report code (issue 6's budget).
const HomePage = lazy(() => import('../features/library/home-page.tsx').then((module) => ({ default: module.HomePage })));
const PreviewPage = lazy(() => import('../features/library/preview-page.tsx').then((module) => ({ default: module.PreviewPage })));
const StartPage = lazy(() => import('../features/assessment/start-page.tsx').then((module) => ({ default: module.StartPage })));
const TaskListPage = lazy(() => import('../features/assessment/task-list-page.tsx').then((module) => ({ default: module.TaskListPage })));
const ContextPage = lazy(() => import('../features/assessment/context-page.tsx').then((module) => ({ default: module.ContextPage })));
const SectionPage = lazy(() => import('../features/assessment/section-page.tsx').then((module) => ({ default: module.SectionPage })));
const CheckAnswersPage = lazy(() =>
  import('../features/assessment/check-answers-page.tsx').then((module) => ({ default: module.CheckAnswersPage })),
);
const OpenReportPage = lazy(() =>
  import('../features/open-report/open-report-page.tsx').then((module) => ({ default: module.OpenReportPage })),
);
const ResultsPage = lazy(() => import('../features/results/results-page.tsx').then((module) => ({ default: module.ResultsPage })));

export function App() {
  const route = useHashRoute();
  return (
    <>
      <a className="skip-link" href="#main">Skip to main content</a>
      <header className="site-header">
        <div className="container">
          <a className="site-name" href={hrefFor({ name: 'home' })}>Oversight<span className="visually-hidden"> home</span></a>
          <span className="site-tagline">Ethical impact assessment. Everything stays in your browser.</span>
          <a className="site-link" href={hrefFor({ name: 'open-report' })}>Open a report</a>
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        <Suspense fallback={<p role="status">Loading…</p>}>
        {route.name === 'home' && <HomePage />}
        {route.name === 'preview' && <PreviewPage questionnaireId={route.questionnaireId} />}
        {route.name === 'start' && <StartPage questionnaireId={route.questionnaireId} />}
        {route.name === 'tasks' && <TaskListPage assessmentId={route.assessmentId} />}
        {route.name === 'context' && <ContextPage assessmentId={route.assessmentId} />}
        {route.name === 'section' && (
          <SectionPage key={route.assessmentId} assessmentId={route.assessmentId} sectionId={route.sectionId} questionId={route.questionId} />
        )}
        {route.name === 'check' && <CheckAnswersPage assessmentId={route.assessmentId} />}
        {route.name === 'results' && <ResultsPage assessmentId={route.assessmentId} />}
        {route.name === 'open-report' && <OpenReportPage />}
        {route.name === 'not-found' && (
          <>
            <PageHeading title="Page not found" />
            <p>There is nothing at “{route.path}”. <a href={hrefFor({ name: 'home' })}>Go to the home page</a>.</p>
          </>
        )}
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          Oversight runs entirely in this browser: nothing you enter is sent anywhere.
        </div>
      </footer>
    </>
  );
}
