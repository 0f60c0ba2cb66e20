/**
 * One line (or a few) per field of the questionnaire format, written into
 * downloaded copies and templates as comments. They restate schema.ts and
 * check-questionnaire.ts in plain words; `field-notes.test.ts` checks that
 * every field a bundled questionnaire uses has one.
 */
export type NoteContext =
  | 'root'
  | 'scale'
  | 'step'
  | 'band'
  | 'section'
  | 'question'
  | 'option'
  | 'critical'
  | 'mustHave'
  | 'condition'
  | 'yesNoScores'
  | 'yesNoActions'
  | 'actionGroup'
  | 'changelog';

type QuestionKind = 'single' | 'multiple' | 'scale' | 'yes-no' | 'text';

const ACTION = 'Optional: the recommended action when the answer is below the best one (plain text, as for help).';
const RICH = 'Plain text; *emphasis*, **strong** and [link text](https://example.org) are allowed, HTML is not.';

export const FIELD_NOTES: Record<NoteContext, Record<string, string>> = {
  root: {
    $schema: 'Optional: where an editor finds the JSON Schema of this format, to check the file as you type. Oversight ignores it.',
    id:
      'A stable identifier: lowercase letters, digits and hyphens, starting with a letter or digit (at most 64 characters). ' +
      'Assessments record it: keep it across versions, and unlike any other questionnaire you use.',
    version:
      'A semantic version such as 1.0.0. Raise it whenever the questions change: Oversight keeps each version, ' +
      'and offers to move assessments from an older one by question id.',
    title: 'The name shown on the home page and in the report (at most 200 characters).',
    fullReview: 'Optional: marks this questionnaire as a quick check of the full review with this id; answers carry over by question id.',
    description: 'What the questionnaire is for, in a few sentences (at most 2,000 characters).',
    audience: 'Who should answer it (at most 200 characters).',
    estimatedMinutes: 'About how long it takes, in whole minutes (1 to 1,440).',
    language: 'Optional: the BCP 47 language tag of the content, such as en or fr. Default en.',
    scales: 'Optional: reusable answer scales, by id. A question of kind "scale" names one of them.',
    sectionFloor:
      'Optional: a scored section below this score (0 to 100) keeps the verdict below the top band. Default 50; 0 turns it off.',
    actionGroups:
      'Optional: groups of related questions whose recommended actions are merged into one, by id. ' +
      'An id must not also be a question id, and every group needs at least one question.',
    changelog: 'Optional: what changed in each version, in plain words, shown when an assessment moves to this version.',
    bands:
      'Score bands from the lowest to the highest: together they cover 0 to 100 with no gap or overlap. ' +
      'Each runs from "from" (included) to "to" (excluded, except 100).',
    sections: 'The sections, in order. At least one question in the whole questionnaire must be scored.',
  },
  scale: {
    label: 'The scale\'s name, shown with each question that uses it ("Scale: Maturity").',
    min: 'The lowest score a step may have.',
    max: 'The highest score a step may have (greater than min).',
    steps: 'The answers, from 2 to 20, each with a value, a label and a score between min and max.',
  },
  step: {
    value: 'Stored with the answer: lowercase letters, digits and hyphens, unique in the scale. Keep it stable across versions.',
    label: 'What the person picks (at most 200 characters).',
    score: "Points for this step, between the scale's min and max.",
    description: 'Optional: what the step means, in a sentence.',
    action:
      "Optional: the recommended action for this step on every question using the scale; a question's own `actions` entry overrides it, and it overrides the question's `action`.",
  },
  band: {
    from: 'Where the band starts, 0 to 100 (included). The lowest band starts at 0.',
    to: 'Where it ends, 0 to 100 (excluded, except 100), greater than from. The highest band ends at 100.',
    label: 'The verdict\'s name, such as "Ready to launch" (at most 200 characters).',
    meaning: 'What the verdict means for the team, in a sentence or two.',
  },
  section: {
    id: 'A stable identifier, unique among sections (lowercase letters, digits and hyphens).',
    title: "The section's title (at most 200 characters).",
    intro: `Optional: a short introduction shown above the questions. ${RICH}`,
    weight: "Optional: the section's share of the overall score, relative to the others (0 to 1,000). 0: asked, not scored. Default 1.",
    visibleWhen: 'Optional: show the whole section only when this condition holds (see "visibleWhen" on a question).',
    questions: 'The questions, in order (1 to 500; a section of more than 15 is shown in pages of 10).',
  },
  question: {
    id: 'A stable identifier, unique in the questionnaire: answers are stored under it and carried across versions by it.',
    kind: 'single (choose one), multiple (choose all that apply), scale (a scale under "scales"), yes-no, or text.',
    text: 'The question, as a person will read it (at most 1,000 characters).',
    help: `Optional: help shown under the question. ${RICH}`,
    weight: "Optional: the question's importance within its section (0 to 1,000). 0: asked, never scored. Default 1.",
    required: 'Optional: must be answered before the section is complete. Default true.',
    notApplicable:
      'Optional: offer "Not applicable", which then needs a justification. Default false. Not allowed on a critical or must-have question.',
    evidence: 'Optional: ask for notes or evidence: none, optional or required. Default optional.',
    visibleWhen:
      'Optional: show the question only when this holds, e.g. { question: uses-faces, equals: yes }. Also oneOf, answered, not, all and any. ' +
      'It may only refer to questions that come before this one.',
    action: ACTION,
    sources: 'Optional: short tags of the requirements this question serves, such as EU-AIA-14 (letters, digits, dots and hyphens).',
    actionGroup: 'Optional: merge this question\'s recommended action with the others of the same group (an id under "actionGroups").',
    critical:
      'Optional: falling short blocks launch: any answer scoring below "minimum" is a blocking red flag and the verdict becomes the lowest band.',
    mustHave:
      'Optional: a requirement a reviewer would not sign without: below "minimum" it is a red flag, and the verdict can be no better than the band below the top.',
  },
  option: {
    value: 'Stored with the answer: lowercase letters, digits and hyphens, unique in the question. Keep it stable across versions.',
    label: 'What the person picks (at most 200 characters).',
    score: 'Optional: points for this option. Default 0.',
    action: "Optional: the recommended action when this option is chosen, instead of the question's own.",
    requiresReason: 'Optional: choosing this option needs a written reason (e.g. "the product makes no such decisions"). Default false.',
    exclusive: 'Optional, pick-many questions only: this option cannot be ticked with any other (e.g. "None of these yet"). Default false.',
  },
  critical: {
    minimum: 'The value of the lowest acceptable option (or step, or yes/partly/no); anything scoring below it is a blocking red flag.',
    reason: 'Optional: why falling short is a red flag, shown with it.',
  },
  mustHave: {
    minimum: 'The value of the lowest option (or step, or yes/partly/no) that meets the must-have.',
    name: 'A short name for the requirement, e.g. "Data protection impact assessment".',
    reason: 'Why a reviewer would refuse to sign without it, shown when it is not met.',
  },
  condition: {
    question: 'The id of an earlier question.',
    equals: "Holds when that question's answer is this option value (or, for pick-many, includes it).",
    oneOf: "Holds when that question's answer is any of these option values.",
    answered: 'true: holds once the question is answered; false: while it is not.',
    not: 'Holds when the condition inside does not.',
    all: 'Holds when every condition in the list does.',
    any: 'Holds when at least one condition in the list does.',
  },
  yesNoScores: {
    yes: 'Points for "Yes".',
    partly: 'Optional: points for "Partly".',
    no: 'Points for "No".',
  },
  yesNoActions: {
    yes: 'Optional: the recommended action when the answer is "Yes".',
    partly: 'Optional: the recommended action when the answer is "Partly".',
    no: 'Optional: the recommended action when the answer is "No".',
  },
  actionGroup: {
    title: 'A short imperative title for the merged action, e.g. "Put one named owner in charge".',
  },
  changelog: {
    version: 'The version these changes arrived in.',
    changes: 'What changed, one plain sentence per entry.',
  },
};

