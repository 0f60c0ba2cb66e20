import { useSaveStatus } from '../state/assessment-repository.ts';

/** A quiet "Saved" line, announced politely; loud only when saving fails. */
export function SaveStatusLine() {
  const status = useSaveStatus();
  const text =
    status.state === 'saving'
      ? 'Saving…'
      : status.state === 'saved'
        ? 'All changes saved in this browser'
        : status.state === 'held'
          ? 'Not saved: this assessment was changed in another tab (see above)'
          : status.state === 'memory-only'
            ? ''
            : '';
  return (
    <p className="save-status" role="status" aria-live="polite">
      {text}
    </p>
  );
}
