import { useSyncExternalStore } from 'react';
import { createStorageArea } from '../storage/storage-area.ts';
import { ASSESSMENT_KEY_PREFIX, createAssessmentStore } from '../storage/assessment-store.ts';
import type { Assessment } from '../storage/assessment.ts';
import { changedInSubstance } from '../storage/changed-in-substance.ts';

/**
 * The one way the screens read and save assessments. Writes are batched
 * (at most SAVE_DELAY_MS behind) and flushed when the page is hidden or
 * closed; until then the latest version lives here, so a screen that opens
 * in between sees every keystroke.
 */
export const SAVE_DELAY_MS = 300;

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'memory-only'; message: string }
  /** Changes kept in this tab, not written, because another tab saved the same assessment. */
  | { state: 'held' };

const area = createStorageArea();
export const assessmentStore = createAssessmentStore(area);

const pending = new Map<string, Assessment>();
const listeners = new Set<() => void>();
let status: SaveStatus = { state: 'idle' };
let timer: ReturnType<typeof setTimeout> | undefined;
// Ids of assessments another tab or window saved since this page loaded.
const changedElsewhere = new Set<string>();
const elsewhereListeners = new Set<() => void>();

function setStatus(next: SaveStatus): void {
  status = next;
  listeners.forEach((listener) => listener());
}

/**
 * Writes everything waiting; returns once it is in storage (or in memory).
 * An assessment another tab has saved since is held back, never written
 * over the other tab's version, until the person chooses (keepThisVersion,
 * discardHeldChanges).
 */
export function flushSaves(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (pending.size === 0) return;
  let failure: string | undefined;
  let held = false;
  for (const [id, assessment] of pending) {
    if (changedElsewhere.has(id)) {
      held = true;
      continue;
    }
    const result = assessmentStore.save(assessment);
    if (!result.ok) failure = result.message;
    pending.delete(id);
  }
  setStatus(
    failure ? { state: 'memory-only', message: failure } : held ? { state: 'held' } : { state: 'saved', at: new Date().toISOString() },
  );
}

/** The person chose this tab's version over the other tab's: write it, and save as usual from now on. */
export function keepThisVersion(id: string): void {
  changedElsewhere.delete(id);
  elsewhereListeners.forEach((listener) => listener());
  const waiting = pending.get(id);
  if (waiting) saveAssessment(waiting);
  flushSaves();
}

/** The person chose the other tab's version: forget what this tab holds back, before reloading. */
export function discardHeldChanges(id: string): void {
  if (changedElsewhere.has(id)) pending.delete(id);
}

/** Whether this tab holds changes it has not written because another tab saved the same assessment. */
export function hasHeldChanges(): boolean {
  return [...pending.keys()].some((id) => changedElsewhere.has(id));
}

/**
 * Records a new version of an assessment and schedules its save. The timer
 * is not restarted by later changes: during continuous typing a debounce
 * would never fire, while this writes at least every SAVE_DELAY_MS.
 */
export function saveAssessment(assessment: Assessment): void {
  pending.set(assessment.id, assessment);
  if (status.state !== 'saving' && status.state !== 'memory-only' && status.state !== 'held') setStatus({ state: 'saving' });
  timer ??= setTimeout(flushSaves, SAVE_DELAY_MS);
}

/** The latest version, including changes not yet written. */
export function readAssessment(id: string): { ok: true; assessment: Assessment } | { ok: false; message: string } {
  const waiting = pending.get(id);
  return waiting ? { ok: true, assessment: waiting } : assessmentStore.load(id);
}

/** The saved assessments for the list, with what is waiting written first so the list shows it. */
export function listAssessments(): ReturnType<typeof assessmentStore.list> {
  flushSaves();
  return assessmentStore.list();
}

/** A copy under a new id and name; the original's latest changes are written first, so the copy has them. */
export function duplicateAssessment(id: string, newId: string, newName: string): ReturnType<typeof assessmentStore.duplicate> {
  flushSaves();
  return assessmentStore.duplicate(id, newId, new Date(), newName);
}

export function renameAssessment(id: string, project: string): ReturnType<typeof assessmentStore.rename> {
  flushSaves();
  return assessmentStore.rename(id, project, new Date());
}

/** Deletes an assessment; a change still waiting to be written is dropped with it, so it cannot bring it back. */
export function removeAssessment(id: string): ReturnType<typeof assessmentStore.remove> {
  pending.delete(id);
  return assessmentStore.remove(id);
}

/** The stored text of an entry, readable or not, so a damaged one can be kept in a file before it is removed. */
export function rawAssessmentEntry(id: string): string | null {
  return assessmentStore.raw(id);
}

export function storageMode(): 'persistent' | 'memory-only' {
  return area.status();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Ids of assessments another tab or window saved since this page loaded.
 * The browser only tells other tabs about a write, never the writer, so any
 * such event means two copies are being edited and the last save would win.
 */
export function useChangedElsewhere(id: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      elsewhereListeners.add(listener);
      return () => elsewhereListeners.delete(listener);
    },
    () => changedElsewhere.has(id),
  );
}

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(subscribe, () => status);
}

if (typeof window !== 'undefined') {
  // A closed tab or a crash must not lose the last half-second of typing.
  window.addEventListener('pagehide', flushSaves);
  window.addEventListener('storage', (event) => {
    if (!event.key?.startsWith(ASSESSMENT_KEY_PREFIX)) return;
    // Another tab merely opening the assessment records its page: no conflict.
    if (!changedInSubstance(event.oldValue, event.newValue)) return;
    changedElsewhere.add(event.key.slice(ASSESSMENT_KEY_PREFIX.length));
    elsewhereListeners.forEach((listener) => listener());
  });
  // Held changes exist only in this tab: closing it would lose them without a word.
  window.addEventListener('beforeunload', (event) => {
    if (hasHeldChanges()) event.preventDefault();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushSaves();
  });
}
