import { z } from 'zod';
import { isReservedName } from './unsafe-keys.ts';

/**
 * The questionnaire file format: what a facilitator writes by hand in
 * `questions/*.yaml`. This schema is the single source of truth: the JSON
 * Schema in `public/` is generated from it, and every questionnaire (bundled
 * or brought by a person) is parsed with it before anything else sees it.
 */

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens, starting with a letter or digit')
  // Ids become keys of answers, scales and action plans; "constructor" would
  // read as the one every plain object already has.
  .refine((value) => !isReservedName(value), { message: 'is a name JavaScript reserves; choose another id' })
  .describe('A stable identifier: lowercase letters, digits and hyphens.');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const sourceTag = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'use letters, digits, dots and hyphens, e.g. EU-AIA-14')
  .describe('A requirement source tag such as ICO-DPIA or EU-AIA-14.');

// Help text is shown as plain text with a tiny markup (emphasis, links), so
// raw HTML is refused rather than escaped: a facilitator who wrote a tag
// expected it to do something, and it never will.
const richText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((text) => !/<\/?[a-z!][^>]*>/i.test(text), {
    message: 'must not contain HTML tags; use *emphasis*, **strong** or [text](https://…) instead',
  })
  .describe('Plain text. *emphasis*, **strong** and [link text](https://example.org) are allowed; HTML is not.');

const weight = z
  .number()
  .min(0, 'must not be negative')
  .describe('Relative importance. 0 means the item is asked but never scored. Default 1.');

const score = z.number().describe('Points for this answer.');

export const optionSchema = z
  .object({
    value: id.describe('Stored with the answer; keep it stable across versions.'),
    label: nonEmpty,
    score: score.optional().describe('Points for this option (default 0).'),
    action: richText.optional().describe('Recommended action when this option is chosen, overriding the question\'s own.'),
    requiresReason: z
      .boolean()
      .optional()
      .describe('Choosing this option needs a written reason (e.g. "the product makes no such decisions"). Default false.'),
    exclusive: z
      .boolean()
      .optional()
      .describe('Pick-many only: this option cannot be ticked together with any other (e.g. "None of these yet"). Default false.'),
  })
  .strict();

export const scaleStepSchema = z
  .object({
    value: id,
    label: nonEmpty,
    score,
    description: nonEmpty.optional(),
    action: richText
      .optional()
      .describe(
        'Recommended action for this step on every question using the scale; a question\'s own `actions` entry overrides it, and it overrides the question\'s `action`.',
      ),
  })
  .strict();

export const scaleSchema = z
  .object({
    label: nonEmpty,
    min: z.number().describe('Lowest score a step may have.'),
    max: z.number().describe('Highest score a step may have.'),
    steps: z.array(scaleStepSchema).min(2, 'needs at least 2 steps'),
  })
  .strict();

/** Visibility conditions are plain data, never code or expression strings. */
export type Condition =
  | { question: string; equals: string }
  | { question: string; oneOf: string[] }
  | { question: string; answered: boolean }
  | { not: Condition }
  | { all: Condition[] }
  | { any: Condition[] };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ question: id, equals: id }).strict(),
    z.object({ question: id, oneOf: z.array(id).min(1, 'needs at least 1 value') }).strict(),
    z.object({ question: id, answered: z.boolean() }).strict(),
    z.object({ not: conditionSchema }).strict(),
    z.object({ all: z.array(conditionSchema).min(1, 'needs at least 1 condition') }).strict(),
    z.object({ any: z.array(conditionSchema).min(1, 'needs at least 1 condition') }).strict(),
  ]),
);

const questionBase = {
  id,
  text: nonEmpty.describe('The question, as a person will read it.'),
  help: richText.optional(),
  weight: weight.optional(),
  required: z.boolean().optional().describe('Must be answered before the section is complete. Default true.'),
  notApplicable: z
    .boolean()
    .optional()
    .describe('Offer "Not applicable"; a justification is then required. Default false.'),
  evidence: z
    .enum(['none', 'optional', 'required'])
    .optional()
    .describe('Ask for notes or evidence. Default "optional".'),
  visibleWhen: conditionSchema.optional().describe('Show the question only when this holds.'),
  action: richText.optional().describe('Recommended action when the answer is below the best one.'),
  sources: z
    .array(sourceTag)
    .optional()
    .describe('Short tags of the requirements this question serves, defined in questions/requirements.yaml.'),
  actionGroup: id
    .optional()
    .describe('Merge this question\'s recommended action with the other questions of the same group (see `actionGroups`).'),
};

const critical = z
  .object({
    minimum: id.describe('The value of the lowest acceptable option; anything scoring below it is a blocking red flag.'),
    reason: nonEmpty.optional().describe('Why falling short is a red flag, shown with it.'),
  })
  .strict()
  .describe('Falling short blocks launch: the verdict becomes the lowest band whatever the score.');

