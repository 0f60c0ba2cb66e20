import { useCallback, useState } from 'react';
import { STOPPED, type SectionTimer } from './section-timer.ts';

/** What the facilitator set up on the screen: whether the notes are shown, and each section's timer. */
export interface WorkshopSession {
  notesShown: boolean;
  timers: Readonly<Record<string, SectionTimer>>;
}

// Each question is its own address, and the page is drawn afresh for each:
// kept here, the notes and the running timers carry on from one question to
// the next. Only for this visit: they are not part of the assessment.
const sessions = new Map<string, WorkshopSession>();

export function useWorkshopSession(assessmentId: string) {
  const [session, setSession] = useState<WorkshopSession>(() => sessions.get(assessmentId) ?? { notesShown: false, timers: {} });
  const change = useCallback(
    (edit: (current: WorkshopSession) => WorkshopSession) =>
      setSession((current) => {
        const next = edit(current);
        sessions.set(assessmentId, next);
        return next;
      }),
    [assessmentId],
  );
  return [session, change] as const;
}

export function timerOf(session: WorkshopSession, sectionId: string): SectionTimer {
  return session.timers[sectionId] ?? STOPPED;
}
