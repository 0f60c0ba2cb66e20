import type { Assessment } from '../../storage/assessment.ts';
import { hrefFor } from '../../config/routes.ts';
import { plural } from '../../questionnaire/wording.ts';
import { previousRoundWords } from './review-mark.tsx';

/** On a round started from an earlier one: where it came from, what is left to review and what could not be carried over. */
export function RoundNotice({ assessment, toReview }: { assessment: Assessment; toReview: number }) {
  const round = assessment.round;
  if (!round) return null;
  return (
    <section className="notice-panel" aria-labelledby="round-notice">
      <h2 id="round-notice">Round {round.number}</h2>
      <p>
        Started from {previousRoundWords(assessment)}
        {round.previousVersion !== assessment.questionnaire.version ? `, answered on version ${round.previousVersion}` : ''}. Its answers,
        action plan and scope were carried over; its final reports and declaration stay with it.
      </p>
      <p>
        {toReview === 0 ? (
          'Every carried answer has been reviewed.'
        ) : (
          <strong>{plural(toReview, 'carried answer')} still to review: confirm each one that is still true, or change it.</strong>
        )}
      </p>
      {round.notCarried.length > 0 && (
        <details>
          <summary>{plural(round.notCarried.length, 'answer')} could not be carried over to this version of the questionnaire</summary>
          <ul>
            {round.notCarried.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </details>
      )}
      <p>
        <a href={hrefFor({ name: 'rounds', assessmentId: assessment.id })}>Compare this round with the earlier ones</a>
      </p>
    </section>
  );
}

/** One line on the pages that sum up (check your answers): how many carried answers are still to review. */
export function ReviewCountLine({ assessment, toReview }: { assessment: Assessment; toReview: number }) {
  if (!assessment.round || toReview === 0) return null;
  return (
    <div className="notice-panel" role="note">
      <p>
        <strong>
          {plural(toReview, 'answer')} carried over from {previousRoundWords(assessment)} {toReview === 1 ? 'is' : 'are'} still to review.
        </strong>{' '}
        They count as they are; confirm or change each one (marked “To review” below).
      </p>
    </div>
  );
}