/** Fields only some kinds of question have; their meaning depends on the kind. */
export const KIND_FIELD_NOTES: Record<QuestionKind, Record<string, string>> = {
  single: {
    options: 'The answers to choose one from: 2 to 50, each with a value unique in the question, a label and a score.',
  },
  multiple: {
    options: 'The answers to tick: 2 to 50, each with a value unique in the question, a label and a score; ticked scores add up.',
    maxScore:
      'Optional: a cap on the summed scores of the ticked options (greater than 0 and reachable). Default: the sum of all option scores.',
  },
  scale: {
    scale: 'The id of a scale under "scales"; its steps are the answers.',
    actions: "Optional: the recommended action per step value of the scale, instead of the step's and the question's own.",
  },
  'yes-no': {
    partly: 'Optional: offer "Partly" between yes and no. Default true.',
    scores: 'Optional: points per answer. Default yes 2, partly 1, no 0.',
    actions: "Optional: the recommended action per answer (yes, partly, no), instead of the question's own.",
  },
  text: {
    multiline: 'Optional: a text area rather than a single line. Default true. Text answers are never scored.',
  },
};

export function isQuestionKind(value: unknown): value is QuestionKind {
  return typeof value === 'string' && Object.hasOwn(KIND_FIELD_NOTES, value);
}
