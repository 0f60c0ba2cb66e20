import { useCallback, useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import { useForm, useWatch, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { Questionnaire, Section } from '../../questionnaire/model.ts';
import { answersFromForm, selectedValues, type Answers } from '../../questionnaire/answers.ts';
import { applyExclusive } from '../../questionnaire/exclusive-options.ts';
import { computeVisibility, type Visibility } from '../../questionnaire/visibility.ts';
import { sectionAnswersSchema } from '../../questionnaire/section-validation.ts';
import { conditionQuestionIds } from '../../questionnaire/condition-questions.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { UpdateAssessment } from '../../state/use-assessment.ts';
import { zodResolver } from '../../components/zod-resolver.ts';
import { withAnswersChanged } from '../../compare/rounds-review.ts';
import { withCarried } from './preview-carry.ts';

function sectionDefaults(section: Section, answers: Answers): Answers {
  const defaults: Answers = {};
  for (const question of section.questions) {
    const answer = answers[question.id];
    if (answer) defaults[question.id] = structuredClone(answer);
  }
  return defaults;
}

/**
 * The form of one page of a section, checked against the answers of the
 * whole assessment (other sections decide what is visible here too).
 * `carried` holds fields changed before the form arrived (preview-carry.ts),
 * which start as they were left.
 */
export function usePageForm(
  questionnaire: Questionnaire,
  pageSection: Section,
  getLatest: () => Assessment,
  carried: ReadonlyMap<string, unknown> = new Map(),
) {
  // Answers from other sections cannot change while this page is open, so the
  // copy taken on arrival is exact. Read the latest version: typing elsewhere
  // was saved without re-rendering.
  const others = useRef(getLatest().answers);
  const [defaults] = useState(() =>
    withCarried(sectionDefaults(pageSection, others.current), carried, new Set(pageSection.questions.map((question) => question.id))),
  );
  const resolver = useCallback<Resolver<Answers>>(
    (values, context, options) => {
      const visibility = computeVisibility(questionnaire, { ...others.current, ...answersFromForm(values) });
      return zodResolver<Answers>(sectionAnswersSchema(pageSection, visibility.questions))(values, context, options);
    },
    [questionnaire, pageSection],
  );
  const form = useForm<Answers>({
    defaultValues: defaults,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  return { form, others };
}

/** Saves the page's answers to these questions as the form holds them. */
function saveAnswers(update: UpdateAssessment, values: Answers, ids: readonly string[]) {
  update(
    (latest) => {
      const answers = { ...latest.answers };
      for (const id of ids) {
        const answer = answersFromForm({ [id]: values[id] })[id];
        if (answer) answers[id] = answer;
        else delete answers[id];
      }
      // A carried answer the person changed is reviewed: its mark goes.
      return withAnswersChanged(latest, answers);
    },
    { rerender: false },
  );
}

/**
 * Every change is saved as it is made, without re-rendering the page, and
 * only the question that changed is re-read: a keystroke costs the same in
 * a section of 5 questions or of 100. Exclusive options ("None of these")
 * untick the others here too. Returns a way to save questions whose values
 * the form started with rather than saw change (those changed before it
 * arrived: preview-carry.ts).
 */
export function useSaveAsTyped(
  form: UseFormReturn<Answers>,
  pageSection: Section,
  others: MutableRefObject<Answers>,
  update: UpdateAssessment,
): (ids: readonly string[]) => void {
  const ticked = useRef(new Map<string, string[]>());
  useEffect(() => {
    const subscription = form.watch((values, { name }) => {
      const changed = name?.split('.')[0];
      const question = changed ? pageSection.questions.find((candidate) => candidate.id === changed) : undefined;
      if (question?.kind === 'multiple' && name === `${question.id}.value`) {
        const raw = values[question.id]?.value;
        const next = Array.isArray(raw) ? raw.filter((value): value is string => typeof value === 'string') : [];
        const fixed = applyExclusive(
          question,
          ticked.current.get(question.id) ?? selectedValues(question, others.current[question.id]),
          next,
        );
        ticked.current.set(question.id, fixed);
        // Setting the value fires this again with the fixed list, which then passes unchanged.
        if (fixed.length !== next.length) form.setValue(`${question.id}.value`, fixed);
      }
      saveAnswers(update, values as Answers, changed ? [changed] : pageSection.questions.map((candidate) => candidate.id));
    });
    return () => subscription.unsubscribe();
  }, [form, pageSection, update, others]);
  return useCallback((ids: readonly string[]) => saveAnswers(update, form.getValues(), ids), [form, update]);
}

/**
 * What the answers make visible, recomputed only when an answer that a
 * condition looks at, or a "Not applicable" tick, changes: typing in a text
 * field never re-renders the page.
 */
export function useLiveVisibility(
  form: UseFormReturn<Answers>,
  questionnaire: Questionnaire,
  pageSection: Section,
  others: MutableRefObject<Answers>,
): Visibility {
  const watchedNames = useMemo(() => {
    const triggers = conditionQuestionIds(questionnaire);
    return pageSection.questions.flatMap((question) => [
      ...(triggers.has(question.id) ? [`${question.id}.value` as const] : []),
      ...(question.notApplicable ? [`${question.id}.notApplicable` as const] : []),
      // A choice that needs a reason shows the reason box as soon as it is picked.
      ...(!triggers.has(question.id) && question.options.some((option) => option.requiresReason) ? [`${question.id}.value` as const] : []),
    ]);
  }, [questionnaire, pageSection]);
  const watched = useWatch({ control: form.control, name: watchedNames });
  return useMemo(
    () => computeVisibility(questionnaire, { ...others.current, ...answersFromForm(form.getValues()) }),
    // `watched` is the signal that a visibility-relevant answer changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [questionnaire, form, watched],
  );
}
