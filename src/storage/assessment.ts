// zod/mini: the same schemas in a fraction of the bytes, since these ship in
// the initial bundle (see docs/decisions/005-zod-mini-at-runtime.md).
import * as z from 'zod/mini';
import { answersSchema } from '../questionnaire/answers.ts';

/**
 * The most any stored or imported text may hold. Forms say the same limits
 * as they are typed; an imported file that breaks one is refused with the
 * field's path, so nothing unbounded reaches the screens or the PDF.
 */
export const ASSESSMENT_LIMITS = {
  id: 100,
  shortText: 200,
  longText: 2000,
  stamp: 40,
  location: 500,
  listItems: 1000,
  limitations: 5000,
} as const;

const LIMITS = ASSESSMENT_LIMITS;

function boundedText(max: number) {
  return z.string().check(z.maxLength(max, `must be at most ${max.toLocaleString('en')} characters long`));
}

function boundedList<T extends z.core.SomeType>(item: T) {
  return z.array(item).check(z.maxLength(LIMITS.listItems, `may have at most ${LIMITS.listItems.toLocaleString('en')} entries`));
}

// Date.parse rolls 2026-02-30 over to 2 March instead of refusing it: only a
// date that reads back the same is real.
function isRealDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

// Invisible direction controls can make a name read differently from what
// it says, on screen and on every page of the report; right-to-left names
// display correctly without them.
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
const noDirectionControls = z.refine<string>(
  (value) => !DIRECTION_CONTROLS.test(value),
  'Remove the invisible direction controls (U+202A–U+202E, U+2066–U+2069); right-to-left text displays correctly without them',
);

function optionalText(max: number, message: string) {
  return z._default(z.string().check(z.trim(), z.maxLength(max, message), noDirectionControls), '');
}

/** Who assessed what, and when: the first form of every assessment. */
export const assessmentContextSchema = z.object({
  // The same words whether the field is empty, missing or not text: an
  // imported file can lack it, and the person fixes all three the same way.
  project: z
    .string({ error: 'Enter the name of the project or product' })
    .check(
      z.trim(),
      z.minLength(1, 'Enter the name of the project or product'),
      z.maxLength(LIMITS.shortText, 'Keep the project name under 200 characters'),
      noDirectionControls,
    ),
  organisation: optionalText(200, 'Keep the organisation under 200 characters'),
  description: optionalText(2000, 'Keep the description under 2,000 characters'),
  assessorName: optionalText(200, 'Keep the name under 200 characters'),
  assessorRole: optionalText(200, 'Keep the role under 200 characters'),
  date: z
    .string({ error: 'Enter a date such as 2026-11-26' })
    .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date such as 2026-11-26'), z.refine(isRealDate, 'Enter a real date')),
});

/** The questionnaire an assessment was made with, pinned by content. */
export const questionnaireRefSchema = z.object({
  id: boundedText(LIMITS.id),
  version: boundedText(LIMITS.stamp),
  contentHash: boundedText(LIMITS.id),
  title: boundedText(LIMITS.shortText),
});

export const ACTION_STATES = ['open', 'in-progress', 'done', 'not-needed'] as const;
export type ActionState = (typeof ACTION_STATES)[number];

/** What a team commits to for one recommendation of the action plan, kept under the action's id. */
export const actionCommitmentSchema = z.object({
  owner: z._default(z.string().check(z.maxLength(LIMITS.shortText, 'Keep the owner under 200 characters')), ''),
  due: z._default(boundedText(LIMITS.stamp), ''),
  state: z._default(z.enum(ACTION_STATES), 'open'),
  /** Why the action is not needed; asked for when `state` is "not-needed". */
  reason: z._default(z.string().check(z.maxLength(LIMITS.longText, 'Keep the reason under 2,000 characters')), ''),
});

/** An assessment moved to a newer version of its questionnaire: when, from what, and what the person should know. */
export const questionnaireMigrationSchema = z.object({
  at: boundedText(LIMITS.stamp),
  fromVersion: boundedText(LIMITS.stamp),
  toVersion: boundedText(LIMITS.stamp),
  /** The questionnaire's own changelog entries between the two versions. */
  changes: boundedList(boundedText(LIMITS.longText)),
  /** Answers that could not be kept, in words. */
  dropped: boundedList(boundedText(LIMITS.longText)),
  /** New questions now shown and not answered yet. */
  newQuestions: boundedList(boundedText(LIMITS.longText)),
  /** The answers as they were before the move, for each question whose answer was changed or left out: nothing is lost. */
  keptAside: z._default(answersSchema, {}),
  /** The person closed the notice. */
  acknowledged: z._default(z.boolean(), false),
});

/** A date typed as YYYY-MM-DD that exists on the calendar (no 30 February). */
const calendarDate = z
  .string({ error: 'Enter a date such as 2026-11-26' })
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date such as 2026-11-26'), z.refine(isRealDate, 'Enter a real date'));

