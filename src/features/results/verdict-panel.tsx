import type { Questionnaire } from '../../questionnaire/model.ts';
import { describeCounts } from '../../questionnaire/answer-counts.ts';
import { roundScore } from '../../scoring/round-score.ts';
import type { AssessmentResult } from '../../scoring/types.ts';
import { capsLead, summariseCaps } from '../../scoring/verdict.ts';

function CapsExplanation({ result }: { result: AssessmentResult }) {
  const heading = capsLead(result);
  if (!heading) return null;
  return (
    <div className="verdict-caps">
      <p>
        <strong>{heading}</strong>
      </p>
      <ul>
        {summariseCaps(result.caps).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** The score, the verdict and every reason the verdict is lower than the score. */
export function VerdictPanel({ result, questionnaire }: { result: AssessmentResult; questionnaire: Questionnaire }) {
  const score = result.score === null ? null : roundScore(result.score);
  const flagged = result.caps.some((cap) => cap.kind === 'blocking-flag' || cap.kind === 'must-have-not-met');
  return (
    <section className={`verdict${flagged ? ' verdict-flagged' : ''}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className="visually-hidden">
        Overall result
      </h2>
      {result.isQuickCheck && <p className="tag tag-blue">Quick check: a triage of the essentials, not the full review</p>}
      <p className="verdict-score">
        <span className="verdict-number">{score ?? '—'}</span>
        <span className="verdict-out-of"> {score === null ? 'no score' : 'out of 100'}</span>
      </p>
      <p className="verdict-band">{result.band?.label ?? 'No band'}</p>
      {result.band && <p>{result.band.meaning}</p>}
      <CapsExplanation result={result} />
      {result.score === null && <p>Every scored question is hidden or marked not applicable, so there is nothing to score.</p>}
      <p className="muted">
        {questionnaire.title}, version {questionnaire.version}. {describeCounts(result.completeness.counts)}.{' '}
        {result.isDraft ? 'Draft: unanswered questions score 0 until they are answered.' : 'Complete: every question is answered.'}
      </p>
    </section>
  );
}
