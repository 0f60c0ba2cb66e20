import { memo, type ReactNode } from 'react';
import type { FieldErrors, UseFormRegister, UseFormRegisterReturn } from 'react-hook-form';
import type { Question } from '../questionnaire/model.ts';
import type { Answers } from '../questionnaire/answers.ts';
import type { AnswerField } from '../questionnaire/section-validation.ts';
import { RichText } from './rich-text.tsx';
import { FieldError } from './field-error.tsx';

/** The id of the element an error about this field should move focus to. */
export function answerFieldId(question: Question, field: AnswerField): string {
  if (field === 'value' && question.kind !== 'text') return `q-${question.id}-option-${question.options[0]?.value ?? ''}`;
  return field === 'value' ? `q-${question.id}` : `q-${question.id}-${field}`;
}

function AnswerTextarea({
  id,
  label,
  error,
  registration,
}: {
  id: string;
  label: string;
  error: string | undefined;
  registration: UseFormRegisterReturn;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldError id={`${id}-error`} message={error} />
      <textarea
        id={id}
        rows={2}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...registration}
      />
    </div>
  );
}

/** What the verdict needs from this answer, in the words of its options. */
function mustHaveHint(question: Question): string {
  const label = (value: string | undefined) => question.options.find((option) => option.value === value)?.label ?? value ?? '';
  const parts: string[] = [];
  if (question.mustHave) parts.push(`${question.mustHave.name}: the top verdict needs “${label(question.mustHave.minimum)}” or better.`);
  if (question.critical) parts.push(`Below “${label(question.critical.minimum)}”, launch is blocked whatever else is answered.`);
  return parts.join(' ');
}

// Kept out of the label so an option's accessible name is exactly its label.
function optionHint(option: Question['options'][number]): string | null {
  if (option.exclusive) return 'Cannot be combined with other answers.';
  if (option.requiresReason) return 'You will be asked why.';
  return null;
}

interface QuestionFieldProps {
  question: Question;
  register: UseFormRegister<Answers>;
  errors: FieldErrors<Answers>;
  notApplicable: boolean;
  /** Label of the chosen option that needs a written reason, or null. */
  reasonFor: string | null;
  /** Shown last inside the question's group, such as the review of an answer carried over from an earlier round. */
  footer?: ReactNode;
}

/**
 * One question as an accessible group: a fieldset whose legend is the
 * question, options as labelled radios or checkboxes, help in a disclosure,
 * then notes and "Not applicable" where the questionnaire asks for them.
 * Inputs are uncontrolled (react-hook-form), so typing re-renders nothing.
 */
export const QuestionField = memo(function QuestionField({
  question,
  register,
  errors,
  notApplicable,
  reasonFor,
  footer,
}: QuestionFieldProps) {
  const id = question.id;
  const error = errors[id];
  const valueError = error?.value?.message;
  const notesError = error?.notes?.message;
  const justificationError = error?.justification?.message;
  const hintId = `q-${id}-hint`;
  const valueErrorId = `q-${id}-value-error`;
  const describedBy = [question.help ? hintId : '', valueError ? valueErrorId : ''].filter(Boolean).join(' ') || undefined;
  const optional = question.required ? '' : ' (optional)';

  return (
    <fieldset className={`question${error ? ' question-error' : ''}`} aria-describedby={describedBy}>
      <legend>
        <span className="question-number">{question.number}</span> {question.text}
        {optional && <span className="muted">{optional}</span>}
      </legend>
      {(question.critical || question.mustHave) && (
        <p className="must-have-marker">
          <span className="tag tag-amber">Must-have</span> <span className="small">{mustHaveHint(question)}</span>
        </p>
      )}
      {question.help && (
        <details className="help" id={hintId}>
          <summary>Help with this question</summary>
          <p>
            <RichText source={question.help} />
          </p>
        </details>
      )}
      <FieldError id={valueErrorId} message={valueError} />
      {question.kind === 'text' ? (
        <div className="field">
          <label htmlFor={answerFieldId(question, 'value')}>Your answer</label>
          {question.multiline ? (
            <textarea
              id={answerFieldId(question, 'value')}
              rows={4}
              aria-invalid={valueError ? true : undefined}
              {...register(`${id}.value`)}
            />
          ) : (
            <input
              type="text"
              id={answerFieldId(question, 'value')}
              aria-invalid={valueError ? true : undefined}
              {...register(`${id}.value`)}
            />
          )}
        </div>
      ) : (
        <div className={question.kind === 'multiple' ? 'checkboxes' : 'radios'}>
          {question.kind === 'multiple' && <p className="muted small">Choose all that apply.</p>}
          {question.options.map((option, index) => {
            const inputId = index === 0 ? answerFieldId(question, 'value') : `q-${id}-option-${option.value}`;
            return (
              <div className="choice" key={option.value}>
                <input
                  type={question.kind === 'multiple' ? 'checkbox' : 'radio'}
                  id={inputId}
                  value={option.value}
                  aria-invalid={valueError ? true : undefined}
                  aria-describedby={optionHint(option) ? `${inputId}-hint` : undefined}
                  {...register(`${id}.value`)}
                />
                <label htmlFor={inputId}>{option.label}</label>
                {optionHint(option) && (
                  <span id={`${inputId}-hint`} className="muted small choice-hint">
                    {optionHint(option)}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      )}
      {reasonFor && !notApplicable && (
        <AnswerTextarea
          id={answerFieldId(question, 'justification')}
          label={`Why is “${reasonFor}” the answer?`}
          error={justificationError}
          registration={register(`${id}.justification`)}
        />
      )}
      {question.notApplicable && (
        <div className="not-applicable">
          <div className="choice">
            <input type="checkbox" id={`q-${id}-na`} {...register(`${id}.notApplicable`)} />
            <label htmlFor={`q-${id}-na`}>Not applicable to this product</label>
          </div>
          {notApplicable && (
            <AnswerTextarea
              id={answerFieldId(question, 'justification')}
              label="Why does this not apply?"
              error={justificationError}
              registration={register(`${id}.justification`)}
            />
          )}
        </div>
      )}
      {question.evidence !== 'none' && (
        <AnswerTextarea
          id={answerFieldId(question, 'notes')}
          label={`Notes or evidence${question.evidence === 'required' ? '' : ' (optional)'}`}
          error={notesError}
          registration={register(`${id}.notes`)}
        />
      )}
      {footer}
    </fieldset>
  );
});
