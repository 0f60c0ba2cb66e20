import { useState } from 'react';
import { navigate } from '../config/routes.ts';
import { startRound } from '../state/start-round.ts';

/**
 * "Start a new round": the same product assessed again, with this round's
 * answers carried over for review. Opens the new round's task list.
 */
export function StartRoundButton({
  assessmentId,
  name,
  look = 'button',
}: {
  assessmentId: string;
  name: string;
  look?: 'button' | 'link';
}) {
  const [state, setState] = useState<{ status: 'idle' | 'working' } | { status: 'failed'; message: string }>({ status: 'idle' });
  const start = async () => {
    setState({ status: 'working' });
    const result = await startRound(assessmentId);
    if (result.ok) navigate({ name: 'tasks', assessmentId: result.assessment.id });
    else setState({ status: 'failed', message: result.message });
  };
  return (
    <>
      <button
        type="button"
        className={look === 'link' ? 'link-button' : 'button button-secondary'}
        disabled={state.status === 'working'}
        onClick={() => void start()}
      >
        {state.status === 'working' ? 'Starting a new round…' : 'Start a new round'}
        <span className="visually-hidden"> from {name}</span>
      </button>
      {state.status === 'failed' && (
        <span role="alert" className="field-error block">
          {state.message}
        </span>
      )}
    </>
  );
}
