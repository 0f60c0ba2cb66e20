import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import type { Answer } from '../../questionnaire/answers.ts';
import { isAnswered, selectedValues } from '../../questionnaire/answers.ts';
import type { Question } from '../../questionnaire/model.ts';
import { optionNeedingReason, questionIssues } from '../../questionnaire/section-validation.ts';
import { chooseOption, toggleNotApplicable, withText } from './answer-edits.ts';
import type { WorkshopAction } from './workshop-keys.ts';

const fieldId = (question: Question, field: 'answer' | 'notes' | 'reason' | 'na') => `workshop-${question.id}-${field}`;

function notesLabel(question: Question): string {
  if (question.evidence === 'required') return 'Notes or evidence';
  if (question.evidence === 'optional') return 'Notes or evidence (optional)';
  return 'Notes (optional)';
}

function TextArea({
  id,
  label,
  value,
  rows,
  keyHint,
  onText,
}: {
  id: string;
  label: string;
  value: string;
  rows: number;
  keyHint: string;
  onText: (text: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} <kbd aria-hidden="true">{keyHint}</kbd>
      </label>
      <textarea id={id} rows={rows} value={value} aria-keyshortcuts={keyHint} onChange={(event) => onText(event.target.value)} />
    </div>
  );
}

/** What is still missing from this answer, once something is given: the same checks as "Save and continue". */
function stillNeeded(question: Question, answer: Answer | undefined): string[] {
  const given = isAnswered(question, answer) || answer?.notApplicable === true;
  return questionIssues(question, answer)
    .filter((issue) => given || issue.field !== 'value')
    .map((issue) => issue.message);
}

export interface SlideHandle {
  run: (action: WorkshopAction) => boolean;
}

/**
 * One question, large: its options numbered for the keys, "Not applicable"
 * and the reasons it needs, and notes. Every change is saved at once through
 * `onEdit`, with the section form's rules (answer-edits.ts).
 */
