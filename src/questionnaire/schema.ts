import { z } from 'zod';
import { isReservedName } from './unsafe-keys.ts';

/**
 * The questionnaire file format: what a facilitator writes by hand in
 * `questions/*.yaml`. This schema is the single source of truth: the JSON
 * Schema in `public/` is generated from it, and every questionnaire (bundled
 * or brought by a person) is parsed with it before anything else sees it.
 */

/**
 * What a questionnaire file may hold at most: far above any real content
 * (the longest help text shipped is under 700 characters), low enough that a
 * careless or hostile file cannot stall the app, overflow a score or make a
 * PDF of thousands of pages.
 */
export const QUESTIONNAIRE_LIMITS = {
  idLength: 64,
  shortText: 200,
  questionText: 1000,
  longText: 2000,
  score: 1_000_000,
  weight: 1000,
  minutes: 1440,
  options: 50,
  steps: 20,
  bands: 20,
  sections: 100,
  questionsPerSection: 500,
  questions: 1000,
  listItems: 100,
} as const;

const LIMITS = QUESTIONNAIRE_LIMITS;

function atMost(max: number): string {
  return `must be at most ${max.toLocaleString('en')} characters long`;
}

function atMostItems(max: number, what: string): string {
  return `may have at most ${max.toLocaleString('en')} ${what}`;
}

const id = z
  .string()
  .max(LIMITS.idLength, atMost(LIMITS.idLength))
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens, starting with a letter or digit')
  // Ids become keys of answers, scales and action plans; "constructor" would
  // read as the one every plain object already has.
  .refine((value) => !isReservedName(value), { message: 'is a name JavaScript reserves; choose another id' })
  .describe('A stable identifier: lowercase letters, digits and hyphens.');

// Invisible direction controls can make text read differently from what it
// says ("Trojan Source"); right-to-left text needs none of them to display.
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
const DIRECTION_MESSAGE =
  'must not contain invisible direction controls (U+202A–U+202E, U+2066–U+2069); right-to-left text displays correctly without them';

function plainText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, atMost(max))
    .refine((text) => !DIRECTION_CONTROLS.test(text), { message: DIRECTION_MESSAGE });
}

const nonEmpty = plainText(LIMITS.shortText);
const longText = plainText(LIMITS.longText);

const sourceTag = z
  .string()
  .max(LIMITS.idLength, atMost(LIMITS.idLength))
  .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'use letters, digits, dots and hyphens, e.g. EU-AIA-14')
  .describe('A requirement source tag such as ICO-DPIA or EU-AIA-14.');

// Help text is shown as plain text with a tiny markup (emphasis, links), so
// raw HTML is refused rather than escaped: a facilitator who wrote a tag
// expected it to do something, and it never will.
const richText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(LIMITS.longText, atMost(LIMITS.longText))
  .refine((text) => !DIRECTION_CONTROLS.test(text), { message: DIRECTION_MESSAGE })
  .refine((text) => !/<\/?[a-z!][^>]*>/i.test(text), {
    message: 'must not contain HTML tags; use *emphasis*, **strong** or [text](https://…) instead',
  })
  .describe('Plain text. *emphasis*, **strong** and [link text](https://example.org) are allowed; HTML is not.');

const weight = z
  .number()
  .min(0, 'must not be negative')
  .max(LIMITS.weight, `must be at most ${LIMITS.weight.toLocaleString('en')}`)
  .describe('Relative importance. 0 means the item is asked but never scored. Default 1.');

// Bounded so that sums and ratios of scores and weights stay finite: 1e308
// points once made the overall score NaN.
const boundedNumber = z
  .number()
  .min(-LIMITS.score, `must be between -${LIMITS.score.toLocaleString('en')} and ${LIMITS.score.toLocaleString('en')}`)
  .max(LIMITS.score, `must be between -${LIMITS.score.toLocaleString('en')} and ${LIMITS.score.toLocaleString('en')}`);

const score = boundedNumber.describe('Points for this answer.');

export const optionSchema = z
  .object({
    value: id.describe('Stored with the answer; keep it stable across versions.'),
    label: nonEmpty,
    score: score.optional().describe('Points for this option (default 0).'),
    action: richText.optional().describe("Recommended action when this option is chosen, overriding the question's own."),
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
    description: longText.optional(),
    action: richText
      .optional()
      .describe(
        "Recommended action for this step on every question using the scale; a question's own `actions` entry overrides it, and it overrides the question's `action`.",
      ),
  })
  .strict();

export const scaleSchema = z
  .object({
    label: nonEmpty,
    min: boundedNumber.describe('Lowest score a step may have.'),
    max: boundedNumber.describe('Highest score a step may have.'),
    steps: z.array(scaleStepSchema).min(2, 'needs at least 2 steps').max(LIMITS.steps, atMostItems(LIMITS.steps, 'steps')),
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
    z
      .object({
        question: id,
        oneOf: z.array(id).min(1, 'needs at least 1 value').max(LIMITS.options, atMostItems(LIMITS.options, 'values')),
      })
      .strict(),
    z.object({ question: id, answered: z.boolean() }).strict(),
    z.object({ not: conditionSchema }).strict(),
    z
      .object({
        all: z
          .array(conditionSchema)
          .min(1, 'needs at least 1 condition')
          .max(LIMITS.listItems, atMostItems(LIMITS.listItems, 'conditions')),
      })
      .strict(),
    z
      .object({
        any: z
          .array(conditionSchema)
          .min(1, 'needs at least 1 condition')
          .max(LIMITS.listItems, atMostItems(LIMITS.listItems, 'conditions')),
      })
      .strict(),
  ]),
);

