import { useMemo, useState, type ReactNode } from 'react';
import type { Assessment, QuestionnaireRef } from '../storage/assessment.ts';
import { useAssessment } from '../state/use-assessment.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { StorageWarning } from './storage-warning.tsx';
import { hrefFor } from '../config/routes.ts';
import { discardHeldChanges, keepThisVersion, useChangedElsewhere } from '../state/assessment-repository.ts';
import { MigrationNotice } from '../components/migration-notice.tsx';
import { isRemovedQuestionnaire } from '../state/questionnaire-repository.ts';

type Ready = Extract<ReturnType<typeof useAssessment>, { status: 'ready' }>;

// Only needed when something has gone wrong, so not part of every page's first download.
// If even that download fails (offline, a new version deployed), it says so.
function exportAnswers(assessment: Assessment, onFailed: () => void): void {
  import('./export-answers.ts').then((module) => module.exportAnswers(assessment)).catch(onFailed);
}

/** Says so when the person removed this assessment's questionnaire from their list: it is kept for the assessment. */
function RemovedQuestionnaireNotice({ questionnaire }: { questionnaire: QuestionnaireRef }) {
  const { id, version, contentHash, title } = questionnaire;
  // Read once per questionnaire, not on every render of the page.
  const removed = useMemo(() => isRemovedQuestionnaire({ id, version, contentHash }), [id, version, contentHash]);
  if (!removed) return null;
  return (
    <div className="notice-panel" role="note" aria-labelledby="removed-questionnaire-heading">
      <h2 id="removed-questionnaire-heading">Its questionnaire was removed from your questionnaires</h2>
      <p>
        This assessment uses “{title}” version {version}, which was removed from the list on the home page. The assessment keeps working:
        Oversight keeps a copy of the questionnaire for as long as an assessment uses it. To start new assessments with it, load its file
        again on the <a href={hrefFor({ name: 'home' })}>home page</a>.
      </p>
    </div>
  );
}

/** Loads an assessment and shows its page, or says plainly why it cannot. */
export function AssessmentFrame({ assessmentId, children }: { assessmentId: string; children: (ready: Ready) => ReactNode }) {
  const state = useAssessment(assessmentId);
  const changedElsewhere = useChangedElsewhere(assessmentId);
  const [exportFailed, setExportFailed] = useState(false);
  if (state.status === 'loading') return <p role="status">Loading the assessment…</p>;
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
  return (
    <>
      {/* Typing saves without re-rendering this frame, so `state.assessment` can be behind what is on screen. */}
      <StorageWarning onExport={() => exportAnswers(state.getLatest(), () => setExportFailed(true))} />
      {exportFailed && (
        <p className="field-error" role="alert">
          The export could not start. Check the connection, then try again.
        </p>
      )}
      {changedElsewhere && (
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
              onClick={() => exportAnswers(state.getLatest(), () => setExportFailed(true))}
            >
              Export answers
            </button>
          </p>
        </div>
      )}
      <RemovedQuestionnaireNotice questionnaire={state.assessment.questionnaire} />
      {state.migration && <MigrationNotice migration={state.migration} onAcknowledge={state.acknowledgeMigration} />}
      {children(state)}
    </>
  );
}
