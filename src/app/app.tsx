import { useHashRoute } from './use-hash-route.ts';
import { hrefFor } from '../config/routes.ts';
import { HomePage } from '../features/library/home-page.tsx';
import { PreviewPage } from '../features/library/preview-page.tsx';
import { PageHeading } from '../components/page-heading.tsx';

export function App() {
  const route = useHashRoute();
  return (
    <>
      <a className="skip-link" href="#main">Skip to main content</a>
      <header className="site-header">
        <div className="container">
          <a className="site-name" href={hrefFor({ name: 'home' })}>Oversight</a>
          <span className="site-tagline">Ethical impact assessment. Everything stays in your browser.</span>
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        {route.name === 'home' && <HomePage />}
        {route.name === 'preview' && <PreviewPage questionnaireId={route.questionnaireId} />}
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
