import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { Assessment } from '../storage/assessment.ts';
import { useAssessment } from '../state/use-assessment.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { StorageWarning } from './storage-warning.tsx';
import { hrefFor } from '../config/routes.ts';
import { discardHeldChanges, keepThisVersion, useChangedElsewhere } from '../state/assessment-repository.ts';
import { isBundledQuestionnaire } from '../questionnaire/bundled-questionnaires.ts';

// Shown once after an assessment moved to a new questionnaire version: loaded then.
const MigrationNotice = lazy(() => import('../components/migration-notice.tsx').then((module) => ({ default: module.MigrationNotice })));

// Only an assessment on the person's own questionnaire can have lost it from
// their list: the notice, and the store it reads, load for those alone.
const RemovedQuestionnaireNotice = lazy(() =>
  import('./removed-questionnaire-notice.tsx').then((module) => ({ default: module.RemovedQuestionnaireNotice })),
);

type Ready = Extract<ReturnType<typeof useAssessment>, { status: 'ready' }>;

// Only needed when something has gone wrong, so not part of every page's first download.
// If even that download fails (offline, a new version deployed), it says so.
function exportAnswers(assessment: Assessment, onFailed: () => void): void {
  import('./export-answers.ts').then((module) => module.exportAnswers(assessment)).catch(onFailed);
}

/** What an assessment's page shows while its questionnaire loads. */
export function AssessmentLoading() {
  return <p role="status">Loading the assessment…</p>;
}

/**
 * Loads an assessment and shows its page, or says plainly why it cannot.
 * `whileLoading` replaces the loading line, for a page that can draw itself
 * before the whole questionnaire has arrived (the section page's preview);
 * if the page then draws the same element, it stays mounted.
 */
export function AssessmentFrame({
  assessmentId,
  whileLoading,
  children,
}: {
  assessmentId: string;
  whileLoading?: ReactNode;
  children: (ready: Ready) => ReactNode;
}) {
  const state = useAssessment(assessmentId);
  const changedElsewhere = useChangedElsewhere(assessmentId);
  const [exportFailed, setExportFailed] = useState(false);
  if (state.status === 'missing') {
    return (
      <>
        <PageHeading title="Assessment not found" />
        <p>{state.message}</p>
        <p>
          <a href={hrefFor({ name: 'home' })}>Go to your assessments</a>
        </p>
      </>
    );
  }
  const ready = state.status === 'ready' ? state : null;
  // The same places while loading as when ready, so what `whileLoading` drew
  // can stay on screen, still mounted, when the page draws the same thing.
  return (
    <>
      {/* Typing saves without re-rendering this frame, so `state.assessment` can be behind what is on screen. */}
      {ready && <StorageWarning onExport={() => exportAnswers(ready.getLatest(), () => setExportFailed(true))} />}
      {exportFailed && (
        <p className="field-error" role="alert">
          The export could not start. Check the connection, then try again.
        </p>
      )}
      {ready && changedElsewhere && (
        <div className="warning-panel" role="alert">
          <h2>This assessment was changed in another tab or window</h2>
          <p>
            So that neither copy silently replaces the other, this page has stopped saving. Reload to carry on from the other tab&apos;s
            version: changes made on this page since it arrived are then left out, so export them first if you need them. Or keep this
            page&apos;s version: it replaces the other tab&apos;s changes.
          </p>
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                discardHeldChanges(assessmentId);
                window.location.reload();
              }}
            >
              Reload this page
            </button>{' '}
            <button type="button" className="button button-secondary" onClick={() => keepThisVersion(assessmentId)}>
              Keep this page&apos;s version
            </button>{' '}
            <button
              type="button"
              className="button button-secondary"
              onClick={() => exportAnswers(ready.getLatest(), () => setExportFailed(true))}
            >
              Export answers
            </button>
          </p>
        </div>
      )}
      {ready && !isBundledQuestionnaire(ready.assessment.questionnaire.id) && (
        <Suspense fallback={null}>
          <RemovedQuestionnaireNotice questionnaire={ready.assessment.questionnaire} />
        </Suspense>
      )}
      {ready?.migration && (
        <Suspense fallback={null}>
          <MigrationNotice migration={ready.migration} onAcknowledge={ready.acknowledgeMigration} />
        </Suspense>
      )}
      {ready ? children(ready) : (whileLoading ?? <AssessmentLoading />)}
    </>
  );
}
