import { z } from 'zod';
import { answersSchema } from '../questionnaire/answers.ts';

/** Who assessed what, and when: the first form of every assessment. */
export const assessmentContextSchema = z.object({
  // The same words whether the field is empty, missing or not text: an
  // imported file can lack it, and the person fixes all three the same way.
  project: z
    .string({ error: 'Enter the name of the project or product' })
    .trim()
    .min(1, 'Enter the name of the project or product'),
  organisation: z.string().trim().max(200, 'Keep the organisation under 200 characters').default(''),
  description: z.string().trim().max(2000, 'Keep the description under 2,000 characters').default(''),
  assessorName: z.string().trim().max(200, 'Keep the name under 200 characters').default(''),
  assessorRole: z.string().trim().max(200, 'Keep the role under 200 characters').default(''),
  date: z
    .string({ error: 'Enter a date such as 2026-11-26' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date such as 2026-11-26')
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'Enter a real date'),
});

/** The questionnaire an assessment was made with, pinned by content. */
export const questionnaireRefSchema = z.object({
  id: z.string(),
  version: z.string(),
  contentHash: z.string(),
  title: z.string(),
});

/** What a team commits to for one recommendation of the action plan. */
export const actionCommitmentSchema = z.object({
  owner: z.string().default(''),
  due: z.string().default(''),
});

export const assessmentSchema = z.object({
  id: z.string().min(1),
  questionnaire: questionnaireRefSchema,
  context: assessmentContextSchema,
  answers: answersSchema,
  actionPlan: z.record(z.string(), actionCommitmentSchema).default({}),
  /** Sections the person tried to save and continue from: their problems show as "Needs attention". */
  submittedSections: z.array(z.string()).default([]),
  /** The place the person was last on (a route hash), restored on return. */
  lastLocation: z.string().default(''),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type AssessmentContext = z.infer<typeof assessmentContextSchema>;
export type QuestionnaireRef = z.infer<typeof questionnaireRefSchema>;
export type ActionCommitment = z.infer<typeof actionCommitmentSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
