import type { Question, Questionnaire, Section } from '../questionnaire/model.ts';
import type { Band } from '../questionnaire/schema.ts';
import { describeCondition } from '../questionnaire/describe-condition.ts';
import { PRIORITY_THRESHOLDS } from './priority.ts';
import { lowestBand } from './find-band.ts';
import { belowTopBand } from './verdict.ts';
import { NOT_ASSESSED_SHARE } from './section-score.ts';
import type { AssessmentResult } from './types.ts';
import { plural } from '../questionnaire/wording.ts';

/** One step of the scoring method in plain words: a paragraph and, where useful, a list. */
export interface MethodStep {
  id: 'counting' | 'question' | 'section' | 'overall' | 'rounding' | 'bands' | 'red-flags' | 'floor' | 'completeness' | 'action-plan';
  title: string;
  text: string;
  items: string[];
}

function sectionItem(questionnaire: Questionnaire, section: Section): string {
  const condition = section.visibleWhen ? `, asked only when ${describeCondition(questionnaire, section.visibleWhen)}` : '';
  const counted = section.weight > 0 ? '' : ': shown for information, not counted';
  return `${section.title} (weight ${section.weight}${condition})${counted}`;
}

function bandItem(band: Band, index: number, bands: readonly Band[]): string {
  const range = index === bands.length - 1 ? `${band.from} to ${band.to} inclusive` : `${band.from} up to, not including, ${band.to}`;
  return `${band.label}: ${range}. ${band.meaning}`;
}

function labelOf(question: Question, value: string | undefined): string {
  return question.options.find((option) => option.value === value)?.label ?? value ?? '';
}

function gradedItem(question: Question): string {
  const parts: string[] = [];
  if (question.mustHave) parts.push(`met at “${labelOf(question, question.mustHave.minimum)}” or better`);
  if (question.critical) parts.push(`below “${labelOf(question, question.critical.minimum)}” blocks launch`);
  const name = question.mustHave ? `${question.mustHave.name}: question` : 'Question';
  return `${name} ${question.number}, “${question.text}”: ${parts.join('; ')}.`;
}

/** The sections and questions shown in one assessment: the method then lists only the rules that apply to it. */
export interface MethodScope {
  sections: ReadonlySet<string>;
  questions: ReadonlySet<string>;
}

/** What one scored assessment shows: its visible sections and questions. */
export function methodScope(result: Pick<AssessmentResult, 'sections' | 'questions'>): MethodScope {
  return {
    sections: new Set(result.sections.filter((section) => section.visible).map((section) => section.id)),
    questions: new Set(result.questions.map((question) => question.id)),
  };
}

function redFlagStep(questionnaire: Questionnaire, bands: readonly Band[], scope: MethodScope | undefined): MethodStep {
  const graded = questionnaire.sections
    .flatMap((section) => section.questions)
    .filter((question) => question.critical || question.mustHave)
    .filter((question) => !scope || scope.questions.has(question.id));
  const lowest = lowestBand(bands)?.label ?? 'the lowest band';
  const belowTop = belowTopBand(bands)?.label ?? lowest;
  const text =
    graded.length === 0
      ? `${scope ? 'This assessment shows' : 'This questionnaire has'} no must-haves or critical questions, so it raises no red flags.`
      : 'Some questions are must-haves: a reviewer would refuse to sign without them. An answer below a must-have’s minimum raises a red flag, ' +
        `and the verdict can then be no better than “${belowTop}”, whatever the score. Some are also critical: an answer below the critical minimum ` +
        `blocks launch, and the verdict is “${lowest}”. “Planned” is not “done”: a must-have is met only by what is in place. ` +
        'A red flag is raised only for an answer given; a must-have still to answer raises none, but it too keeps the verdict from the top band. ' +
        'Must-haves cannot be answered “Not applicable”; where a must-have may truly not apply, one of its answers says so and asks for the reason. ' +
        `The score, and the band it alone would give, are always shown. The must-haves${scope ? ' asked in this assessment' : ''} and their thresholds:`;
  return { id: 'red-flags', title: 'Must-haves and red flags', text, items: graded.map(gradedItem) };
}

function floorStep(questionnaire: Questionnaire, bands: readonly Band[]): MethodStep {
  const belowTop = belowTopBand(bands)?.label ?? 'the band below the top';
  const floor =
    questionnaire.sectionFloor > 0
      ? `A section that scores under ${questionnaire.sectionFloor} keeps the verdict at “${belowTop}” or below, so that strong answers elsewhere cannot average a missing safeguard away; the results say which section did it. `
      : 'This questionnaire sets no floor for sections. ';
  return {
    id: 'floor',
    title: 'No section hidden by an average',
    text:
      floor +
      `A section where more than ${NOT_ASSESSED_SHARE * 100}% of the weight of its scorable questions is answered “Not applicable” is “not assessed”: ` +
      `it gets no score, takes no part in the overall score, and keeps the verdict at “${belowTop}” or below, because the top band needs every scored section assessed. ` +
      'Every “Not applicable” needs a reason, which is kept and shown with the results and in the report.',
    items: [],
  };
}

