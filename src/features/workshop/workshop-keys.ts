/** What a key does on the workshop screen. */
export type WorkshopAction =
  | { type: 'next' }
  | { type: 'previous' }
  /** Choose (pick one) or tick and untick (pick many) the option at this 0-based position. */
  | { type: 'choose'; index: number }
  /** Move focus to the next or previous answer (Space then chooses it): reaches options past the ninth. */
  | { type: 'move-option'; by: 1 | -1 }
  | { type: 'not-applicable' }
  | { type: 'focus'; field: 'notes' | 'answer' | 'reason' }
  | { type: 'toggle-notes' }
  | { type: 'toggle-timer' }
  | { type: 'leave-field' };

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** Focus is in a field that takes typing: its keys are the person's, not the workshop's. */
  inTextField: boolean;
}

const LETTERS: Record<string, WorkshopAction> = {
  n: { type: 'focus', field: 'notes' },
  a: { type: 'focus', field: 'answer' },
  r: { type: 'focus', field: 'reason' },
  p: { type: 'toggle-notes' },
  t: { type: 'toggle-timer' },
};

/**
 * The action a key press stands for, or null to leave it to the browser.
 * Presentation clickers send Page Up and Page Down, so they move too. Keys
 * with Ctrl, Alt or Cmd stay the browser's (copy, back, zoom).
 */
export function actionForKey(press: KeyPress): WorkshopAction | null {
  if (press.inTextField) return press.key === 'Escape' ? { type: 'leave-field' } : null;
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  if (press.key === 'ArrowRight' || press.key === 'PageDown') return { type: 'next' };
  if (press.key === 'ArrowLeft' || press.key === 'PageUp') return { type: 'previous' };
  if (press.key === 'ArrowDown') return { type: 'move-option', by: 1 };
  if (press.key === 'ArrowUp') return { type: 'move-option', by: -1 };
  if (/^[1-9]$/.test(press.key)) return { type: 'choose', index: Number(press.key) - 1 };
  if (press.key === '0') return { type: 'not-applicable' };
  return LETTERS[press.key.toLowerCase()] ?? null;
}

/** The keys, as the screen lists them. */
export const KEY_LIST: ReadonlyArray<{ keys: string[]; does: string }> = [
  { keys: ['←', '→'], does: 'Previous or next question' },
  { keys: ['1', '–', '9'], does: 'Choose an answer (tick or untick where several apply)' },
  { keys: ['↑', '↓'], does: 'Move between the answers; Space chooses the one you are on' },
  { keys: ['0'], does: 'Not applicable, where the question allows it' },
  { keys: ['A'], does: 'Type the answer to a written question' },
  { keys: ['N'], does: 'Type notes or evidence' },
  { keys: ['R'], does: 'Type the reason an answer asks for' },
  { keys: ['Esc'], does: 'Stop typing and go back to the keys' },
  { keys: ['P'], does: 'Show or hide the presenter notes' },
  { keys: ['T'], does: 'Start or pause the section timer' },
];

/** Whether focus is in a field that takes typing; radios, check boxes and buttons do not. */
export function isTextField(element: { tagName: string; type?: string; isContentEditable?: boolean } | null): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(
    (element.type ?? 'text').toLowerCase(),
  );
}
