import { describeAnswer } from '../questionnaire/describe-answer.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import { computeVisibility } from '../questionnaire/visibility.ts';
import type { Assessment } from '../storage/assessment.ts';
import type { ReportText } from './find-unsupported-characters.ts';

/**
 * Every text the person typed that the report prints, with where it is in
 * words, to check with `findUnsupportedCharacters` before export. Answers to
 * hidden questions are left out: the report does not print them.
 */
export function reportTexts(assessment: Assessment, questionnaire: Questionnaire): ReportText[] {
  const { context } = assessment;
  const texts: ReportText[] = [
    { where: 'Project name', text: context.project },
    { where: 'Organisation', text: context.organisation },
    { where: 'Description', text: context.description },
    { where: 'Assessor name', text: context.assessorName },
    { where: 'Assessor role', text: context.assessorRole },
  ];
  const visibility = computeVisibility(questionnaire, assessment.answers);
  for (const section of questionnaire.sections) {
    if (!visibility.sections.has(section.id)) continue;
    for (const question of section.questions) {
      const answer = assessment.answers[question.id];
      if (!answer || !visibility.questions.has(question.id)) continue;
      if (question.kind === 'text' && typeof answer.value === 'string') {
        texts.push({ where: `Answer to question ${question.number}`, text: answer.value });
      }
      if (answer.notes) texts.push({ where: `Notes for question ${question.number}`, text: answer.notes });
      const description = describeAnswer(question, answer);
      if (description.kind === 'not-applicable' && description.justification) {
        texts.push({ where: `Why question ${question.number} does not apply`, text: description.justification });
      }
      if (description.kind === 'answer' && description.reason) {
        texts.push({ where: `Reason given for question ${question.number}`, text: description.reason });
      }
    }
  }
  // Every kept commitment, keyed by action id: a question id, or a group id.
  const numbers = new Map(questionnaire.sections.flatMap((section) => section.questions.map((question) => [question.id, question.number])));
  for (const [actionId, commitment] of Object.entries(assessment.actionPlan)) {
    const number = numbers.get(actionId);
    const action = number ? `the action for question ${number}` : `the action “${questionnaire.actionGroups[actionId]?.title ?? actionId}”`;
    if (commitment.owner) texts.push({ where: `Owner of ${action}`, text: commitment.owner });
    if (commitment.due) texts.push({ where: `Due date of ${action}`, text: commitment.due });
    if (commitment.reason) texts.push({ where: `Why ${action} is not needed`, text: commitment.reason });
  }
  return texts.filter((entry) => entry.text !== '');
}