/**
 * The scoring method in plain words, for the README, the results page and the
 * PDF. Built from the questionnaire so that the weights, bands, critical
 * questions and thresholds quoted are the ones `scoreAssessment` uses.
 */
export function describeMethod(questionnaire: Questionnaire, scope?: MethodScope): MethodStep[] {
  const sections = questionnaire.sections.filter((section) => !scope || scope.sections.has(section.id));
  const notAsked = questionnaire.sections.length - sections.length;
  const bands = [...questionnaire.bands].sort((a, b) => a.from - b.from);
  return [
    {
      id: 'counting',
      title: 'Which answers count',
      text:
        'Only the questions you are shown count. A question hidden by an earlier answer, a question answered “Not applicable” ' +
        '(where that is offered) and a question that carries no points (a text question, or one with weight 0) are left out of both ' +
        'the points earned and the points possible, so they neither raise nor lower any score. A scored question left unanswered earns 0 points.',
      items: [],
    },
    {
      id: 'question',
      title: 'Each question',
      text:
        'A question earns the points of the option chosen. Where several options may be chosen, their points are added up, ' +
        'to no more than the question’s maximum. The points earned divided by the maximum (between 0 and 1), times the question’s weight, ' +
        'is what the question adds to its section; its weight is what it could add.',
      items: [],
    },
    {
      id: 'section',
      title: 'Each section',
      text:
        'A section’s score, from 0 to 100, is 100 × what its counting questions add ÷ the sum of their weights. ' +
        'A section where no question counts has no score.',
      items: [],
    },
    {
      id: 'overall',
      title: 'The overall score',
      text:
        'The overall score, from 0 to 100, is the average of the section scores weighted by section weight. ' +
        'A section that is hidden or has no score is left out, and the others share its weight. ' +
        (scope && notAsked > 0
          ? `The sections asked in this assessment and their weights (${plural(notAsked, 'other section')} ${notAsked === 1 ? 'was' : 'were'} not asked, given the answers about the product):`
          : 'The sections and their weights:'),
      items: sections.map((section) => sectionItem(questionnaire, section)),
    },
    {
      id: 'rounding',
      title: 'Rounding',
      text:
        'Scores are calculated at full precision and shown as whole numbers, rounded to the nearest (halves up). ' +
        'The band is read from the rounded score, so a score and its band always agree. ' +
        'Gains in the action plan are shown to one decimal.',
      items: [],
    },
    {
      id: 'bands',
      title: 'Bands',
      text: 'The overall score falls in one of these bands:',
      items: bands.map((band, index) => bandItem(band, index, bands)),
    },
    redFlagStep(questionnaire, bands, scope),
    floorStep(questionnaire, bands),
    {
      id: 'completeness',
      title: 'Draft or final',
      text:
        'The result is a draft while any question shown that is required or carries points is unanswered; ' +
        '“Not applicable”, where offered, counts as an answer. A draft is scored all the same, its unanswered questions earning 0 points.',
      items: [],
    },
    {
      id: 'action-plan',
      title: 'Action plan',
      text:
        'Every counting question below its best answer, and every red flag, needs a recommended action: the one written for the option chosen, ' +
        'else the one written for the question, else “Improve the answer to question …”. Questions the questionnaire groups together share one action, ' +
        'which lists them all and takes the text of the most urgent. A question’s gain is how many points the overall score would rise ' +
        'if that answer alone became the best one: the section’s share of the overall × the question’s weight ÷ the sum of the weights of the ' +
        'section’s counting questions × (1 − points earned ÷ maximum) × 100; an action’s gain adds up the gains of its questions. A follow-up question ' +
        'that the better answer brings up can change that. What holds the verdict down comes first (blocking red flags, then unmet must-haves, then ' +
        'questions in a section under the floor), then the largest gains as shown, then questionnaire order. Each action can be marked to do, in progress, ' +
        'done or not needed (with a reason); that does not change the score, which follows the answers. Priority:',
      items: [
        'High: every red flag and unmet must-have.',
        `High: a gain of ${PRIORITY_THRESHOLDS.high} points or more.`,
        `Medium: a gain of ${PRIORITY_THRESHOLDS.medium} points up to, not including, ${PRIORITY_THRESHOLDS.high}.`,
        `Low: a gain below ${PRIORITY_THRESHOLDS.medium} points.`,
      ],
    },
  ];
}
