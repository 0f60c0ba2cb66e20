import type { Assessment } from '../storage/assessment.ts';
import { slugify } from '../storage/slugify.ts';
import { isoDateIn } from './format-date.ts';

/**
 * `street-lens-launch-ethics-2026-11-26.pdf`: project, questionnaire and the
 * day the report is made, in the given time zone (the device's by default).
 */
export function reportFileName(
  assessment: Pick<Assessment, 'context' | 'questionnaire'>,
  generatedAt: Date,
  timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
): string {
  const project = slugify(assessment.context.project);
  const questionnaire = slugify(assessment.questionnaire.id, 'questionnaire');
  return `${project}-${questionnaire}-${isoDateIn(generatedAt, timeZone)}.pdf`;
}

/** The answers file attached to the report: named as "Export answers" names it, dated like the report. */
export function attachmentFileName(assessment: Pick<Assessment, 'context' | 'questionnaire'>, generatedAt: Date, timeZone: string): string {
  const project = slugify(assessment.context.project);
  const questionnaire = slugify(assessment.questionnaire.id, 'questionnaire');
  return `${project}-${questionnaire}-answers-${isoDateIn(generatedAt, timeZone)}.json`;
}