export function QuestionSlide({
  question,
  answer,
  onEdit,
  handle,
}: {
  question: Question;
  answer: Answer | undefined;
  onEdit: (edit: (answer: Answer | undefined) => Answer | undefined) => void;
  handle: MutableRefObject<SlideHandle | null>;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [said, setSaid] = useState('');
  const picked = new Set(selectedValues(question, { ...answer, notApplicable: undefined }));
  const notApplicable = question.notApplicable && answer?.notApplicable === true;
  const reasonFor = notApplicable ? null : (optionNeedingReason(question, answer)?.label ?? null);
  const needed = stillNeeded(question, answer);

  useEffect(() => {
    document.title = `${question.number} ${question.text} – Workshop – Oversight`;
    heading.current?.focus();
  }, [question]);

  const choose = (index: number) => {
    const option = question.options[index];
    if (!option) {
      setSaid(question.kind === 'text' ? 'This question takes a written answer: press A to type it.' : `There is no answer ${index + 1}.`);
      return;
    }
    const next = chooseOption(question, answer, index);
    onEdit((current) => chooseOption(question, current, index));
    const now = new Set(selectedValues(question, next));
    setSaid(now.has(option.value) ? `Chosen: ${option.label}` : `Unticked: ${option.label}`);
  };

  const focus = (field: 'answer' | 'notes' | 'reason') => {
    const id =
      field === 'answer'
        ? question.kind === 'text'
          ? fieldId(question, 'answer')
          : `workshop-${question.id}-option-${question.options.findIndex((option) => picked.has(option.value)) + 1 || 1}`
        : fieldId(question, field);
    const element = document.getElementById(id);
    if (element) element.focus();
    else setSaid(field === 'reason' ? 'No reason is asked for yet.' : 'There is nothing to type here.');
  };

  // From the answer that has focus (or, with none, from before the first one),
  // to the next or previous; wraps round, as a radio group does.
  const moveOption = (by: 1 | -1) => {
    const count = question.options.length;
    if (count === 0) {
      setSaid('This question takes a written answer: press A to type it.');
      return;
    }
    const prefix = `workshop-${question.id}-option-`;
    const current = document.activeElement?.id.startsWith(prefix) ? Number(document.activeElement.id.slice(prefix.length)) : 0;
    const target = current === 0 ? (by === 1 ? 1 : count) : ((current - 1 + by + count) % count) + 1;
    document.getElementById(`${prefix}${target}`)?.focus();
  };

  handle.current = {
    run: (action) => {
      if (action.type === 'choose') choose(action.index);
      else if (action.type === 'move-option') moveOption(action.by);
      else if (action.type === 'not-applicable') {
        if (!question.notApplicable) setSaid('“Not applicable” is not an answer to this question.');
        else {
          onEdit((current) => toggleNotApplicable(question, current));
          setSaid(notApplicable ? '“Not applicable” unticked' : '“Not applicable” ticked: press R to give the reason.');
        }
      } else if (action.type === 'focus') focus(action.field);
      else if (action.type === 'leave-field') heading.current?.focus();
      else return false;
      return true;
    },
  };

  const text = (field: 'value' | 'justification' | 'notes') => (value: string) => onEdit((current) => withText(current, field, value));

  return (
    <fieldset className="workshop-question">
      <legend>
        <h1 ref={heading} tabIndex={-1}>
          <span className="question-number">{question.number}</span> {question.text}
          {!question.required && <span className="muted"> (optional)</span>}
        </h1>
      </legend>
      {question.kind === 'text' ? (
        <TextArea
          id={fieldId(question, 'answer')}
          label="Your answer"
          value={typeof answer?.value === 'string' ? answer.value : ''}
          rows={question.multiline ? 4 : 2}
          keyHint="A"
          onText={text('value')}
        />
      ) : (
        <div className="workshop-options">
          {question.kind === 'multiple' && <p className="muted">Choose all that apply.</p>}
          {question.options.map((option, index) => {
            const id = `workshop-${question.id}-option-${index + 1}`;
            const shortcut = index < 9 ? String(index + 1) : undefined;
            return (
              <div className={`workshop-option${picked.has(option.value) ? ' workshop-option-picked' : ''}`} key={option.value}>
                <input
                  type={question.kind === 'multiple' ? 'checkbox' : 'radio'}
                  id={id}
                  name={`workshop-${question.id}`}
                  value={option.value}
                  checked={picked.has(option.value)}
                  aria-keyshortcuts={shortcut}
                  aria-describedby={option.exclusive ? `${id}-hint` : undefined}
                  onChange={() => choose(index)}
                />
                <label htmlFor={id}>
                  {shortcut && <kbd aria-hidden="true">{shortcut}</kbd>} {option.label}
                </label>
                {/* Kept out of the label, as on the section form, so an option's name is exactly its label. */}
                {option.exclusive && (
                  <span id={`${id}-hint`} className="muted small workshop-option-hint">
                    Cannot be combined with other answers.
                  </span>
                )}
              </div>
            );
          })}
        </div>
      )}
      {question.notApplicable && (
        <div className="workshop-option">
          <input
            type="checkbox"
            id={fieldId(question, 'na')}
            checked={notApplicable}
            aria-keyshortcuts="0"
            onChange={() => onEdit((current) => toggleNotApplicable(question, current))}
          />
          <label htmlFor={fieldId(question, 'na')}>
            <kbd aria-hidden="true">0</kbd> Not applicable to this product
          </label>
        </div>
      )}
      {(notApplicable || reasonFor) && (
        <TextArea
          id={fieldId(question, 'reason')}
          label={notApplicable ? 'Why does this not apply?' : `Why is “${reasonFor}” the answer?`}
          value={answer?.justification ?? ''}
          rows={2}
          keyHint="R"
          onText={text('justification')}
        />
      )}
      <TextArea
        id={fieldId(question, 'notes')}
        label={notesLabel(question)}
        value={answer?.notes ?? ''}
        rows={2}
        keyHint="N"
        onText={text('notes')}
      />
      {needed.length > 0 && (
        <div className="workshop-needed">
          <p>Still needed before this section is complete:</p>
          <ul>
            {needed.map((message) => (
              <li key={message}>{message}.</li>
            ))}
          </ul>
        </div>
      )}
      <p className="workshop-said" role="status" aria-live="polite">
        {said}
      </p>
    </fieldset>
  );
}
