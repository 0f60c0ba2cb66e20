import { Suspense, use } from 'react';
import { useHashRoute } from './use-hash-route.ts';
import { hrefFor, type Route } from '../config/routes.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { forgetFailedPages, loadedPage, loadPage } from './pages.ts';
import { PageErrorBoundary } from './page-error-boundary.tsx';
import { ServiceWorkerPrompt } from './service-worker-prompt.tsx';

/**
 * The screen for a route. A screen whose code is already loaded (the first
 * one is, see main.tsx) renders at once; another suspends until its chunk
 * arrives. `use` may be called conditionally, unlike other hooks.
 */
function RoutePage({ route }: { route: Route }) {
  switch (route.name) {
    case 'home': {
      const Page = loadedPage('home') ?? use(loadPage('home'));
      return <Page />;
    }
    case 'preview': {
      const Page = loadedPage('preview') ?? use(loadPage('preview'));
      return <Page questionnaireId={route.questionnaireId} />;
    }
    case 'start': {
      const Page = loadedPage('start') ?? use(loadPage('start'));
      return <Page questionnaireId={route.questionnaireId} />;
    }
    case 'tasks': {
      const Page = loadedPage('tasks') ?? use(loadPage('tasks'));
      return <Page assessmentId={route.assessmentId} />;
    }
    case 'context': {
      const Page = loadedPage('context') ?? use(loadPage('context'));
      return <Page assessmentId={route.assessmentId} />;
    }
    case 'section': {
      const Page = loadedPage('section') ?? use(loadPage('section'));
      return (
        <Page
          key={route.assessmentId}
          assessmentId={route.assessmentId}
          sectionId={route.sectionId}
          questionId={route.questionId}
          page={route.page}
          returnTo={route.returnTo}
        />
      );
    }
    case 'check': {
      const Page = loadedPage('check') ?? use(loadPage('check'));
      return <Page assessmentId={route.assessmentId} />;
    }
    case 'results': {
      const Page = loadedPage('results') ?? use(loadPage('results'));
      return <Page assessmentId={route.assessmentId} />;
    }
    case 'open-report': {
      const Page = loadedPage('open-report') ?? use(loadPage('open-report'));
      return <Page />;
    }
    case 'not-found':
      return (
        <>
          <PageHeading title="Page not found" />
          <p>
            There is nothing at “{route.path}”. <a href={hrefFor({ name: 'home' })}>Go to the home page</a>.
          </p>
        </>
      );
  }
}

export function App() {
  const route = useHashRoute();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container">
          <a className="site-name" href={hrefFor({ name: 'home' })}>
            Oversight<span className="visually-hidden"> home</span>
          </a>
          <span className="site-tagline">Ethical impact assessment. Everything stays in your browser.</span>
          <a className="site-link" href={hrefFor({ name: 'open-report' })}>
            Open a report
          </a>
        </div>
      </header>
      <div className="container">
        <ServiceWorkerPrompt />
      </div>
      <main id="main" className="container" tabIndex={-1}>
        {/* Keyed by the address, so a page that failed is tried again when the person moves on. */}
        <PageErrorBoundary key={hrefFor(route)} onStart={forgetFailedPages}>
          <Suspense fallback={<p role="status">Loading…</p>}>
            <RoutePage route={route} />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="container">Oversight runs entirely in this browser: nothing you enter is sent anywhere.</div>
      </footer>
    </>
  );
}
