import { useState } from 'react';
import type { Questionnaire } from '../../questionnaire/model.ts';
import type { Assessment } from '../../storage/assessment.ts';
import { loadQuestionnaire } from '../../state/load-questionnaire.ts';
import { continueWithFullReview } from '../../storage/continue-full-review.ts';
import { newAssessmentId } from '../../storage/new-assessment-id.ts';
import { flushSaves, saveAssessment } from '../../state/assessment-repository.ts';
import { navigate } from '../../config/routes.ts';

/** On a quick check: what it is, and the way on to the full review with the answers carried over. */
export function QuickCheckPanel({ assessment, questionnaire }: { assessment: Assessment; questionnaire: Questionnaire }) {
  const [state, setState] = useState<{ status: 'idle' | 'working' } | { status: 'failed'; message: string }>({ status: 'idle' });
  const fullReviewId = questionnaire.fullReview;
  if (!fullReviewId) return null;
  const start = async () => {
    setState({ status: 'working' });
    try {
      const fullReview = await loadQuestionnaire(fullReviewId);
      if (!fullReview) {
        setState({ status: 'failed', message: `The full review “${fullReviewId}” is not part of this copy of Oversight.` });
        return;
      }
      const { assessment: next } = continueWithFullReview(assessment, fullReview, newAssessmentId(), new Date());
      saveAssessment(next);
      flushSaves();
      navigate({ name: 'tasks', assessmentId: next.id });
    } catch (error) {
      setState({ status: 'failed', message: `The full review could not be started: ${String(error)}` });
    }
  };
  return (
    <section aria-labelledby="quick-check" className="notice-panel">
      <h2 id="quick-check">This was a quick check</h2>
      <p>
        It asks every must-have of the full review, but fewer of the other questions, so its score is a first indication. Continue with the
        full review before launch: your answers here are carried over, and this quick check stays as it is.
      </p>
      <button type="button" className="button" disabled={state.status === 'working'} onClick={() => void start()}>
        {state.status === 'working' ? 'Starting the full review…' : 'Continue with the full review'}
      </button>
      {state.status === 'failed' && (
        <p role="alert" className="danger-text">
          {state.message}
        </p>
      )}
    </section>
  );
}
