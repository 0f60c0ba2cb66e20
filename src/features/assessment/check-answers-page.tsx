import { useEffect, useMemo } from 'react';
import type { Question, Questionnaire, Section } from '../../questionnaire/model.ts';
import { computeVisibility } from '../../questionnaire/visibility.ts';
import { describeAnswer } from '../../questionnaire/describe-answer.ts';
import type { Assessment } from '../../storage/assessment.ts';
import { AssessmentFrame } from '../../connected/assessment-frame.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { BackToTaskList } from '../../components/back-to-task-list.tsx';
import { exportAnswers } from '../../connected/export-answers.ts';
import { hrefFor } from '../../config/routes.ts';
import { prepareReport } from '../../report/runtime/prepare-report.ts';
import { listVisibleQuestions } from '../../scoring/visible-questions.ts';
import { countAnswers, describeCounts } from '../../questionnaire/answer-counts.ts';
import { whenIdle } from '../../components/when-idle.ts';
import { answersToReview } from '../../compare/rounds-review.ts';
import { ReviewCountLine } from './round-notice.tsx';

function AnswerRow({
  assessment,
  section,
  question,
  toReview,
}: {
  assessment: Assessment;
  section: Section;
  question: Question;
  toReview: boolean;
}) {
  const answer = assessment.answers[question.id];
  const description = describeAnswer(question, answer);
  const href = hrefFor({ name: 'section', assessmentId: assessment.id, sectionId: section.id, questionId: question.id, returnTo: 'check' });
  return (
    <div className={`summary-row${description.kind === 'unanswered' ? ' summary-row-missing' : ''}`}>
      <dt>
        <span className="question-number">{question.number}</span> {question.text}
      </dt>
      <dd>
        {description.kind === 'unanswered' && <strong className="tag tag-red">Not answered{question.required ? '' : ' (optional)'}</strong>}
        {description.kind === 'not-applicable' && <>Not applicable: {description.justification || <em>no reason given</em>}</>}
        {toReview && <strong className="tag tag-amber review-tag">To review</strong>}
        {description.kind === 'answer' && <span className="answer-text">{description.text}</span>}
        {description.kind === 'answer' && description.reason !== null && (
          <span className="block small">Reason given: {description.reason || <em>none yet</em>}</span>
        )}
        {answer?.notes?.trim() && <p className="muted small">Notes: {answer.notes.trim()}</p>}
      </dd>
      <dd className="summary-action">
        <a href={href}>
          {description.kind === 'unanswered' ? 'Answer' : 'Change'}
          <span className="visually-hidden"> question {question.number}</span>
        </a>
      </dd>
    </div>
  );
}

function CheckAnswers({ assessment, questionnaire }: { assessment: Assessment; questionnaire: Questionnaire }) {
  const visibility = useMemo(() => computeVisibility(questionnaire, assessment.answers), [questionnaire, assessment.answers]);
  // The results, and their PDF, are one click away: load the report code and
  // fonts while the person reads their answers.
  useEffect(() => whenIdle(() => void prepareReport().catch(() => undefined)), []);
  const visibleQuestions = listVisibleQuestions(questionnaire, assessment.answers, visibility);
  const counts = countAnswers(visibleQuestions);
  const toReview = new Set(answersToReview(questionnaire, assessment));
  const context = assessment.context;
  return (
    <>
      <BackToTaskList assessmentId={assessment.id} />
      <PageHeading title="Check your answers" caption={assessment.context.project} />
      {counts.toAnswer > 0 ? (
        <div className="notice-panel" role="note">
          <p>
            <strong>{describeCounts(counts)}.</strong> You can still see your results, but they will be marked as a draft.
          </p>
        </div>
      ) : (
        <p>{describeCounts(counts)}: nothing is left to answer.</p>
      )}
      <ReviewCountLine assessment={assessment} toReview={toReview.size} />
      <h2>About this assessment</h2>
      <dl className="summary-list">
        {[
          ['Project or product', context.project],
          ['Organisation', context.organisation],
          ['Description', context.description],
          ['Assessor', [context.assessorName, context.assessorRole].filter(Boolean).join(', ')],
          ['Date', context.date],
          ['Questionnaire', `${questionnaire.title} (${questionnaire.id}@${questionnaire.version})`],
        ].map(([label, value]) => (
          <div className="summary-row" key={label}>
            <dt>{label}</dt>
            <dd>{value || <span className="muted">Not given</span>}</dd>
            <dd className="summary-action">
              {label !== 'Questionnaire' && (
                <a href={hrefFor({ name: 'context', assessmentId: assessment.id })}>
                  Change<span className="visually-hidden"> {label?.toLowerCase()}</span>
                </a>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {questionnaire.sections
        .filter((section) => visibility.sections.has(section.id))
        .map((section) => {
          const hiddenAnswered = section.questions.filter(
            (question) => !visibility.questions.has(question.id) && assessment.answers[question.id] !== undefined,
          );
          return (
            <section key={section.id} aria-labelledby={`check-${section.id}`}>
              <h2 id={`check-${section.id}`}>
                {section.number}. {section.title}
              </h2>
              <dl className="summary-list">
                {section.questions
                  .filter((question) => visibility.questions.has(question.id))
                  .map((question) => (
                    <AnswerRow
                      key={question.id}
                      assessment={assessment}
                      section={section}
                      question={question}
                      toReview={toReview.has(question.id)}
                    />
                  ))}
              </dl>
              {hiddenAnswered.length > 0 && (
                <p className="muted">
                  Kept but not counted: answers to {hiddenAnswered.map((question) => question.number).join(', ')}, which your other answers
                  now hide.
                </p>
              )}
            </section>
          );
        })}
      {questionnaire.sections
        .filter((section) => !visibility.sections.has(section.id) && section.questions.some((question) => assessment.answers[question.id]))
        .map((section) => (
          <p className="muted" key={section.id}>
            Kept but not counted: your answers in “{section.title}”, a section your other answers now hide.
          </p>
        ))}
      <h2>Your results</h2>
      <p>See your score, red flags and action plan, and download the report.</p>
      <div className="actions">
        <a className="button" href={hrefFor({ name: 'results', assessmentId: assessment.id })}>
          See your results
        </a>
        <button type="button" className="button button-secondary" onClick={() => exportAnswers(assessment)}>
          Export answers
        </button>
      </div>
    </>
  );
}

export function CheckAnswersPage({ assessmentId }: { assessmentId: string }) {
  return (
    <AssessmentFrame assessmentId={assessmentId}>
      {({ assessment, questionnaire }) => <CheckAnswers assessment={assessment} questionnaire={questionnaire} />}
    </AssessmentFrame>
  );
}
