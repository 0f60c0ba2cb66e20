import { useEffect } from 'react';
import type { z } from 'zod';
import { assessmentContextSchema, type AssessmentContext } from '../../storage/assessment.ts';
import { useZodForm } from '../../components/use-zod-form.ts';
import { TextField } from '../../components/text-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';

type ContextKey = keyof AssessmentContext;

interface ContextField {
  key: ContextKey;
  id: string;
  label: string;
  hint?: string;
  autoComplete?: string;
  type?: 'date';
  multiline?: boolean;
}

// The fields in the order they are asked.
const FIELDS: readonly ContextField[] = [
  { key: 'project', id: 'context-project', label: 'Project or product name', autoComplete: 'off' },
  { key: 'organisation', id: 'context-organisation', label: 'Organisation (optional)', autoComplete: 'organization' },
  {
    key: 'description',
    id: 'context-description',
    label: 'Short description (optional)',
    hint: 'What the product does and for whom, in a sentence or two.',
    multiline: true,
  },
  { key: 'assessorName', id: 'context-assessor-name', label: 'Your name (optional)', autoComplete: 'name' },
  {
    key: 'assessorRole',
    id: 'context-assessor-role',
    label: 'Your role (optional)',
    hint: 'For example: Product manager',
    autoComplete: 'organization-title',
  },
  { key: 'date', id: 'context-date', label: 'Date of the assessment', hint: 'For example: 2026-11-26', type: 'date' },
];

type ContextInput = z.input<typeof assessmentContextSchema>;

// Field by field, so an emptied project name (not valid) does not stop the
// organisation typed beside it from being kept.
function validFields(values: Partial<Record<keyof AssessmentContext, unknown>>): Partial<AssessmentContext> {
  const valid: Partial<AssessmentContext> = {};
  for (const { key } of FIELDS) {
    const parsed = assessmentContextSchema.shape[key].safeParse(values[key]);
    if (parsed.success) valid[key] = parsed.data;
  }
  return valid;
}

/** The context of an assessment: the first form, and the one to edit it later. */
export function ContextForm({
  defaults,
  submitLabel,
  onSubmit,
  onValidChange,
}: {
  defaults: AssessmentContext;
  submitLabel: string;
  onSubmit: (context: AssessmentContext) => void;
  /** Told of every field as typed, once it is valid: the fields that can be saved as they are. */
  onValidChange?: (fields: Partial<AssessmentContext>) => void;
}) {
  const form = useZodForm<ContextInput>(assessmentContextSchema as unknown as z.ZodType<ContextInput, ContextInput>, {
    defaultValues: defaults,
  });
  useEffect(() => {
    if (!onValidChange) return;
    const subscription = form.watch((values) => onValidChange(validFields(values)));
    return () => subscription.unsubscribe();
  }, [form, onValidChange]);
  const { errors, submitCount } = form.formState;
  const summary = FIELDS.filter(({ key }) => errors[key]?.message).map(({ key, id }) => ({
    fieldId: id,
    message: errors[key]?.message ?? '',
  }));
  return (
    <form noValidate onSubmit={form.handleSubmit((values) => onSubmit(assessmentContextSchema.parse(values)))}>
      <ErrorSummary errors={summary} attempt={submitCount} />
      {FIELDS.map(({ key, id, label, hint, autoComplete, type, multiline }) => (
        <TextField
          key={key}
          id={id}
          label={label}
          hint={hint}
          error={errors[key]?.message}
          registration={form.register(key)}
          autoComplete={autoComplete}
          type={type}
          multiline={multiline}
        />
      ))}
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  );
}
