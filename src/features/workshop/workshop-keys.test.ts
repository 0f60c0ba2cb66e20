import { describe, expect, it } from 'vitest';
import { actionForKey, isTextField, KEY_LIST, type KeyPress } from './workshop-keys.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  inTextField: false,
  ...extra,
});

describe('the workshop keys', () => {
  it('move with the arrows and with a clicker’s Page Up and Page Down', () => {
    expect(actionForKey(press('ArrowRight'))).toEqual({ type: 'next' });
    expect(actionForKey(press('PageDown'))).toEqual({ type: 'next' });
    expect(actionForKey(press('ArrowDown'))).toEqual({ type: 'move-option', by: 1 });
    expect(actionForKey(press('ArrowUp'))).toEqual({ type: 'move-option', by: -1 });
    expect(actionForKey(press('ArrowLeft'))).toEqual({ type: 'previous' });
    expect(actionForKey(press('PageUp'))).toEqual({ type: 'previous' });
  });

  it('choose the option with the number pressed, 1 to 9, and 0 for "Not applicable"', () => {
    for (let n = 1; n <= 9; n += 1) expect(actionForKey(press(String(n)))).toEqual({ type: 'choose', index: n - 1 });
    expect(actionForKey(press('0'))).toEqual({ type: 'not-applicable' });
  });

  it('focus the fields and toggle the notes and the timer, in either case', () => {
    expect(actionForKey(press('n'))).toEqual({ type: 'focus', field: 'notes' });
    expect(actionForKey(press('N'))).toEqual({ type: 'focus', field: 'notes' });
    expect(actionForKey(press('a'))).toEqual({ type: 'focus', field: 'answer' });
    expect(actionForKey(press('r'))).toEqual({ type: 'focus', field: 'reason' });
    expect(actionForKey(press('p'))).toEqual({ type: 'toggle-notes' });
    expect(actionForKey(press('T'))).toEqual({ type: 'toggle-timer' });
    expect(actionForKey(press('x'))).toBeNull();
    expect(actionForKey(press('Enter'))).toBeNull();
    expect(actionForKey(press(' '))).toBeNull();
  });

  it('do nothing while someone types in a field, except Escape, which leaves it', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', '1', '0', 'n', 'p', 't', 'PageDown']) {
      expect(actionForKey(press(key, { inTextField: true })), key).toBeNull();
    }
    expect(actionForKey(press('Escape', { inTextField: true }))).toEqual({ type: 'leave-field' });
    expect(actionForKey(press('Escape'))).toBeNull();
  });

  it('leave the browser’s own shortcuts alone', () => {
    expect(actionForKey(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(actionForKey(press('1', { ctrlKey: true }))).toBeNull();
    expect(actionForKey(press('p', { metaKey: true }))).toBeNull();
  });

  it('list every key they act on', () => {
    const listed = KEY_LIST.flatMap((entry) => entry.keys).join(' ');
    for (const key of ['←', '→', '1', '9', '0', 'A', 'N', 'R', 'Esc', 'P', 'T']) expect(listed).toContain(key);
  });
});

describe('a text field', () => {
  it('is where typing goes: text inputs, text areas, selects and editable content; not radios, check boxes or buttons', () => {
    expect(isTextField({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTextField({ tagName: 'SELECT' })).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTextField({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextField({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextField({ tagName: 'H1' })).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
