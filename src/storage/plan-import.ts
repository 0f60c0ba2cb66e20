import type { Assessment } from './assessment.ts';
import { rememberedLocation } from './remembered-location.ts';

export interface ImportPlan {
  /** The assessment to save: the file's, under a new id when its own is taken. */
  assessment: Assessment;
  /** True when an assessment with the file's id already exists here, so this one is a copy. */
  renamedFromExisting: boolean;
  /** The id the file carried. */
  originalId: string;
}

// A generator that keeps returning taken ids must not make an import
// overwrite anything, nor loop for ever: after a few tries, count up.
const MAX_TRIES = 10;

function freeId(existingIds: ReadonlySet<string>, newId: () => string, taken: string): string {
  for (let tries = 0; tries < MAX_TRIES; tries += 1) {
    const candidate = newId();
    if (candidate !== '' && !existingIds.has(candidate)) return candidate;
  }
  let counter = 2;
  while (existingIds.has(`${taken}-${counter}`)) counter += 1;
  return `${taken}-${counter}`;
}

/**
 * Decides where an imported assessment goes. An import never overwrites:
 * if the id is already used here, the import becomes a copy with a new id.
 * It takes only the part of an answers file it reads, so this file does not
 * import answers-file.ts, which re-exports it.
 */
export function planImport(file: { assessment: Assessment }, existingIds: ReadonlySet<string>, newId: () => string): ImportPlan {
  const originalId = file.assessment.id;
  const copy = existingIds.has(originalId);
  const id = copy ? freeId(existingIds, newId, originalId) : originalId;
  // A file is untrusted: its remembered location may only be a place in this assessment.
  const lastLocation = rememberedLocation(file.assessment.lastLocation, originalId, id);
  return { assessment: { ...file.assessment, id, lastLocation }, renamedFromExisting: copy, originalId };
}
