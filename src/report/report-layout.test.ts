import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../questionnaire/hash.ts';
import { buildReport } from './build-report.ts';
import { readReportFontFiles } from '../../scripts/fonts/load-fonts-node.ts';
import { REPORT_LAYOUT } from './report-manifest.ts';
import { warmUpInput } from './runtime/warm-up.ts';

// "Open a report" checks a report by drawing it again and comparing bytes, so
// reports made by one layout can only be checked by that layout. This test
// fails whenever what a report looks like changes: then bump REPORT_LAYOUT
// (report-manifest.ts), so older reports say "could not be checked" instead
// of "altered", and update the hash below.
const PINNED = { layout: 'oversight-report-layout/2', sha256: 'ca033eaf8c89e37c42d627ce789cb8dbc0e5cbb8ab339fda54f4cbd98fd5a5ed' };

describe('the report layout', () => {
  it('draws the built-in report to the bytes pinned for this layout version', async () => {
    const bytes = await buildReport(warmUpInput(new Date('2026-12-03T12:00:00.000Z')), { fonts: readReportFontFiles() });
    const digest = await sha256Hex(new TextDecoder('latin1').decode(bytes));
    expect({ layout: REPORT_LAYOUT, sha256: digest }).toEqual(PINNED);
  });
});
