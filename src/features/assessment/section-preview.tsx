import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { UseFormRegister, UseFormRegisterReturn } from 'react-hook-form';
import type { Questionnaire, Section } from '../../questionnaire/model.ts';
import { answersFromForm, type Answers } from '../../questionnaire/answers.ts';
import { computeVisibility } from '../../questionnaire/visibility.ts';
import { loadedBundledOutline } from '../../questionnaire/bundled-outlines.ts';
import type { Assessment } from '../../storage/assessment.ts';
import { readAssessment } from '../../state/assessment-repository.ts';
import { AssessmentLoading } from '../../connected/assessment-frame.tsx';
import { afterNextPaint } from '../../state/after-next-paint.ts';
import { pageLayout, SectionView, useSectionPage } from './section-view.tsx';
import { carriedFor, holdLink, recordChange, recordDrawn, recordFocus, recordSubmit, restoreFocus, withCarried } from './preview-carry.ts';

/** A field's value in the form's terms ("q1.value" of { q1: { value } }). */
function valueAt(values: Answers, name: string): unknown {
  const [questionId, field] = name.split('.');
  const answer = questionId && Object.hasOwn(values, questionId) ? values[questionId] : undefined;
  return answer && field && Object.hasOwn(answer, field) ? answer[field as keyof typeof answer] : undefined;
}

/** Shows a saved value in an input, as react-hook-form does when it registers the input. */
function showValue(element: HTMLInputElement | HTMLTextAreaElement, value: unknown): void {
  if (element instanceof HTMLInputElement && element.type === 'radio') element.checked = element.value === value;
  else if (element instanceof HTMLInputElement && element.type === 'checkbox')
    element.checked = Array.isArray(value) ? value.includes(element.value) : value === true;
  else element.value = typeof value === 'string' ? value : '';
}

/**
 * Stands in for react-hook-form's `register` until the form arrives: each
 * input gets its name and shows its saved value, and is otherwise the
 * browser's own. One registration per name, so drawing again never resets
 * what the person has changed.
 */
function usePreviewRegister(values: Answers): UseFormRegister<Answers> {
  const registrations = useRef(new Map<string, UseFormRegisterReturn>());
  const shown = useRef(values);
  shown.current = values;
  return useCallback(
    ((name: string) => {
      const known = registrations.current.get(name);
      if (known) return known;
      const registration: UseFormRegisterReturn = {
        name,
        onChange: () => Promise.resolve(),
        onBlur: () => Promise.resolve(),
        ref: (element: unknown) => {
          if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
            showValue(element, valueAt(shown.current, name));
        },
      };
      registrations.current.set(name, registration);
      return registration;
    }) as UseFormRegister<Answers>,
    [],
  );
}

interface SectionPreviewProps {
  assessment: Assessment;
  /** The whole questionnaire, or the outline of this page (questionnaire/section-outline.ts). */
  questionnaire: Questionnaire;
  section: Section;
  page: number;
  returnTo?: 'check';
  /** Starts loading the form; called once the preview has been painted. */
  loadForm: () => void;
}

/**
 * A section page drawn before its form's code has arrived, so a cold link
 * shows its questions without waiting for react-hook-form (decision 035).
 * It looks exactly like the form (both draw through SectionView), and its
 * inputs work: what the person changes, where they are and a "Save and
 * continue" are recorded (preview-carry.ts) for the form to take over.
 */
export function SectionPreview({ assessment, questionnaire, section, page, returnTo, loadForm }: SectionPreviewProps) {
  const onPage = useSectionPage(section, page);
  const { pageSection } = onPage;
  // Drawn again before the form arrives, it starts where the last drawing of this page was left.
  const [carried] = useState(() => carriedFor(assessment.id, section.id, page));
  const [values] = useState(() =>
    withCarried(assessment.answers, carried.values, new Set(pageSection.questions.map((question) => question.id))),
  );
  const register = usePreviewRegister(values);
  const visibility = computeVisibility(questionnaire, { ...assessment.answers, ...answersFromForm(values) });
  const layout = pageLayout(questionnaire, section, onPage, visibility, values);

  useLayoutEffect(() => {
    restoreFocus(carried);
    recordDrawn(assessment.id, section.id, page);
  }, [carried, assessment.id, section.id, page]);
  useEffect(() => afterNextPaint(loadForm), [loadForm]);
  // Wherever the person moves on the page (a field, a link, the button), so the form can put them back there.
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement) recordFocus(assessment.id, section.id, page, event.target.id);
    };
    // A link of the app followed after a change waits for the form to save the change (preview-carry.ts).
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (holdLink(assessment.id, section.id, page, link.getAttribute('href') ?? '')) event.preventDefault();
    };
    document.addEventListener('focusin', onFocus);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('click', onClick);
    };
  }, [assessment.id, section.id, page]);

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target;
    if ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.name) {
      recordChange(assessment.id, section.id, page, event.currentTarget, target.name);
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    recordSubmit(assessment.id, section.id, page);
  };

  return (
    <SectionView
      assessment={assessment}
      section={section}
      page={page}
      layout={layout}
      register={register}
      errors={{}}
      submitCount={0}
      values={values}
      onSubmit={onSubmit}
      returnTo={returnTo}
      busy
      arriving={!carried.drawn}
      onChange={onChange}
    />
  );
}

/**
 * A section page before its form has arrived. On a cold link that is the
 * first paint: the saved assessment and the outline of its page, both here
 * already (app/prefetch.ts), while the whole questionnaire and the form load.
 * Once the assessment's frame is `ready` with the whole questionnaire, the
 * page draws this same element, so it stays on screen untouched until the
 * form takes over; without an outline (moving between pages), it draws from
 * the whole questionnaire. The loading line when there is nothing to draw
 * from yet: no outline, a hidden section, or an assessment on another version
 * of the questionnaire than the outline (it is moved first, which needs the
 * whole questionnaire).
 */
export function SectionFirstPaint({
  assessmentId,
  sectionId,
  page,
  returnTo,
  loadForm,
  ready,
}: {
  assessmentId: string;
  sectionId: string;
  page: number;
  returnTo?: 'check';
  loadForm: () => void;
  ready?: { assessment: Assessment; questionnaire: Questionnaire };
}) {
  const [read] = useState(() => (ready ? null : readAssessment(assessmentId)));
  const assessment = ready?.assessment ?? (read?.ok ? read.assessment : undefined);
  const recorded = assessment?.questionnaire;
  const outline = recorded ? loadedBundledOutline(recorded.id, sectionId, page) : undefined;
  const questionnaire = outline && outline.of.contentHash === recorded?.contentHash ? outline.questionnaire : ready?.questionnaire;
  const section = questionnaire?.sections.find((candidate) => candidate.id === sectionId);
  if (!assessment || !questionnaire || !section || !computeVisibility(questionnaire, assessment.answers).sections.has(sectionId)) {
    return <AssessmentLoading />;
  }
  return (
    <SectionPreview
      key={`${sectionId}:${page}`}
      assessment={assessment}
      questionnaire={questionnaire}
      section={section}
      page={page}
      returnTo={returnTo}
      loadForm={loadForm}
    />
  );
}
