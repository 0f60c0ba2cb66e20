// zod/mini: the same schemas in a fraction of the bytes, since these ship in
// the initial bundle (see docs/decisions/005-zod-mini-at-runtime.md).
import * as z from 'zod/mini';
import { answersSchema } from '../questionnaire/answers.ts';

function optionalText(max: number, message: string) {
  return z._default(z.string().check(z.trim(), z.maxLength(max, message)), '');
}

/** Who assessed what, and when: the first form of every assessment. */
export const assessmentContextSchema = z.object({
  // The same words whether the field is empty, missing or not text: an
  // imported file can lack it, and the person fixes all three the same way.
  project: z
    .string({ error: 'Enter the name of the project or product' })
    .check(z.trim(), z.minLength(1, 'Enter the name of the project or product')),
  organisation: optionalText(200, 'Keep the organisation under 200 characters'),
  description: optionalText(2000, 'Keep the description under 2,000 characters'),
  assessorName: optionalText(200, 'Keep the name under 200 characters'),
  assessorRole: optionalText(200, 'Keep the role under 200 characters'),
  date: z
    .string({ error: 'Enter a date such as 2026-11-26' })
    .check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date such as 2026-11-26'),
      z.refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'Enter a real date'),
    ),
});

/** The questionnaire an assessment was made with, pinned by content. */
export const questionnaireRefSchema = z.object({
  id: z.string(),
  version: z.string(),
  contentHash: z.string(),
  title: z.string(),
});

export const ACTION_STATES = ['open', 'in-progress', 'done', 'not-needed'] as const;
export type ActionState = (typeof ACTION_STATES)[number];

/** What a team commits to for one recommendation of the action plan, kept under the action's id. */
export const actionCommitmentSchema = z.object({
  owner: z._default(z.string(), ''),
  due: z._default(z.string(), ''),
  state: z._default(z.enum(ACTION_STATES), 'open'),
  /** Why the action is not needed; asked for when `state` is "not-needed". */
  reason: z._default(z.string(), ''),
});

/** An assessment moved to a newer version of its questionnaire: when, from what, and what the person should know. */
export const questionnaireMigrationSchema = z.object({
  at: z.string(),
  fromVersion: z.string(),
  toVersion: z.string(),
  /** The questionnaire's own changelog entries between the two versions. */
  changes: z.array(z.string()),
  /** Answers that could not be kept, in words. */
  dropped: z.array(z.string()),
  /** New questions now shown and not answered yet. */
  newQuestions: z.array(z.string()),
  /** The answers as they were before the move, for each question whose answer was changed or left out: nothing is lost. */
  keptAside: z._default(answersSchema, {}),
  /** The person closed the notice. */
  acknowledged: z._default(z.boolean(), false),
});

export const assessmentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  questionnaire: questionnaireRefSchema,
  context: assessmentContextSchema,
  answers: answersSchema,
  actionPlan: z._default(z.record(z.string(), actionCommitmentSchema), {}),
  /** Sections the person tried to save and continue from: their problems show as "Needs attention". */
  submittedSections: z._default(z.array(z.string()), []),
  /** Moves to newer questionnaire versions, oldest first. */
  migrations: z._default(z.array(questionnaireMigrationSchema), []),
  /** The place the person was last on (a route hash), restored on return. */
  lastLocation: z._default(z.string(), ''),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type AssessmentContext = z.infer<typeof assessmentContextSchema>;
export type QuestionnaireRef = z.infer<typeof questionnaireRefSchema>;
export type ActionCommitment = z.infer<typeof actionCommitmentSchema>;
export type QuestionnaireMigration = z.infer<typeof questionnaireMigrationSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
