import type { ReactNode } from 'react';
import { useAssessment } from './use-assessment.ts';
import { PageHeading } from './page-heading.tsx';
import { StorageWarning } from './storage-warning.tsx';
import { hrefFor } from '../config/routes.ts';
import { exportAnswers } from './export-answers.ts';

type Ready = Extract<ReturnType<typeof useAssessment>, { status: 'ready' }>;

/** Loads an assessment and shows its page, or says plainly why it cannot. */
export function AssessmentFrame({ assessmentId, children }: { assessmentId: string; children: (ready: Ready) => ReactNode }) {
  const state = useAssessment(assessmentId);
  if (state.status === 'loading') return <p role="status">Loading the assessment…</p>;
  if (state.status === 'missing') {
    return (
      <>
        <PageHeading title="Assessment not found" />
        <p>{state.message}</p>
        <p><a href={hrefFor({ name: 'home' })}>Go to your assessments</a></p>
      </>
    );
  }
  return (
    <>
      <StorageWarning onExport={() => exportAnswers(state.assessment)} />
      {state.versionNotice && <div className="notice-panel" role="note"><p>{state.versionNotice}</p></div>}
      {children(state)}
    </>
  );
}