const questionBase = {
  id,
  text: plainText(LIMITS.questionText).describe('The question, as a person will read it.'),
  help: richText.optional(),
  weight: weight.optional(),
  required: z.boolean().optional().describe('Must be answered before the section is complete. Default true.'),
  notApplicable: z.boolean().optional().describe('Offer "Not applicable"; a justification is then required. Default false.'),
  evidence: z.enum(['none', 'optional', 'required']).optional().describe('Ask for notes or evidence. Default "optional".'),
  visibleWhen: conditionSchema.optional().describe('Show the question only when this holds.'),
  action: richText.optional().describe('Recommended action when the answer is below the best one.'),
  sources: z
    .array(sourceTag)
    .max(LIMITS.listItems, atMostItems(LIMITS.listItems, 'sources'))
    .optional()
    .describe('Short tags of the requirements this question serves, defined in questions/requirements.yaml.'),
  actionGroup: id
    .optional()
    .describe("Merge this question's recommended action with the other questions of the same group (see `actionGroups`)."),
};

const critical = z
  .object({
    minimum: id.describe('The value of the lowest acceptable option; anything scoring below it is a blocking red flag.'),
    reason: longText.optional().describe('Why falling short is a red flag, shown with it.'),
  })
  .strict()
  .describe('Falling short blocks launch: the verdict becomes the lowest band whatever the score.');

const mustHave = z
  .object({
    minimum: id.describe('The value of the lowest option that meets the must-have.'),
    name: nonEmpty.describe('A short name for the requirement, e.g. "Data protection impact assessment".'),
    reason: longText.describe('Why a reviewer would refuse to sign without it, shown when it is not met.'),
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
    options: z.array(optionSchema).min(2, 'needs at least 2 options').max(LIMITS.options, atMostItems(LIMITS.options, 'options')),
    ...gradedQuestion,
  })
  .strict();

export const multipleQuestionSchema = z
  .object({
    ...questionBase,
    kind: z.literal('multiple'),
    options: z.array(optionSchema).min(2, 'needs at least 2 options').max(LIMITS.options, atMostItems(LIMITS.options, 'options')),
    maxScore: boundedNumber
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
    actions: z.record(id, richText).optional().describe("Recommended action per scale step value, overriding the question's own."),
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
    actions: z.object({ yes: richText.optional(), partly: richText.optional(), no: richText.optional() }).strict().optional(),
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
    questions: z
      .array(questionSchema)
      .min(1, 'needs at least 1 question')
      .max(LIMITS.questionsPerSection, atMostItems(LIMITS.questionsPerSection, 'questions; split it into sections')),
  })
  .strict();

export const bandSchema = z
  .object({
    from: z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100'),
    to: z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100'),
    label: nonEmpty,
    meaning: longText,
  })
  .strict();

export const questionnaireFileSchema = z
  .object({
    $schema: z.string().max(LIMITS.longText, atMost(LIMITS.longText)).optional(),
    id,
    version: z
      .string()
      .max(LIMITS.idLength, atMost(LIMITS.idLength))
      .regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0')
      .describe('Semantic version: raise it whenever the questions change.'),
    title: nonEmpty,
    description: longText,
    audience: nonEmpty.describe('Who should answer it.'),
    estimatedMinutes: z
      .number()
      .int('must be a whole number')
      .positive('must be greater than 0')
      .max(LIMITS.minutes, `must be at most ${LIMITS.minutes.toLocaleString('en')}`),
    language: z
      .string()
      .max(LIMITS.idLength, atMost(LIMITS.idLength))
      .optional()
      .describe('BCP 47 language tag of the content. Default "en".'),
    scales: z.record(id, scaleSchema).optional().describe('Reusable answer scales, by id.'),
    bands: z
      .array(bandSchema)
      .min(1, 'needs at least 1 band')
      .max(LIMITS.bands, atMostItems(LIMITS.bands, 'bands'))
      .describe('Score bands covering 0–100, each from (inclusive) to (exclusive, except 100).'),
    sections: z.array(sectionSchema).min(1, 'needs at least 1 section').max(LIMITS.sections, atMostItems(LIMITS.sections, 'sections')),
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
            version: z
              .string()
              .max(LIMITS.idLength, atMost(LIMITS.idLength))
              .regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
            changes: z.array(longText).min(1, 'needs at least 1 change').max(LIMITS.listItems, atMostItems(LIMITS.listItems, 'changes')),
          })
          .strict(),
      )
      .max(LIMITS.listItems, atMostItems(LIMITS.listItems, 'versions'))
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
