import { useMemo } from 'react';
import type { Questionnaire } from '../../questionnaire/model.ts';
import type { Assessment } from '../../storage/assessment.ts';
import { scoreAssessment } from '../../scoring/score-assessment.ts';
import { describeMethod, methodScope } from '../../scoring/method.ts';
import type { UpdateAssessment } from '../../state/use-assessment.ts';
import { AssessmentFrame } from '../../connected/assessment-frame.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { SectionChart } from '../../components/section-chart.tsx';
import { hrefFor } from '../../config/routes.ts';
import { SaveStatusLine } from '../../connected/save-status.tsx';
import { ActionPlanTable } from './action-plan-table.tsx';
import { ReportPanel } from './report-panel.tsx';
import { VerdictPanel } from './verdict-panel.tsx';
import { RedFlagsPanel } from './red-flags-panel.tsx';
import { AnswersPanel } from './answers-panel.tsx';
import { QuickCheckPanel } from './quick-check-panel.tsx';
import { RoundReviewLine, RoundsPanel } from './rounds-panel.tsx';

function questionHref(assessmentId: string, sectionId: string, questionId: string): string {
  return hrefFor({ name: 'section', assessmentId, sectionId, questionId });
}

function Results({
  assessment,
  getLatest,
  questionnaire,
  update,
}: {
  assessment: Assessment;
  getLatest: () => Assessment;
  questionnaire: Questionnaire;
  update: UpdateAssessment;
}) {
  const result = useMemo(() => scoreAssessment(questionnaire, assessment.answers), [questionnaire, assessment.answers]);
  const method = useMemo(() => describeMethod(questionnaire, methodScope(result)), [questionnaire, result]);
  const toQuestion = (sectionId: string, questionId: string) => questionHref(assessment.id, sectionId, questionId);
  return (
    <>
      <p>
        <a className="back-link" href={hrefFor({ name: 'check', assessmentId: assessment.id })}>
          Check your answers
        </a>
      </p>
      <PageHeading title="Your results" caption={assessment.context.project} />
      <RoundReviewLine assessment={assessment} questionnaire={questionnaire} />
      <VerdictPanel result={result} questionnaire={questionnaire} />
      <QuickCheckPanel assessment={assessment} questionnaire={questionnaire} />
      <RedFlagsPanel result={result} questionHref={toQuestion} />
      <AnswersPanel result={result} questionHref={toQuestion} />

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
              What holds the verdict down comes first (red flags, must-haves, sections under the floor), then the actions that would raise
              the overall score most. Related questions share one action. Give each action an owner, a due date and a status; they are saved
              with the assessment, exported and printed in the report.
            </p>
            <ActionPlanTable assessment={assessment} items={result.actionPlan} update={update} />
            <SaveStatusLine />
          </>
        )}
      </section>

      <ReportPanel assessment={assessment} getLatest={getLatest} questionnaire={questionnaire} result={result} update={update} />

      <RoundsPanel assessment={assessment} />

      <section aria-labelledby="method">
        <details className="method">
          <summary>
            <h2 id="method" className="inline-heading">
              How this score is calculated
            </h2>
          </summary>
          {method.map((step) => (
            <div key={step.id}>
              <h3>{step.title}</h3>
              <p>{step.text}</p>
              {step.items.length > 0 && (
                <ul>
                  {step.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
          <p className="muted">
            Questionnaire content hash (SHA-256): <code className="hash">{questionnaire.contentHash}</code>
          </p>
        </details>
      </section>
    </>
  );
}

export function ResultsPage({ assessmentId }: { assessmentId: string }) {
  return (
    <AssessmentFrame assessmentId={assessmentId}>
      {({ assessment, getLatest, questionnaire, update }) => (
        <Results assessment={assessment} getLatest={getLatest} questionnaire={questionnaire} update={update} />
      )}
    </AssessmentFrame>
  );
}
