import { useEffect, useState } from 'react';
import { elapsed, formatElapsed, type SectionTimer } from './section-timer.ts';

/** The section's stopwatch with its buttons; ticks on its own so the rest of the screen is not redrawn every second. */
export function SectionTimerControl({
  timer,
  onStartOrPause,
  onReset,
}: {
  timer: SectionTimer;
  onStartOrPause: () => void;
  onReset: () => void;
}) {
  const [now, setNow] = useState(() => Date.now());
  const running = timer.runningSince !== null;
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const ticking = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(ticking);
  }, [running]);
  const shown = elapsed(timer, running ? now : 0);
  return (
    <div className="workshop-timer" role="group" aria-label="Section timer">
      <span>
        Section time <strong className="workshop-time">{formatElapsed(shown)}</strong>
        {running ? '' : shown > 0 ? ' (paused)' : ''}
      </span>
      <button type="button" className="button button-secondary button-small" onClick={onStartOrPause} aria-keyshortcuts="T">
        {running ? 'Pause' : shown > 0 ? 'Resume' : 'Start'} timer <kbd aria-hidden="true">T</kbd>
      </button>
      <button type="button" className="button button-secondary button-small" onClick={onReset} disabled={shown === 0 && !running}>
        Reset timer
      </button>
    </div>
  );
}
