import { useEffect } from 'react';
import type { z } from 'zod';
import { assessmentContextSchema, type AssessmentContext } from '../../storage/assessment.ts';
import { useZodForm } from '../../components/use-zod-form.ts';
import { TextField } from '../../components/text-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';

const FIELD_IDS: Record<keyof AssessmentContext, string> = {
  project: 'context-project',
  organisation: 'context-organisation',
  description: 'context-description',
  assessorName: 'context-assessor-name',
  assessorRole: 'context-assessor-role',
  date: 'context-date',
};

type ContextInput = z.input<typeof assessmentContextSchema>;

// Field by field, so an emptied project name (not valid) does not stop the
// organisation typed beside it from being kept.
function validFields(values: Partial<Record<keyof AssessmentContext, unknown>>): Partial<AssessmentContext> {
  const valid: Partial<AssessmentContext> = {};
  for (const key of Object.keys(FIELD_IDS) as (keyof AssessmentContext)[]) {
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
  const summary = (Object.keys(FIELD_IDS) as (keyof AssessmentContext)[])
    .filter((key) => errors[key]?.message)
    .map((key) => ({ fieldId: FIELD_IDS[key], message: errors[key]?.message ?? '' }));
  return (
    <form noValidate onSubmit={form.handleSubmit((values) => onSubmit(assessmentContextSchema.parse(values)))}>
      <ErrorSummary errors={summary} attempt={submitCount} />
      <TextField
        id={FIELD_IDS.project}
        label="Project or product name"
        error={errors.project?.message}
        registration={form.register('project')}
        autoComplete="off"
      />
      <TextField
        id={FIELD_IDS.organisation}
        label="Organisation (optional)"
        error={errors.organisation?.message}
        registration={form.register('organisation')}
        autoComplete="organization"
      />
      <TextField
        id={FIELD_IDS.description}
        label="Short description (optional)"
        hint="What the product does and for whom, in a sentence or two."
        error={errors.description?.message}
        registration={form.register('description')}
        multiline
      />
      <TextField
        id={FIELD_IDS.assessorName}
        label="Your name (optional)"
        error={errors.assessorName?.message}
        registration={form.register('assessorName')}
        autoComplete="name"
      />
      <TextField
        id={FIELD_IDS.assessorRole}
        label="Your role (optional)"
        hint="For example: Product manager"
        error={errors.assessorRole?.message}
        registration={form.register('assessorRole')}
        autoComplete="organization-title"
      />
      <TextField
        id={FIELD_IDS.date}
        label="Date of the assessment"
        hint="For example: 2026-11-26"
        error={errors.date?.message}
        registration={form.register('date')}
        type="date"
      />
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  );
}
