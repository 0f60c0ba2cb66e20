import { useMemo } from 'react';
import type { Questionnaire } from '../../questionnaire/model.ts';
import type { Assessment } from '../../storage/assessment.ts';
import { scoreAssessment } from '../../scoring/score-assessment.ts';
import { roundScore } from '../../scoring/round-score.ts';
import { describeMethod } from '../../scoring/method.ts';
import type { AssessmentResult } from '../../scoring/types.ts';
import type { UpdateAssessment } from '../../components/use-assessment.ts';
import { AssessmentFrame } from '../../components/assessment-frame.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { SectionChart } from '../../components/section-chart.tsx';
import { hrefFor } from '../../config/routes.ts';
import { SaveStatusLine } from '../../components/save-status.tsx';
import { ActionPlanTable } from './action-plan-table.tsx';
import { ReportPanel } from './report-panel.tsx';

function questionHref(assessmentId: string, sectionId: string, questionId: string): string {
  return hrefFor({ name: 'section', assessmentId, sectionId, questionId });
}

function Verdict({ result, questionnaire }: { result: AssessmentResult; questionnaire: Questionnaire }) {
  const score = result.score === null ? null : roundScore(result.score);
  return (
    <section className={`verdict${result.cappedByRedFlags ? ' verdict-flagged' : ''}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className="visually-hidden">Overall result</h2>
      <p className="verdict-score">
        <span className="verdict-number">{score ?? '—'}</span>
        <span className="verdict-out-of"> {score === null ? 'no score' : 'out of 100'}</span>
      </p>
      <p className="verdict-band">{result.band?.label ?? 'No band'}</p>
      {result.band && <p>{result.band.meaning}</p>}
      {result.cappedByRedFlags && result.numericBand && (
        <p>
          <strong>
            {result.redFlags.length === 1 ? 'A red flag sets' : `${result.redFlags.length} red flags set`} the verdict to “
            {result.band?.label}”
          </strong>
          {result.numericBand.label !== result.band?.label
            ? `, whatever the score: on its score alone this assessment would be “${result.numericBand.label}”.`
            : '.'}
        </p>
      )}
      {result.score === null && <p>Every scored question is hidden or marked not applicable, so there is nothing to score.</p>}
      <p className="muted">
        {questionnaire.title}, version {questionnaire.version}.{' '}
        {result.isDraft
          ? `Draft: ${result.completeness.missing.length} question${result.completeness.missing.length === 1 ? '' : 's'} unanswered.`
          : 'Complete: every question is answered.'}
      </p>
    </section>
  );
}

function Results({ assessment, questionnaire, update }: { assessment: Assessment; questionnaire: Questionnaire; update: UpdateAssessment }) {
  const result = useMemo(() => scoreAssessment(questionnaire, assessment.answers), [questionnaire, assessment.answers]);
  const method = useMemo(() => describeMethod(questionnaire), [questionnaire]);
  const completeness = result.completeness;
  return (
    <>
      <p><a className="back-link" href={hrefFor({ name: 'check', assessmentId: assessment.id })}>Check your answers</a></p>
      <PageHeading title="Your results" caption={assessment.context.project} />
      <Verdict result={result} questionnaire={questionnaire} />

      {result.redFlags.length > 0 && (
        <section aria-labelledby="red-flags" className="red-flags">
          <h2 id="red-flags">Red flags</h2>
          <ul>
            {result.redFlags.map((flag) => (
              <li key={flag.questionId}>
                <a href={questionHref(assessment.id, flag.sectionId, flag.questionId)}>
                  Question {flag.number}: {flag.text}
                </a>
                <p>
                  {flag.kind === 'unanswered'
                    ? 'Not answered.'
                    : `Answered “${flag.answerLabels?.join('; ') ?? ''}”.`}{' '}
                  The minimum acceptable answer is “{flag.minimumLabel}”.{flag.reason ? ` ${flag.reason}` : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="completeness">
        <h2 id="completeness">Completeness</h2>
        <p>
          {completeness.answered} of {completeness.expected} questions answered ({Math.round(completeness.ratio * 100)}%).
          {result.isDraft && ' Until every question is answered these results are a draft, and unanswered questions score 0.'}
        </p>
        {completeness.missing.length > 0 && (
          <>
            <h3>Unanswered questions</h3>
            <ul className="missing-list">
              {completeness.missing.map((missing) => (
                <li key={missing.questionId}>
                  <a href={questionHref(assessment.id, missing.sectionId, missing.questionId)}>
                    {missing.number} {missing.text}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="by-section">
        <h2 id="by-section">Scores by section</h2>
        <SectionChart sections={result.sections} bands={questionnaire.bands} caption="Score of each section, out of 100" />
      </section>

      <section aria-labelledby="action-plan">
        <h2 id="action-plan">Action plan</h2>
        {result.actionPlan.length === 0 ? (
          <p>Nothing to do: every answer is the best one.</p>
        ) : (
          <>
            <p>
              Red flags first, then the answers whose improvement would raise the overall score most. Give each action an owner
              and a due date; they are saved with the assessment and printed in the report.
            </p>
            <ActionPlanTable assessment={assessment} items={result.actionPlan} update={update} />
            <SaveStatusLine />
          </>
        )}
      </section>

      <ReportPanel assessment={assessment} questionnaire={questionnaire} result={result} />

      <section aria-labelledby="method">
        <details className="method">
          <summary><h2 id="method" className="inline-heading">How this score is calculated</h2></summary>
          {method.map((step) => (
            <div key={step.id}>
              <h3>{step.title}</h3>
              <p>{step.text}</p>
              {step.items.length > 0 && <ul>{step.items.map((item) => <li key={item}>{item}</li>)}</ul>}
            </div>
          ))}
          <p className="muted">Questionnaire content hash (SHA-256): <code className="hash">{questionnaire.contentHash}</code></p>
        </details>
      </section>
    </>
  );
}

export function ResultsPage({ assessmentId }: { assessmentId: string }) {
  return (
    <AssessmentFrame assessmentId={assessmentId}>
      {({ assessment, questionnaire, update }) => <Results assessment={assessment} questionnaire={questionnaire} update={update} />}
    </AssessmentFrame>
  );
}
