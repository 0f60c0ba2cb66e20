import { useEffect, useRef, useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { Answers } from '../../questionnaire/answers.ts';
import type { Question } from '../../questionnaire/model.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { UpdateAssessment } from '../../state/use-assessment.ts';
import { confirmAnswers, isToReview } from '../../compare/rounds-review.ts';
import { formatIsoDate } from '../../report/format-date.ts';

/** Where the carried answers came from, in words: "round 1 (1 December 2026)". */
export function previousRoundWords(assessment: Pick<Assessment, 'round'>): string {
  const round = assessment.round;
  return round ? `round ${round.number - 1} (${formatIsoDate(round.previousDate)})` : 'the previous round';
}

/**
 * Beside a question whose answer was carried over from the previous round:
 * asks the person to confirm it or change it. Changing the answer takes the
 * mark away (the save as typed does that); it re-reads the latest
 * assessment whenever the question's answer changes.
 */
export function ReviewMark({
  question,
  form,
  getLatest,
  update,
}: {
  question: Question;
  form: UseFormReturn<Answers>;
  getLatest: () => Assessment;
  update: UpdateAssessment;
}) {
  useWatch({ control: form.control, name: question.id });
  const [confirmed, setConfirmed] = useState(false);
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirmed) done.current?.focus();
  }, [confirmed]);
  const latest = getLatest();
  if (confirmed) {
    return (
      <p className="review-mark review-done" ref={done} tabIndex={-1}>
        Answer to {question.number} confirmed for this round.
      </p>
    );
  }
  if (!isToReview(latest, question.id)) return null;
  return (
    <div className="review-mark" role="group" aria-label={`Review the answer to question ${question.number}`}>
      <p>
        <strong className="tag tag-amber">To review</strong> Carried over from {previousRoundWords(latest)}. If it is still true, confirm
        it; if not, change it above.
      </p>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          update((current) => confirmAnswers(current, [question.id]));
          setConfirmed(true);
        }}
      >
        Confirm this answer<span className="visually-hidden"> to question {question.number}</span>
      </button>
    </div>
  );
}

/** The page's carried answers still to review, in one line, with one button to confirm them all. */
export function ReviewAllOnPage({
  questions,
  form,
  getLatest,
  update,
}: {
  questions: readonly Question[];
  form: UseFormReturn<Answers>;
  getLatest: () => Assessment;
  update: UpdateAssessment;
}) {
  useWatch({ control: form.control });
  const [confirmed, setConfirmed] = useState(0);
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirmed > 0) done.current?.focus();
  }, [confirmed]);
  const latest = getLatest();
  const waiting = questions.filter((question) => isToReview(latest, question.id) && latest.answers[question.id] !== undefined);
  if (waiting.length === 0) {
    // Where the button was, so the keyboard does not fall back to the top of the page.
    return confirmed > 0 ? (
      <p className="review-mark review-done" ref={done} tabIndex={-1}>
        {confirmed === 1 ? 'The answer' : `All ${confirmed} answers`} still to review on this page confirmed for this round.
      </p>
    ) : null;
  }
  return (
    <div className="notice-panel review-summary">
      <p>
        {waiting.length === 1 ? 'One answer on this page was' : `${waiting.length} answers on this page were`} carried over from{' '}
        {previousRoundWords(latest)} and {waiting.length === 1 ? 'is' : 'are'} still to review: {waiting.map((q) => q.number).join(', ')}.
      </p>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          update((current) =>
            confirmAnswers(
              current,
              waiting.map((question) => question.id),
            ),
          );
          setConfirmed(waiting.length);
        }}
      >
        Confirm {waiting.length === 1 ? 'it' : `all ${waiting.length}`} as {waiting.length === 1 ? 'it is' : 'they are'}
      </button>
    </div>
  );
}
