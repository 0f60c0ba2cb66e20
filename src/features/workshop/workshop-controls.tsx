import { useState } from 'react';
import { hrefFor } from '../../config/routes.ts';
import { KEY_LIST } from './workshop-keys.ts';

/** The keys, always on screen: a room cannot ask the laptop what it does. */
export function KeyList() {
  return (
    <details className="workshop-keys" open>
      <summary>Keys</summary>
      <dl>
        {KEY_LIST.map((entry) => (
          <div key={entry.does}>
            <dt>{entry.keys.map((key) => (key === '–' ? <span key={key}> to </span> : <kbd key={key}>{key}</kbd>))}</dt>
            <dd>{entry.does}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/**
 * Opens the presenter notes in a window of their own, for the laptop's
 * screen while the projector shows the question; it follows this screen
 * (see docs/decisions/028-presenter-window.md).
 */
export function PresenterWindowButton({ assessmentId }: { assessmentId: string }) {
  const [blocked, setBlocked] = useState(false);
  const open = () => {
    const opened = window.open(hrefFor({ name: 'presenter', assessmentId }), 'oversight-presenter', 'popup,width=960,height=720');
    setBlocked(opened === null);
  };
  return (
    <>
      <button type="button" className="button button-secondary" onClick={open}>
        Open the presenter window
      </button>
      {blocked && (
        <p className="field-error" role="alert">
          The browser blocked the presenter window. Allow pop-ups for this site and try again, or show the notes on this screen.
        </p>
      )}
    </>
  );
}
