/** Runs `callback` when the browser is idle (or shortly, where it cannot say); returns a cancel function. */
export function whenIdle(callback: () => void, fallbackMs = 300): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback);
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, fallbackMs);
  return () => window.clearTimeout(handle);
}
