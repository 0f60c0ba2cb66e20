import { roundScore } from '../scoring/round-score.ts';
import { writeFields } from './field-list.ts';
import { formatDateTime } from './format-date.ts';
import type { PartContext } from './part-context.ts';
import { changesSince } from './report-record.ts';
import { writeBullets, writeHeading, writeText } from './text-block.ts';
import { TYPE } from './theme.ts';

const scoreText = (score: number | null) => (score === null ? 'no score' : String(roundScore(score)));

/** A final report after another one says what moved since; a draft or a first final report has no such part. */
export function hasChanges(context: PartContext): boolean {
  return context.edition.status === 'final' && context.edition.previous !== null;
}

export function drawChanges(context: PartContext): void {
  const { layout, input, edition } = context;
  if (edition.status !== 'final' || !edition.previous) return;
  const changes = changesSince(edition.previous, input.questionnaire, input.assessment, input.result);
  const { previous } = changes;
  writeHeading(layout, `Changes since revision ${previous.revision}`, TYPE.h1, { after: 6 });
  writeText(
    layout,
    `Revision ${previous.revision} was made on ${formatDateTime(new Date(previous.generatedAt), input.timeZone)} ` +
      `(fingerprint ${previous.fingerprint.slice(0, 12)}). This is revision ${edition.revision}.`,
    TYPE.body,
    { after: 6 },
  );
  writeFields(layout, [
    { label: 'Score', value: `${scoreText(changes.score.before)} → ${scoreText(changes.score.after)}` },
    { label: 'Verdict', value: `${changes.band.before ?? 'none'} → ${changes.band.after ?? 'none'}` },
  ]);
  writeHeading(layout, `Answers changed (${changes.answers.length})`, TYPE.h2, { before: 12, after: 4, keep: 40 });
  if (changes.answers.length === 0) writeText(layout, 'No answer changed.', TYPE.body, { after: 4 });
  writeFields(
    layout,
    changes.answers.map((change) => ({ label: change.number, value: `${change.text}\nWas: ${change.before}\nNow: ${change.after}` })),
    { labelWidth: 40, gap: 6 },
  );
  writeHeading(layout, `Actions closed (${changes.actionsClosed.length})`, TYPE.h2, { before: 12, after: 4, keep: 40 });
  if (changes.actionsClosed.length === 0) writeText(layout, 'No action was closed.', TYPE.body, { after: 4 });
  writeBullets(
    layout,
    changes.actionsClosed.map((action) => `${action.label}: ${action.how}.`),
    TYPE.body,
    { gap: 3 },
  );
}