const mustHave = z
  .object({
    minimum: id.describe('The value of the lowest option that meets the must-have.'),
    name: nonEmpty.describe('A short name for the requirement, e.g. "Data protection impact assessment".'),
    reason: nonEmpty.describe('Why a reviewer would refuse to sign without it, shown when it is not met.'),
  })
  .strict()
  .describe('Not met: a red flag, and the verdict can be no better than the band below the top.');

const gradedQuestion = {
  critical: critical.optional(),
  mustHave: mustHave.optional(),
};

export const singleQuestionSchema = z
  .object({
    ...questionBase,
    kind: z.literal('single'),
    options: z.array(optionSchema).min(2, 'needs at least 2 options'),
    ...gradedQuestion,
  })
  .strict();

export const multipleQuestionSchema = z
  .object({
    ...questionBase,
    kind: z.literal('multiple'),
    options: z.array(optionSchema).min(2, 'needs at least 2 options'),
    maxScore: z
      .number()
      .positive('must be greater than 0')
      .optional()
      .describe('Cap on the summed option scores. Default: the sum of all option scores.'),
    ...gradedQuestion,
  })
  .strict();

export const scaleQuestionSchema = z
  .object({
    ...questionBase,
    kind: z.literal('scale'),
    scale: id.describe('The id of a scale under `scales`.'),
    actions: z
      .record(id, richText)
      .optional()
      .describe('Recommended action per scale step value, overriding the question\'s own.'),
    ...gradedQuestion,
  })
  .strict();

export const yesNoQuestionSchema = z
  .object({
    ...questionBase,
    kind: z.literal('yes-no'),
    partly: z.boolean().optional().describe('Offer "Partly" between yes and no. Default true.'),
    scores: z
      .object({ yes: score, partly: score.optional(), no: score })
      .strict()
      .optional()
      .describe('Points per answer. Default yes 2, partly 1, no 0.'),
    actions: z
      .object({ yes: richText.optional(), partly: richText.optional(), no: richText.optional() })
      .strict()
      .optional(),
    ...gradedQuestion,
  })
  .strict();

export const textQuestionSchema = z
  .object({
    ...questionBase,
    kind: z.literal('text'),
    multiline: z.boolean().optional().describe('A text area rather than a single line. Default true.'),
  })
  .strict();

export const questionSchema = z.discriminatedUnion('kind', [
  singleQuestionSchema,
  multipleQuestionSchema,
  scaleQuestionSchema,
  yesNoQuestionSchema,
  textQuestionSchema,
]);

export const sectionSchema = z
  .object({
    id,
    title: nonEmpty,
    intro: richText.optional(),
    weight: weight.optional(),
    visibleWhen: conditionSchema.optional().describe('Show the whole section only when this holds.'),
    questions: z.array(questionSchema).min(1, 'needs at least 1 question'),
  })
  .strict();

export const bandSchema = z
  .object({
    from: z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100'),
    to: z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100'),
    label: nonEmpty,
    meaning: nonEmpty,
  })
  .strict();

export const questionnaireFileSchema = z
  .object({
    $schema: z.string().optional(),
    id,
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0')
      .describe('Semantic version: raise it whenever the questions change.'),
    title: nonEmpty,
    description: nonEmpty,
    audience: nonEmpty.describe('Who should answer it.'),
    estimatedMinutes: z.number().int('must be a whole number').positive('must be greater than 0'),
    language: z.string().optional().describe('BCP 47 language tag of the content. Default "en".'),
    scales: z.record(id, scaleSchema).optional().describe('Reusable answer scales, by id.'),
    bands: z
      .array(bandSchema)
      .min(1, 'needs at least 1 band')
      .describe('Score bands covering 0–100, each from (inclusive) to (exclusive, except 100).'),
    sections: z.array(sectionSchema).min(1, 'needs at least 1 section'),
    sectionFloor: z
      .number()
      .min(0, 'must be between 0 and 100')
      .max(100, 'must be between 0 and 100')
      .optional()
      .describe('A scored section below this score (0–100) keeps the verdict below the top band. Default 50; 0 turns it off.'),
    actionGroups: z
      .record(id, z.object({ title: nonEmpty.describe('A short imperative title for the merged action.') }).strict())
      .optional()
      .describe('Groups of related questions whose recommended actions are merged into one.'),
    changelog: z
      .array(
        z
          .object({
            version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
            changes: z.array(nonEmpty).min(1, 'needs at least 1 change'),
          })
          .strict(),
      )
      .optional()
      .describe('What changed in each version, in plain words: shown when an older assessment moves to this version.'),
    fullReview: id
      .optional()
      .describe('Marks this questionnaire as a quick check of the full review with this id; answers carry over by question id.'),
  })
  .strict();

export type QuestionnaireFile = z.infer<typeof questionnaireFileSchema>;
export type QuestionFile = z.infer<typeof questionSchema>;
export type SectionFile = z.infer<typeof sectionSchema>;
export type ScaleFile = z.infer<typeof scaleSchema>;
export type Band = z.infer<typeof bandSchema>;
