/**
 * Runs `callback` once the browser has painted what is on screen now: work
 * that must not delay the first paint, or be counted as needed for it,
 * starts here. A tab in the background paints nothing, so it runs there
 * after `fallbackMs` instead. Returns a cancel function.
 */
export function afterNextPaint(callback: () => void, fallbackMs = 100): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    callback();
  };
  let painted: ReturnType<typeof setTimeout> | undefined;
  // A task queued from a frame callback runs after that frame is painted.
  const frame = requestAnimationFrame(() => {
    painted = setTimeout(run, 0);
  });
  const fallback = setTimeout(run, fallbackMs);
  function cancel() {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    if (painted !== undefined) clearTimeout(painted);
  }
  return cancel;
}

/** The same, as a promise. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => afterNextPaint(resolve));
}
