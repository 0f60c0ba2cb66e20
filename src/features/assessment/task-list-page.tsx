import { useEffect, useMemo } from 'react';
import { computeVisibility } from '../../questionnaire/visibility.ts';
import { assessmentProgress, SECTION_STATUS_LABEL, type SectionStatus } from '../../questionnaire/section-progress.ts';
import { countAssessment, describeCounts } from '../../questionnaire/answer-counts.ts';
import { AssessmentFrame } from '../../connected/assessment-frame.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { SaveStatusLine } from '../../connected/save-status.tsx';
import { exportAnswers } from '../../connected/export-answers.ts';
import { hrefFor } from '../../config/routes.ts';
import type { Questionnaire } from '../../questionnaire/model.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { UpdateAssessment } from '../../state/use-assessment.ts';
import { scoreAssessment } from '../../scoring/score-assessment.ts';
import { LiveScore } from './live-score.tsx';
import { BlankQuestionnaireDownload } from '../../components/blank-questionnaire-download.tsx';
import { answersToReview } from '../../compare/rounds-review.ts';
import { RoundNotice } from './round-notice.tsx';
import { StartRoundButton } from '../../connected/start-round-button.tsx';

const STATUS_CLASS: Record<SectionStatus, string> = {
  'not-started': 'tag tag-grey',
  'in-progress': 'tag tag-blue',
  completed: 'tag tag-green',
  'needs-attention': 'tag tag-red',
};

function TaskList({
  assessment,
  questionnaire,
  update,
}: {
  assessment: Assessment;
  questionnaire: Questionnaire;
  update: UpdateAssessment;
}) {
  const visibility = useMemo(() => computeVisibility(questionnaire, assessment.answers), [questionnaire, assessment.answers]);
  const progress = useMemo(
    () => assessmentProgress(questionnaire, assessment.answers, visibility, new Set(assessment.submittedSections)),
    [questionnaire, assessment.answers, assessment.submittedSections, visibility],
  );
  const hiddenSections = questionnaire.sections.filter((section) => !visibility.sections.has(section.id));
  const completed = progress.filter((section) => section.status === 'completed').length;
  const counts = useMemo(
    () => countAssessment(questionnaire, assessment.answers, visibility),
    [questionnaire, assessment.answers, visibility],
  );
  const expected = counts.total - counts.optional;
  const done = expected - counts.toAnswer;
  // Finished as the results page means it: every question that counts has an answer.
  const finished = useMemo(() => !scoreAssessment(questionnaire, assessment.answers).isDraft, [questionnaire, assessment.answers]);
  const toReview = useMemo(() => new Set(answersToReview(questionnaire, assessment)), [questionnaire, assessment]);
  const location = hrefFor({ name: 'tasks', assessmentId: assessment.id });
  useEffect(() => {
    if (assessment.lastLocation !== location)
      update((current) => ({ ...current, lastLocation: location }), { rerender: false, touch: false });
  }, [assessment.lastLocation, location, update]);

  return (
    <>
      <p>
        <a className="back-link" href={hrefFor({ name: 'home' })}>
          Your assessments
        </a>
      </p>
      <PageHeading title={assessment.context.project} caption={`${questionnaire.title} · version ${questionnaire.version}`} />
      <div className="progress-summary">
        <p>
          You have completed{' '}
          <strong>
            {completed} of {progress.length}
          </strong>{' '}
          sections: {describeCounts(counts)}.
        </p>
        <progress max={expected || 1} value={done} aria-label="Questions answered">
          {done} of {expected}
        </progress>
        <LiveScore questionnaire={questionnaire} answers={assessment.answers} />
      </div>
      <RoundNotice assessment={assessment} toReview={toReview.size} />
      {finished && (
        <section className="success-panel" aria-labelledby="task-list-complete">
          <h2 id="task-list-complete">This assessment is complete</h2>
          <p>
            <a href={hrefFor({ name: 'results', assessmentId: assessment.id })}>See your results and download the PDF report</a>
          </p>
          <p>
            Assessing the product again later?{' '}
            <StartRoundButton assessmentId={assessment.id} name={assessment.context.project} look="link" />
          </p>
        </section>
      )}
      <h2>Sections</h2>
      <ol className="task-list" aria-label="Sections">
        <li className="task">
          <a className="task-name" href={hrefFor({ name: 'context', assessmentId: assessment.id })} aria-describedby="task-about-status">
            About this assessment
          </a>
          <span id="task-about-status" className="tag tag-green">
            Completed
          </span>
        </li>
        {progress.map((section) => {
          const definition = questionnaire.sections.find((candidate) => candidate.id === section.sectionId);
          const statusId = `task-section-${section.sectionId}-status`;
          const reviewId = `task-section-${section.sectionId}-review`;
          const reviewCount = definition?.questions.filter((question) => toReview.has(question.id)).length ?? 0;
          return (
            <li className="task" key={section.sectionId}>
              <a
                className="task-name"
                href={hrefFor({ name: 'section', assessmentId: assessment.id, sectionId: section.sectionId })}
                aria-describedby={reviewCount > 0 ? `${statusId} ${reviewId}` : statusId}
              >
                {definition?.number}. {definition?.title}
              </a>
              <span className="task-count">{describeCounts(section.counts)}</span>
              {reviewCount > 0 && (
                <span id={reviewId} className="tag tag-amber">
                  {reviewCount} to review
                </span>
              )}
              <span id={statusId} className={STATUS_CLASS[section.status]}>
                {SECTION_STATUS_LABEL[section.status]}
              </span>
            </li>
          );
        })}
      </ol>
      {hiddenSections.length > 0 && (
        <p className="muted">
          Some sections are hidden because of your answers: {hiddenSections.map((section) => section.title).join(', ')}.
        </p>
      )}
      <div className="actions">
        <a className="button" href={hrefFor({ name: 'check', assessmentId: assessment.id })}>
          Check your answers
        </a>
        <button type="button" className="button button-secondary" onClick={() => exportAnswers(assessment)}>
          Export answers
        </button>
      </div>
      <section aria-labelledby="run-the-room-heading">
        <h2 id="run-the-room-heading">Answer it together</h2>
        <p>
          Run the questions on a projector, one at a time, and answer them by keyboard as the room decides, or print them to fill in by
          hand.
        </p>
        <p>
          <a className="button button-secondary" href={hrefFor({ name: 'workshop', assessmentId: assessment.id })}>
            Run as a workshop
          </a>
        </p>
        <BlankQuestionnaireDownload questionnaire={questionnaire} idPrefix="tasks" />
      </section>
      <SaveStatusLine />
    </>
  );
}

export function TaskListPage({ assessmentId }: { assessmentId: string }) {
  return (
    <AssessmentFrame assessmentId={assessmentId}>
      {({ assessment, questionnaire, update }) => <TaskList assessment={assessment} questionnaire={questionnaire} update={update} />}
    </AssessmentFrame>
  );
}
