import { z } from 'zod';
import { bandSchema, conditionSchema } from './schema.ts';

/**
 * The normalised questionnaire every other part of the app works with.
 * The file format offers conveniences (reusable scales, yes/no questions,
 * defaults); normalisation resolves them so that scoring, the forms and the
 * report only ever meet three kinds of question: pick one, pick many, text.
 */

export const optionModel = z.object({
  value: z.string(),
  label: z.string(),
  score: z.number(),
  action: z.string().optional(),
  /** Choosing it needs a written reason, kept in the answer's justification. */
  requiresReason: z.boolean().optional(),
  /** Pick-many: cannot be chosen together with another option. */
  exclusive: z.boolean().optional(),
});

export const questionModel = z.object({
  id: z.string(),
  sectionId: z.string(),
  /** "2.3": section position and question position, both from 1. */
  number: z.string(),
  text: z.string(),
  help: z.string().optional(),
  kind: z.enum(['single', 'multiple', 'text']),
  /** How the file declared it, kept for display ("Scale: Maturity"). */
  presentation: z.enum(['single', 'multiple', 'scale', 'yes-no', 'text']),
  scaleLabel: z.string().optional(),
  options: z.array(optionModel),
  /** Highest score the question can reach; 0 for text questions. */
  maxScore: z.number(),
  weight: z.number(),
  /** True when the question can contribute points: weight > 0 and maxScore > 0. */
  scored: z.boolean(),
  required: z.boolean(),
  notApplicable: z.boolean(),
  evidence: z.enum(['none', 'optional', 'required']),
  multiline: z.boolean(),
  visibleWhen: conditionSchema.optional(),
  /** Below this, a blocking red flag: the verdict is the lowest band. */
  critical: z.object({ minimum: z.string(), minimumScore: z.number(), reason: z.string().optional() }).optional(),
  /** Below this, a must-have is not met: a red flag, and the verdict stays below the top band. */
  mustHave: z.object({ minimum: z.string(), minimumScore: z.number(), name: z.string(), reason: z.string() }).optional(),
  action: z.string().optional(),
  /** Requirement source tags (questions/requirements.yaml). */
  sources: z.array(z.string()),
  /** Questions sharing a group get one merged recommended action. */
  actionGroup: z.string().optional(),
});

export const sectionModel = z.object({
  id: z.string(),
  number: z.number(),
  title: z.string(),
  intro: z.string().optional(),
  weight: z.number(),
  visibleWhen: conditionSchema.optional(),
  questions: z.array(questionModel),
});

export const questionnaireModel = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  description: z.string(),
  audience: z.string(),
  estimatedMinutes: z.number(),
  language: z.string(),
  /** Sorted from the lowest band to the highest. */
  bands: z.array(bandSchema),
  sections: z.array(sectionModel),
  /** A scored section below this 0–100 score keeps the verdict below the top band; 0 turns the rule off. */
  sectionFloor: z.number(),
  actionGroups: z.record(z.string(), z.object({ title: z.string() })),
  changelog: z.array(z.object({ version: z.string(), changes: z.array(z.string()) })),
  /** Set on a quick check: the id of the full review it abridges. */
  fullReview: z.string().optional(),
  /** SHA-256 (hex) of the canonical JSON of everything above. */
  contentHash: z.string(),
});

export type Option = z.infer<typeof optionModel>;
export type Question = z.infer<typeof questionModel>;
export type Section = z.infer<typeof sectionModel>;
export type Questionnaire = z.infer<typeof questionnaireModel>;