/** The assessor's declaration a final report needs: who, in what role, when, and that the answers are true. */
export const declarationSchema = z.object({
  name: z
    .string({ error: 'Enter the name of the person making the declaration' })
    .check(
      z.trim(),
      z.minLength(1, 'Enter the name of the person making the declaration'),
      z.maxLength(LIMITS.shortText, 'Keep the name under 200 characters'),
      noDirectionControls,
    ),
  role: z
    .string({ error: 'Enter their role' })
    .check(
      z.trim(),
      z.minLength(1, 'Enter their role'),
      z.maxLength(LIMITS.shortText, 'Keep the role under 200 characters'),
      noDirectionControls,
    ),
  date: calendarDate,
  affirmed: z.literal(true, { error: 'Confirm that the answers are true to the best of your knowledge' }),
});

/** The declaration as typed so far: kept whole so the form remembers it, checked only when a final report is asked for. */
export const declarationDraftSchema = z.object({
  name: z._default(boundedText(LIMITS.shortText), ''),
  role: z._default(boundedText(LIMITS.shortText), ''),
  date: z._default(boundedText(10), ''),
  affirmed: z._default(z.boolean(), false),
});

/** What a final report stated, kept so the next one can say what changed since. */
export const finalReportSchema = z.object({
  revision: z.number().check(z.int(), z.minimum(1), z.maximum(100_000)),
  /** ISO 8601. */
  generatedAt: boundedText(LIMITS.stamp),
  /** The report fingerprint (SHA-256, hex). */
  fingerprint: boundedText(64),
  score: z.nullable(z.number()),
  band: z.nullable(boundedText(LIMITS.shortText)),
  answers: answersSchema,
  actionPlan: z.record(z.string(), actionCommitmentSchema),
});

/**
 * Where an assessment stands in a series of rounds (the same product
 * assessed again, e.g. every quarter): which assessment it was started
 * from and which of its carried answers the person has yet to look at.
 */
export const roundLinkSchema = z.object({
  /** 2 for the round started from a first assessment, and so on. */
  number: z.number().check(z.int(), z.minimum(2), z.maximum(10_000)),
  /** The assessment this round was started from; it may since have been deleted. */
  previousRoundId: boundedText(LIMITS.id),
  /** The previous round's project name and date, kept so the link still reads if it is deleted. */
  previousProject: boundedText(LIMITS.shortText),
  previousDate: boundedText(LIMITS.stamp),
  /** The questionnaire version the previous round used. */
  previousVersion: boundedText(LIMITS.stamp),
  /** Question ids whose carried answers are still to be confirmed or changed. */
  toReview: z._default(boundedList(boundedText(LIMITS.id)), []),
  /** Answers that could not be carried over (a newer questionnaire version), in words. */
  notCarried: z._default(boundedList(boundedText(LIMITS.longText)), []),
});

export const assessmentSchema = z.object({
  id: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(LIMITS.id, 'must be at most 100 characters long')),
  questionnaire: questionnaireRefSchema,
  context: assessmentContextSchema,
  answers: answersSchema,
  actionPlan: z._default(z.record(z.string(), actionCommitmentSchema), {}),
  /** Sections the person tried to save and continue from: their problems show as "Needs attention". */
  submittedSections: z._default(boundedList(boundedText(LIMITS.id)), []),
  /** Moves to newer questionnaire versions, oldest first. */
  migrations: z._default(boundedList(questionnaireMigrationSchema), []),
  /** What the assessment does not cover, in the team's words: printed under "Scope and limitations". */
  limitations: z._default(
    z.string().check(z.maxLength(LIMITS.limitations, 'Keep the limitations under 5,000 characters'), noDirectionControls),
    '',
  ),
  /** The declaration for the next final report, as typed so far. */
  declaration: z._default(declarationDraftSchema, { name: '', role: '', date: '', affirmed: false }),
  /** Every final report made, oldest first: revision numbers and "changes since" come from here. */
  finalReports: z._default(boundedList(finalReportSchema), []),
  /**
   * Set on a round started from an earlier assessment; absent on a first
   * one. Optional rather than defaulted, so an assessment without rounds
   * serialises exactly as before and reports made earlier still verify.
   */
  round: z.optional(roundLinkSchema),
  /** The place the person was last on (a route hash), restored on return. */
  lastLocation: z._default(boundedText(LIMITS.location), ''),
  createdAt: boundedText(LIMITS.stamp),
  updatedAt: boundedText(LIMITS.stamp),
});

export type AssessmentContext = z.infer<typeof assessmentContextSchema>;
export type QuestionnaireRef = z.infer<typeof questionnaireRefSchema>;
export type ActionCommitment = z.infer<typeof actionCommitmentSchema>;
export type QuestionnaireMigration = z.infer<typeof questionnaireMigrationSchema>;
export type Declaration = z.infer<typeof declarationSchema>;
export type DeclarationDraft = z.infer<typeof declarationDraftSchema>;
export type FinalReport = z.infer<typeof finalReportSchema>;
export type RoundLink = z.infer<typeof roundLinkSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
