import { Component, type ReactNode } from 'react';
import { hrefFor } from '../config/routes.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { messageOf } from '../questionnaire/wording.ts';

interface Props {
  children: ReactNode;
  /** Called as the boundary starts afresh (a new address): a place to let failed downloads be tried again. */
  onStart?: () => void;
}

interface State {
  error: unknown;
}

// A chunk that fails to download (offline, a new version deployed while the
// tab was open, a flaky network) rejects its dynamic import with a TypeError
// whose wording differs per browser; all of them mention the module or import.
function isLoadFailure(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|import|module script|Loading chunk/i.test(error.message);
}

/**
 * Catches what a page throws while rendering, a screen's code that did not
 * load included, and shows a plain message with a way back instead of
 * leaving the whole app blank. The app keys it by the address, so moving to
 * another page tries again.
 */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  constructor(props: Props) {
    super(props);
    props.onStart?.();
  }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('Unknown error') };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const loadFailure = isLoadFailure(error);
    return (
      <div className="error-summary">
        <PageHeading title={loadFailure ? 'This page could not be loaded' : 'Something went wrong on this page'} />
        <p>
          {loadFailure
            ? 'Part of Oversight did not arrive in this browser: the connection may have dropped, or a new version may have been published since this tab was opened.'
            : 'Oversight hit an error it did not expect while showing this page.'}{' '}
          Your saved answers are not affected: they stay in this browser.
        </p>
        <p className="muted small">Details: {messageOf(error)}</p>
        <p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>{' '}
          <a className="button button-secondary" href={hrefFor({ name: 'home' })}>
            Go to the home page
          </a>
        </p>
      </div>
    );
  }
}
