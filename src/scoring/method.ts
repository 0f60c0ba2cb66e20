import type { Question, Questionnaire, Section } from '../questionnaire/model.ts';
import type { Band } from '../questionnaire/schema.ts';
import { describeCondition } from '../questionnaire/describe-condition.ts';
import { PRIORITY_THRESHOLDS } from './priority.ts';
import { lowestBand } from './find-band.ts';

/** One step of the scoring method in plain words: a paragraph and, where useful, a list. */
export interface MethodStep {
  id:
    | 'counting'
    | 'question'
    | 'section'
    | 'overall'
    | 'rounding'
    | 'bands'
    | 'red-flags'
    | 'completeness'
    | 'action-plan';
  title: string;
  text: string;
  items: string[];
}

function sectionItem(questionnaire: Questionnaire, section: Section): string {
  const condition = section.visibleWhen
    ? `, asked only when ${describeCondition(questionnaire, section.visibleWhen)}`
    : '';
  const counted = section.weight > 0 ? '' : ': shown for information, not counted';
  return `${section.title} (weight ${section.weight}${condition})${counted}`;
}

function bandItem(band: Band, index: number, bands: readonly Band[]): string {
  const range =
    index === bands.length - 1 ? `${band.from} to ${band.to} inclusive` : `${band.from} up to, not including, ${band.to}`;
  return `${band.label}: ${range}. ${band.meaning}`;
}

function criticalItem(question: Question): string {
  const critical = question.critical;
  const minimum = question.options.find((option) => option.value === critical?.minimum)?.label ?? critical?.minimum;
  return `Question ${question.number}, “${question.text}”: “${minimum}” or better.`;
}

function redFlagStep(questionnaire: Questionnaire, bands: readonly Band[]): MethodStep {
  const critical = questionnaire.sections.flatMap((section) => section.questions).filter((question) => question.critical);
  const lowest = lowestBand(bands)?.label ?? 'the lowest band';
  const text =
    critical.length === 0
      ? 'This questionnaire has no critical questions, so it raises no red flags.'
      : `Some questions are critical. One answered below its minimum, or left unanswered while it is shown, raises a red flag. ` +
        `Any red flag sets the verdict to “${lowest}”, whatever the score; the score, and the band it alone would give, are still shown. ` +
        `“Not applicable”, where a critical question offers it, raises no red flag. The critical questions and their minimums:`;
  return { id: 'red-flags', title: 'Red flags', text, items: critical.map(criticalItem) };
}

/**
 * The scoring method in plain words, for the README, the results page and the
 * PDF. Built from the questionnaire so that the weights, bands, critical
 * questions and thresholds quoted are the ones `scoreAssessment` uses.
 */
export function describeMethod(questionnaire: Questionnaire): MethodStep[] {
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
        'A section that is hidden or has no score is left out, and the others share its weight. The sections and their weights:',
      items: questionnaire.sections.map((section) => sectionItem(questionnaire, section)),
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
    redFlagStep(questionnaire, bands),
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
        'Every counting question below its best answer, and every red flag, gets a recommended action: the one written for the option chosen, ' +
        'else the one written for the question, else “Improve the answer to question …”. Its gain is how many points the overall score would rise ' +
        'if that answer alone became the best one: the section’s share of the overall × the question’s weight ÷ the sum of the weights of the ' +
        'section’s counting questions × (1 − points earned ÷ maximum) × 100. A follow-up question that the better answer brings up can change that. ' +
        'Red flags come first, then the largest gains as shown, then questionnaire order. Priority:',
      items: [
        'High: every red flag.',
        `High: a gain of ${PRIORITY_THRESHOLDS.high} points or more.`,
        `Medium: a gain of ${PRIORITY_THRESHOLDS.medium} points up to, not including, ${PRIORITY_THRESHOLDS.high}.`,
        `Low: a gain below ${PRIORITY_THRESHOLDS.medium} points.`,
      ],
    },
  ];
}
