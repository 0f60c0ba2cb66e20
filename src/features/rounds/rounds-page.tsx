import { useMemo, useState } from 'react';
import type { Questionnaire } from '../../questionnaire/model.ts';
import type { Assessment } from '../../storage/assessment.ts';
import { compareRounds, orderRounds, roundChain, type RoundStep } from '../../compare/rounds-compare.ts';
import { listAssessments, readAssessment } from '../../state/assessment-repository.ts';
import { AssessmentFrame } from '../../connected/assessment-frame.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { hrefFor } from '../../config/routes.ts';
import { formatIsoDate } from '../../report/format-date.ts';
import { RoundsChart } from './rounds-chart.tsx';
import { RoundStepView } from './round-step.tsx';
import { RoundsDownloads } from './rounds-downloads.tsx';
// Styles of this screen only: they load with it, not before every first question.
import './rounds.css';

/** Every saved assessment of this questionnaire, this one as the page holds it: the rounds that may be compared. */
function sameQuestionnaire(current: Assessment): Assessment[] {
  const others = listAssessments()
    .assessments.filter((summary) => summary.questionnaire.id === current.questionnaire.id && summary.id !== current.id)
    .flatMap((summary) => {
      const read = readAssessment(summary.id);
      return read.ok ? [read.assessment] : [];
    });
  return orderRounds([...others, current]);
}

function RoundChoice({
  candidates,
  chosen,
  currentId,
  onChange,
}: {
  candidates: readonly Assessment[];
  chosen: ReadonlySet<string>;
  currentId: string;
  onChange: (next: Set<string>) => void;
}) {
  return (
    <details className="method">
      <summary>
        <h2 className="inline-heading">Which assessments to compare</h2>
      </summary>
      <fieldset className="round-choice">
        <legend>
          The rounds of this assessment are chosen to start with. Any other assessment made with the same questionnaire can be added; they
          are compared in date order.
        </legend>
        <div className="checkboxes">
          {candidates.map((candidate) => (
            <div className="choice" key={candidate.id}>
              <input
                type="checkbox"
                id={`round-${candidate.id}`}
                checked={chosen.has(candidate.id)}
                disabled={candidate.id === currentId}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(candidate.id);
                  else next.delete(candidate.id);
                  onChange(next);
                }}
              />
              <label htmlFor={`round-${candidate.id}`}>
                {candidate.context.project}, {formatIsoDate(candidate.context.date)}
                {candidate.round ? ` (round ${candidate.round.number})` : ''}
                {candidate.id === currentId ? ': this assessment' : ''}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </details>
  );
}

function Rounds({ assessment, questionnaire }: { assessment: Assessment; questionnaire: Questionnaire }) {
  const candidates = useMemo(() => sameQuestionnaire(assessment), [assessment]);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(roundChain(candidates, assessment.id).map((round) => round.id)));
  const selected = useMemo(() => candidates.filter((candidate) => chosen.has(candidate.id)), [candidates, chosen]);
  const comparison = useMemo(() => compareRounds(questionnaire, selected), [questionnaire, selected]);
  const steps: RoundStep[] = [...comparison.steps].reverse();
  return (
    <>
      <p>
        <a className="back-link" href={hrefFor({ name: 'results', assessmentId: assessment.id })}>
          Back to the results
        </a>
      </p>
      <PageHeading title="Compare rounds" caption={assessment.context.project} />
      <p className="lead">
        How the scores moved from one round to the next, and why: the answers that changed, the actions closed and opened, and the red flags
        raised and cleared. Every round is scored with {questionnaire.title}, version {questionnaire.version}.
      </p>
      {candidates.length > 1 && <RoundChoice candidates={candidates} chosen={chosen} currentId={assessment.id} onChange={setChosen} />}
      {comparison.rounds.length < 2 && (
        <div className="notice-panel" role="note">
          <p>
            There is only one round to show.{' '}
            {candidates.length > 1
              ? 'Choose another assessment above to compare with, or start a new round from the results page.'
              : 'Start a new round from the results page when you assess the product again.'}
          </p>
        </div>
      )}
      <section aria-labelledby="rounds-over-time">
        <h2 id="rounds-over-time">Scores over time</h2>
        <RoundsChart rounds={comparison.rounds} sections={comparison.sections} bands={questionnaire.bands} />
      </section>
      {steps.map((step) => (
        <RoundStepView key={`${step.from.id}-${step.to.id}`} step={step} />
      ))}
      <RoundsDownloads questionnaire={questionnaire} assessments={selected} comparison={comparison} />
    </>
  );
}

export function RoundsPage({ assessmentId }: { assessmentId: string }) {
  return (
    <AssessmentFrame assessmentId={assessmentId}>
      {({ assessment, questionnaire }) => <Rounds assessment={assessment} questionnaire={questionnaire} />}
    </AssessmentFrame>
  );
}
