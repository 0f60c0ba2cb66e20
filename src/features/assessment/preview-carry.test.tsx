import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  carriedFor,
  clearCarried,
  fieldValue,
  holdLink,
  recordChange,
  recordDrawn,
  recordFocus,
  recordSubmit,
  restoreFocus,
  withCarried,
} from './preview-carry.ts';

function questionForm() {
  const { container } = render(
    <form>
      <input type="radio" name="stage.value" value="idea" id="stage-idea" />
      <input type="radio" name="stage.value" value="live" id="stage-live" />
      <input type="checkbox" name="groups.value" value="children" />
      <input type="checkbox" name="groups.value" value="workers" />
      <input type="checkbox" name="groups.notApplicable" />
      <textarea name="purpose.value" id="purpose" defaultValue="" />
      <h1 tabIndex={-1}>Heading</h1>
      <a href="#next" id="next-section">
        Next section
      </a>
    </form>,
  );
  const form = container.querySelector('form');
  if (!form) throw new Error('no form');
  return form;
}

function input(form: HTMLFormElement, selector: string): HTMLInputElement {
  const found = form.querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

afterEach(() => clearCarried());

describe('fieldValue', () => {
  it('reads each kind of field as react-hook-form holds it', () => {
    const form = questionForm();
    expect(fieldValue(form, 'stage.value')).toBeNull();
    input(form, '#stage-live').checked = true;
    expect(fieldValue(form, 'stage.value')).toBe('live');
    expect(fieldValue(form, 'groups.value')).toEqual([]);
    input(form, '[value="workers"]').checked = true;
    expect(fieldValue(form, 'groups.value')).toEqual(['workers']);
    expect(fieldValue(form, 'groups.notApplicable')).toBe(false);
    input(form, '[name="groups.notApplicable"]').checked = true;
    expect(fieldValue(form, 'groups.notApplicable')).toBe(true);
    form.querySelector('textarea')!.value = 'Plans crops';
    expect(fieldValue(form, 'purpose.value')).toBe('Plans crops');
    expect(fieldValue(form, 'missing.value')).toBeUndefined();
  });
});

describe('what a page carries to its form', () => {
  it('keeps what was done on one page, and starts afresh for another', () => {
    const form = questionForm();
    input(form, '#stage-idea').checked = true;
    recordDrawn('a1', 'context', 1);
    recordChange('a1', 'context', 1, form, 'stage.value');
    recordFocus('a1', 'context', 1, 'stage-idea');
    recordSubmit('a1', 'context', 1);
    const carried = carriedFor('a1', 'context', 1);
    expect([carried.drawn, [...carried.values], carried.focusedId, carried.submitted]).toEqual([
      true,
      [['stage.value', 'idea']],
      'stage-idea',
      true,
    ]);
    expect(carriedFor('a1', 'context', 2).values.size).toBe(0);
    expect(carriedFor('a2', 'context', 1).drawn).toBe(false);
    recordDrawn('a1', 'other', 1);
    expect(carriedFor('a1', 'context', 1).values.size).toBe(0);
  });

  it('holds a link only when a change is waiting to be saved', () => {
    const form = questionForm();
    expect(holdLink('a1', 'context', 1, '#/assessments/a1')).toBe(false);
    expect(carriedFor('a1', 'context', 1).followLink).toBeNull();
    input(form, '#stage-live').checked = true;
    recordChange('a1', 'context', 1, form, 'stage.value');
    expect(holdLink('a1', 'context', 1, '#/assessments/a1')).toBe(true);
    expect(carriedFor('a1', 'context', 1).followLink).toBe('#/assessments/a1');
  });

  it('lays carried fields over the saved answers, only for the page’s questions and known fields', () => {
    const saved = { stage: { value: 'idea', notes: 'kept' }, elsewhere: { value: 'x' } };
    const merged = withCarried(
      saved,
      new Map<string, unknown>([
        ['stage.value', 'live'],
        ['purpose.value', 'Plans crops'],
        ['elsewhere.value', 'changed?'],
        ['stage.__proto__', 'no'],
      ]),
      new Set(['stage', 'purpose']),
    );
    expect(merged).toEqual({ stage: { value: 'live', notes: 'kept' }, purpose: { value: 'Plans crops' }, elsewhere: { value: 'x' } });
    // The saved answers themselves are untouched.
    expect(saved.stage.value).toBe('idea');
  });

  it('puts the person back in their field (caret at the end) or on their link, or on the heading; never moves them otherwise', () => {
    const form = questionForm();
    const textarea = form.querySelector('textarea')!;
    textarea.value = 'Plans crops';
    (document.activeElement as HTMLElement | null)?.blur();
    restoreFocus({ drawn: true, focusedId: 'purpose' });
    expect(document.activeElement).toBe(textarea);
    expect(textarea.selectionStart).toBe('Plans crops'.length);

    textarea.blur();
    restoreFocus({ drawn: true, focusedId: 'next-section' });
    expect(document.activeElement?.id).toBe('next-section');

    (document.activeElement as HTMLElement).blur();
    restoreFocus({ drawn: true, focusedId: null });
    expect(document.activeElement?.tagName).toBe('H1');

    // A page arriving (not drawn again) leaves focus to its heading's own rule.
    (document.activeElement as HTMLElement).blur();
    restoreFocus({ drawn: false, focusedId: 'purpose' });
    expect(document.activeElement).toBe(document.body);

    // Focus still somewhere on the page stays there.
    input(form, '#stage-live').focus();
    restoreFocus({ drawn: true, focusedId: 'purpose' });
    expect(document.activeElement).toBe(input(form, '#stage-live'));
  });
});
