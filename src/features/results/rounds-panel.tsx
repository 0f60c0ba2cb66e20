import type { Questionnaire } from '../../questionnaire/model.ts';
import type { Assessment } from '../../storage/assessment.ts';
import { answersToReview } from '../../compare/rounds-review.ts';
import { plural } from '../../questionnaire/wording.ts';
import { hrefFor } from '../../config/routes.ts';
import { StartRoundButton } from '../../connected/start-round-button.tsx';

/** Near the top of the results of a round: how many carried answers are still to review, which the results take as they are. */
export function RoundReviewLine({ assessment, questionnaire }: { assessment: Assessment; questionnaire: Questionnaire }) {
  const toReview = answersToReview(questionnaire, assessment).length;
  if (!assessment.round || toReview === 0) return null;
  return (
    <div className="notice-panel" role="note">
      <p>
        <strong>
          {plural(toReview, 'answer')} carried over from round {assessment.round.number - 1} {toReview === 1 ? 'is' : 'are'} still to
          review.
        </strong>{' '}
        These results take {toReview === 1 ? 'it' : 'them'} as {toReview === 1 ? 'it is' : 'they are'}.{' '}
        <a href={hrefFor({ name: 'tasks', assessmentId: assessment.id })}>Review them from the task list</a>.
      </p>
    </div>
  );
}

/** Coming back next quarter: what is left to review in this round, the next round, and the comparison of rounds. */
export function RoundsPanel({ assessment }: { assessment: Assessment }) {
  return (
    <section aria-labelledby="rounds">
      <h2 id="rounds">{assessment.round ? `Round ${assessment.round.number}` : 'Assess again later'}</h2>
      <p>
        When the product changes, or next quarter, start a new round: it carries these answers and the action plan over, each answer marked
        for review, and this round stays as it is. Then compare the rounds to see what moved.
      </p>
      <p className="actions">
        <StartRoundButton assessmentId={assessment.id} name={assessment.context.project} />
        <a href={hrefFor({ name: 'rounds', assessmentId: assessment.id })}>Compare rounds</a>
      </p>
    </section>
  );
}
