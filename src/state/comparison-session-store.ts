import { createStorageArea } from '../storage/storage-area.ts';
import { COMPARISON_SESSION_KEY } from '../storage/storage-keys.ts';
import { parseSession, serializeSession, type ComparisonSession } from '../compare/comparison-session.ts';

// Its own area over the same browser storage: the session is a convenience,
// and a failure to keep it must never mark the assessments' saving as failed.
const area = createStorageArea();

/** The compare page's last session, or null when there is none (or it could not be read). */
export function loadComparisonSession(): ComparisonSession | null {
  const read = area.read(COMPARISON_SESSION_KEY);
  return read.ok ? parseSession(read.value) : null;
}

export type KeepResult = { ok: true } | { ok: false; message: string };

/** Keeps the session for the next visit; says so when it cannot, as it is then kept for this tab only. */
export function keepComparisonSession(session: ComparisonSession | null): KeepResult {
  if (session === null || session.sets.length === 0) {
    area.remove(COMPARISON_SESSION_KEY);
    return { ok: true };
  }
  const text = serializeSession(session);
  if (!text.ok) {
    area.remove(COMPARISON_SESSION_KEY);
    return text;
  }
  const written = area.set(COMPARISON_SESSION_KEY, text.text);
  return written.ok
    ? { ok: true }
    : { ok: false, message: 'This browser would not keep these files, so they will need choosing again after a reload.' };
}
