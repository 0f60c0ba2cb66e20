import { answersFromForm, type Answers } from '../../questionnaire/answers.ts';
import type { Assessment } from '../../storage/assessment.ts';
import { withAnswersChanged } from '../../compare/rounds-review.ts';
import { readAssessment, saveAssessment } from '../../state/assessment-repository.ts';

/**
 * What a person did on a section page in the moment before its form arrived
 * (section-preview.tsx): the fields they changed, as the form would hold
 * them, the field they were in, and whether they asked to save and continue.
 * The form takes these over as it arrives (section-form.tsx), so nothing
 * done in that moment is lost. One page at a time: a page of another
 * assessment, section or page starts afresh.
 */
export interface Carried {
  /** A preview of the page has been on screen: what comes next draws it again rather than arrives. */
  drawn: boolean;
  values: Map<string, unknown>;
  focusedId: string | null;
  submitted: boolean;
  /** A link followed after a change: held until the change is saved. */
  followLink: string | null;
}

const nothingCarried = (): Carried => ({ drawn: false, values: new Map(), focusedId: null, submitted: false, followLink: null });

const CARRIED_FIELDS = new Set(['value', 'notApplicable', 'justification', 'notes']);

let scope = '';
let carried: Carried = nothingCarried();

const scopeOf = (assessmentId: string, sectionId: string, page: number) => JSON.stringify([assessmentId, sectionId, page]);

/** What was done on this page before its form arrived (read, not taken: React may render twice). */
export function carriedFor(assessmentId: string, sectionId: string, page: number): Carried {
  if (scope !== scopeOf(assessmentId, sectionId, page)) return nothingCarried();
  return carried;
}

/** The record of this page, started afresh when another page begins one. */
function recordFor(assessmentId: string, sectionId: string, page: number): Carried {
  const wanted = scopeOf(assessmentId, sectionId, page);
  if (scope !== wanted) {
    scope = wanted;
    carried = nothingCarried();
  }
  return carried;
}

/** Called once the form has taken everything over. */
export function clearCarried(): void {
  scope = '';
  carried = nothingCarried();
}

/**
 * A field's value as react-hook-form holds it, read from the inputs of one
 * question's form: a pick-many's ticked values, a pick-one's value (null when
 * none), a tick box's state, or the text.
 */
export function fieldValue(form: HTMLFormElement, name: string): unknown {
  const inputs = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].filter(
    (input) => input.name === name,
  );
  const first = inputs[0];
  if (!first) return undefined;
  if (first instanceof HTMLInputElement && first.type === 'radio') {
    return inputs.find((input) => input instanceof HTMLInputElement && input.checked)?.value ?? null;
  }
  if (first instanceof HTMLInputElement && first.type === 'checkbox') {
    // A single tick box ("Not applicable") is a yes or no; a group is the list of what is ticked.
    if (name.endsWith('.notApplicable')) return first.checked;
    return inputs.filter((input) => input instanceof HTMLInputElement && input.checked).map((input) => input.value);
  }
  return first.value;
}

export function recordChange(assessmentId: string, sectionId: string, page: number, form: HTMLFormElement, name: string): void {
  recordFor(assessmentId, sectionId, page).values.set(name, fieldValue(form, name));
}

export function recordDrawn(assessmentId: string, sectionId: string, page: number): void {
  recordFor(assessmentId, sectionId, page).drawn = true;
}

export function recordFocus(assessmentId: string, sectionId: string, page: number, id: string): void {
  recordFor(assessmentId, sectionId, page).focusedId = id || null;
}

/**
 * A click on a link of the app while the page waits for its form: with a
 * change not yet saved, the link is held (true: the caller cancels the
 * click) and followed once the form has saved it; otherwise it goes ahead.
 */
export function holdLink(assessmentId: string, sectionId: string, page: number, href: string): boolean {
  const record = carriedFor(assessmentId, sectionId, page);
  if (record.values.size === 0) return false;
  record.followLink = href;
  return true;
}

export function recordSubmit(assessmentId: string, sectionId: string, page: number): void {
  recordFor(assessmentId, sectionId, page).submitted = true;
}

/** The carried values laid over what was saved, as the form's default values. */
export function withCarried(defaults: Answers, values: ReadonlyMap<string, unknown>, questionIds: ReadonlySet<string>): Answers {
  const merged: Answers = structuredClone(defaults);
  for (const [name, value] of values) {
    const [questionId, field] = name.split('.');
    if (!questionId || !questionIds.has(questionId) || !field || !CARRIED_FIELDS.has(field)) continue;
    merged[questionId] = { ...merged[questionId], [field]: value } as Answers[string];
  }
  return merged;
}

/**
 * When a page already on screen is drawn again, puts the person back where
 * they were: on the field, link or button they were on (a text field with
 * the caret at the end of what they typed), or else on the page's heading,
 * where its first drawing put them. Leaves focus alone if it is still
 * somewhere on the page.
 */
export function restoreFocus({ drawn, focusedId }: Pick<Carried, 'drawn' | 'focusedId'>): void {
  if (!drawn || (document.activeElement && document.activeElement !== document.body)) return;
  const element = focusedId ? document.getElementById(focusedId) : null;
  if (!(element instanceof HTMLElement)) {
    document.querySelector<HTMLElement>('h1[tabindex]')?.focus({ preventScroll: true });
    return;
  }
  element.focus({ preventScroll: true });
  if (element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && element.type === 'text')) {
    element.setSelectionRange(element.value.length, element.value.length);
  }
}

/**
 * The assessment with the answers changed on a page before its form
 * arrived, for when the form cannot arrive: its download failed, so they are
 * saved as they stand rather than lost with the page.
 */
export function withCarriedAnswers(assessment: Assessment, values: ReadonlyMap<string, unknown>): Assessment {
  const questionIds = new Set([...values.keys()].map((name) => name.split('.')[0] ?? ''));
  const merged = withCarried(assessment.answers, values, questionIds);
  const answers = { ...assessment.answers };
  for (const id of questionIds) {
    const answer = answersFromForm({ [id]: merged[id] })[id];
    if (answer) answers[id] = answer;
    else delete answers[id];
  }
  return withAnswersChanged(assessment, answers);
}

/** Saves what was changed on this page before its form arrived, directly, when the form will not arrive. */
export function saveCarriedWithoutForm(assessmentId: string, sectionId: string, page: number): void {
  const { values } = carriedFor(assessmentId, sectionId, page);
  const read = values.size > 0 ? readAssessment(assessmentId) : null;
  if (read?.ok) saveAssessment(withCarriedAnswers(read.assessment, values));
}
