import { useRef, useEffect } from 'react';

/**
 * Says that a new version of Oversight has been downloaded and is waiting.
 * It is announced, not focused: it must not pull the person out of a
 * question they are answering. Reload starts the new version (answers are
 * saved as typed, so nothing is lost); Later keeps this one until the next
 * visit.
 */
export function UpdatePrompt({ onReload, onDismiss }: { onReload: () => void; onDismiss: () => void }) {
  const panel = useRef<HTMLDivElement>(null);
  // Escape anywhere in the panel means "later", as for other dismissible panels.
  useEffect(() => {
    const element = panel.current;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onDismiss();
    element?.addEventListener('keydown', onKey);
    return () => element?.removeEventListener('keydown', onKey);
  }, [onDismiss]);
  return (
    <div ref={panel} className="update-prompt" role="region" aria-label="New version">
      <p role="status">A new version is ready.</p>
      <p>
        <button type="button" className="button button-small" onClick={onReload}>
          Reload
        </button>{' '}
        <button type="button" className="link-button" onClick={onDismiss}>
          Later
        </button>
      </p>
    </div>
  );
}
