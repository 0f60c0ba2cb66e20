import { describeMethod, methodScope } from '../scoring/method.ts';
import { writeFields } from './field-list.ts';
import { formatDateTime } from './format-date.ts';
import { moveDown } from './page-layout.ts';
import type { PartContext } from './part-context.ts';
import { writeBullets, writeHeading, writeText } from './text-block.ts';
import { TYPE } from './theme.ts';

// 64 hex digits fit on one line at this size.
const HASH = { size: 8 };

/** How the score was calculated (the same words as the results page), then what identifies this report. */
export function drawMethod(context: PartContext, attachmentName: string): void {
  const { layout, input, fingerprint } = context;
  const { questionnaire } = input;
  writeHeading(layout, 'Method', TYPE.h1, { after: 6 });
  writeText(
    layout,
    'How the scores in this report were calculated, from the questionnaire’s own weights, bands and must-haves.',
    TYPE.body,
    { after: 6 },
  );
  for (const step of describeMethod(questionnaire, methodScope(input.result))) {
    writeHeading(layout, step.title, TYPE.h3, { before: 8, after: 2, keep: 30 });
    writeText(layout, step.text, TYPE.body, { after: step.items.length > 0 ? 3 : 2 });
    writeBullets(layout, step.items, TYPE.body);
  }
  writeHeading(layout, 'What this report is based on', TYPE.h2, { before: 14, after: 6, keep: 120 });
  writeFields(layout, [
    { label: 'Questionnaire', value: questionnaire.title },
    { label: 'Id and version', value: `${questionnaire.id}, version ${questionnaire.version}` },
    { label: 'Content hash', value: questionnaire.contentHash, style: HASH },
    { label: 'Report fingerprint', value: fingerprint, style: HASH },
    { label: 'Report made', value: formatDateTime(input.generatedAt, input.timeZone) },
    { label: 'Attached file', value: attachmentName },
  ]);
  moveDown(layout, 4);
  writeText(
    layout,
    'Both hashes are SHA-256, in hexadecimal. The content hash identifies the exact questions, options, weights and bands used, whatever their version number. ' +
      'The report fingerprint is the SHA-256 of everything this report states: the questionnaire’s id, version and content hash, the assessment details, ' +
      'every answer, note and “Not applicable” reason, the action plan’s owners, dates and states, the limitations, draft or final with its revision, the declaration and the previous final report, ' +
      'the scores, verdict and red flags, and when the report was made; ' +
      `every page shows its first 12 characters. The answers this report was made from are attached to this PDF as ${attachmentName}: ` +
      'open the PDF with “Open a report” in Oversight to check that they still give this fingerprint and that these pages are the ones Oversight draws from them.',
    TYPE.small,
  );
}
