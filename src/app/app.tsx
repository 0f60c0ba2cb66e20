import { lazy, Suspense, useEffect, useState } from 'react';
import { useHashRoute } from './use-hash-route.ts';
import { hrefFor, type Route } from '../config/routes.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { forgetFailedPages, readPage } from './pages.ts';
import { PageErrorBoundary } from './page-error-boundary.tsx';
import { whenIdle } from '../components/when-idle.ts';

// Registering the offline copy can wait until the first screen is up: its code
// stays out of what the first question waits for.
const ServiceWorkerPrompt = lazy(() => import('./service-worker-prompt.tsx').then((module) => ({ default: module.ServiceWorkerPrompt })));

// Installing the offline copy downloads and stores every file of the app
// (about 5 MB). Started in the first idle moment, it landed on the results
// page exactly when a quick first report was being drawn, and made that
// report 1.7 times as slow as the second at 400 questions (npm run bench,
// 2026-12-04); a few seconds later, people have had their first look and
// the report work of a quick click is over.
const OFFLINE_COPY_DELAY_MS = 4000;

/** True once the page has been up for `delayMs` and the browser is then idle. */
function useQuietAfter(delayMs: number): boolean {
  const [quiet, setQuiet] = useState(false);
  useEffect(() => {
    let cancelIdle = () => {};
    const timer = window.setTimeout(() => {
      cancelIdle = whenIdle(() => setQuiet(true));
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      cancelIdle();
    };
  }, [delayMs]);
  return quiet;
}

/**
 * The screen for a route. A screen whose code is already loaded (the first
 * one is, see main.tsx) renders at once; another suspends until its chunk
 * arrives (readPage).
 */
function RoutePage({ route }: { route: Route }) {
  switch (route.name) {
    case 'home': {
      const Page = readPage('home');
      return <Page />;
    }
    case 'preview': {
      const Page = readPage('preview');
      return <Page questionnaireId={route.questionnaireId} version={route.version} />;
    }
    case 'start': {
      const Page = readPage('start');
      return <Page questionnaireId={route.questionnaireId} version={route.version} />;
    }
    case 'tasks': {
      const Page = readPage('tasks');
      return <Page assessmentId={route.assessmentId} />;
    }
    case 'context': {
      const Page = readPage('context');
      return <Page assessmentId={route.assessmentId} />;
    }
    case 'section': {
      const Page = readPage('section');
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
      const Page = readPage('check');
      return <Page assessmentId={route.assessmentId} />;
    }
    case 'results': {
      const Page = readPage('results');
      return <Page assessmentId={route.assessmentId} />;
    }
    case 'workshop': {
      const Page = readPage('workshop');
      return (
        <Page
          key={route.assessmentId}
          assessmentId={route.assessmentId}
          sectionId={route.sectionId}
          questionId={route.questionId}
          finished={route.finished === true}
        />
      );
    }
    case 'presenter': {
      const Page = readPage('presenter');
      return <Page assessmentId={route.assessmentId} />;
    }
    case 'rounds': {
      const Page = readPage('rounds');
      return <Page assessmentId={route.assessmentId} />;
    }
    case 'open-report': {
      const Page = readPage('open-report');
      return <Page />;
    }
    case 'compare': {
      const Page = readPage('compare');
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
  const offlineCopy = useQuietAfter(OFFLINE_COPY_DELAY_MS);
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
        {offlineCopy && (
          <Suspense fallback={null}>
            <ServiceWorkerPrompt />
          </Suspense>
        )}
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
