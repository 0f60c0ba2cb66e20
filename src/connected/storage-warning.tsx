import { useSaveStatus, storageMode } from '../state/assessment-repository.ts';

/**
 * Shown when the browser will not keep what is typed (private mode, storage
 * full or blocked). The app keeps working in memory; exporting is the way to
 * keep the answers.
 */
export function StorageWarning({ onExport }: { onExport?: () => void }) {
  const status = useSaveStatus();
  if (status.state !== 'memory-only' && storageMode() !== 'memory-only') return null;
  const reason = status.state === 'memory-only' ? status.message : 'This browser does not allow Oversight to store data.';
  return (
    <div className="warning-panel" role="alert">
      <h2>Your answers are not being saved in this browser</h2>
      <p>{reason} Everything you enter is kept while this tab stays open, but will be lost when it closes.</p>
      {onExport && (
        <p>
          <button type="button" className="button button-secondary" onClick={onExport}>
            Export answers
          </button>{' '}
          to keep a copy as a file.
        </p>
      )}
    </div>
  );
}
