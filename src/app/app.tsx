import { useHashRoute } from './use-hash-route.ts';
import { hrefFor } from '../config/routes.ts';
import { HomePage } from '../features/library/home-page.tsx';
import { PreviewPage } from '../features/library/preview-page.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { StartPage } from '../features/assessment/start-page.tsx';
import { TaskListPage } from '../features/assessment/task-list-page.tsx';
import { ContextPage } from '../features/assessment/context-page.tsx';
import { SectionPage } from '../features/assessment/section-page.tsx';
import { CheckAnswersPage } from '../features/assessment/check-answers-page.tsx';
import { ResultsPage } from '../features/results/results-page.tsx';

export function App() {
  const route = useHashRoute();
  return (
    <>
      <a className="skip-link" href="#main">Skip to main content</a>
      <header className="site-header">
        <div className="container">
          <a className="site-name" href={hrefFor({ name: 'home' })}>Oversight<span className="visually-hidden"> home</span></a>
          <span className="site-tagline">Ethical impact assessment. Everything stays in your browser.</span>
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
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
        {route.name === 'open-report' && (
          <>
            <PageHeading title="Open a report" />
            <p>Not available yet.</p>
          </>
        )}
        {route.name === 'not-found' && (
          <>
            <PageHeading title="Page not found" />
            <p>There is nothing at “{route.path}”. <a href={hrefFor({ name: 'home' })}>Go to the home page</a>.</p>
          </>
        )}
      </main>
      <footer className="site-footer">
        <div className="container">
          Oversight runs entirely in this browser: nothing you enter is sent anywhere.
        </div>
      </footer>
    </>
  );
}
