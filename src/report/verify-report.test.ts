import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from './build-report.ts';
import { readReportFontFiles } from '../../scripts/fonts/load-fonts-node.ts';
import { readReport } from './read-report.ts';
import type { ReportInput } from './report-types.ts';
import {
  addAnnotation,
  appendUpdate,
  drawOver,
  editText,
  removePage,
  replaceAttachment,
  replacePage,
  swapPages,
} from './tamper.test-support.ts';
import { secondFinalInput, typicalInput } from './fixtures.test-support.ts';
import { verifyReport, type Verification, type VerifyDeps } from './verify-report.ts';
import { pdfText } from './pdf.test-support.ts';

const fonts = readReportFontFiles();

describe('verifyReport', () => {
  let input: ReportInput;
  let bytes: Uint8Array;
  let deps: VerifyDeps;

  beforeAll(async () => {
    input = await typicalInput();
    bytes = await buildReport(input, { fonts });
    deps = { loadQuestionnaire: async () => input.questionnaire, render: (redraw) => buildReport(redraw, { fonts }) };
  });

  async function verify(file: Uint8Array, using: VerifyDeps = deps): Promise<Verification> {
    const read = await readReport(file);
    if (!read.ok) throw new Error(read.message);
    return verifyReport(file, read, using);
  }

  it('accepts the report exactly as made, on all three counts', async () => {
    const verification = await verify(bytes);
    expect(verification.verdict).toBe('as-made');
    expect([verification.data.state, verification.pages.state, verification.file.state]).toEqual(['passed', 'passed', 'passed']);
  });

  it('names the page whose text was edited in its content stream', async () => {
    const verification = await verify(await editText(bytes, 2));
    expect(verification.verdict).toBe('altered');
    expect(verification.data.state).toBe('passed');
    expect(verification.pages.details).toEqual(['Page 2: its text was changed.']);
    expect(verification.file.state).toBe('failed');
  });

  it('names the page a box was drawn over', async () => {
    const verification = await verify(await drawOver(bytes, 2, { x: 56, y: 640, width: 300, height: 60 }));
    expect(verification.verdict).toBe('altered');
    expect(verification.pages.details).toEqual(['Page 2: something was drawn or written over it (3 layers of content added).']);
  });

  it('names the page an annotation was added to', async () => {
    const verification = await verify(await addAnnotation(bytes, 3));
    expect(verification.pages.details).toEqual(['Page 3: an annotation was added (FreeText).']);
  });

  it('names a page removed', async () => {
    const verification = await verify(await removePage(bytes, 4));
    expect(verification.verdict).toBe('altered');
    expect(verification.pages.details).toContain('Page 4 of the report as Oversight made it is missing.');
    expect(verification.pages.details.some((line) => line.startsWith('The file has '))).toBe(true);
  });

  it('names pages swapped', async () => {
    const verification = await verify(await swapPages(bytes, 3, 4));
    expect(verification.verdict).toBe('altered');
    expect(verification.pages.details).toEqual(['Page 4 is out of order: it is page 3 of the report as Oversight made it.']);
  });

  it('names a page replaced by a page of another report', async () => {
    const other = await buildReport(
      { ...input, assessment: { ...input.assessment, context: { ...input.assessment.context, project: 'Other Lens' } } },
      { fonts },
    );
    const verification = await verify(await replacePage(bytes, 2, other, 2));
    expect(verification.verdict).toBe('altered');
    // The copied page brings its own subset fonts with it.
    expect(verification.pages.details).toEqual([
      'Page 2: its text was changed; its fonts or images were changed.',
      'The fonts embedded in it were changed, so its text may show other letters than it says.',
    ]);
  });

  it('sees a changed attachment: the data no longer gives the fingerprint, and every page differs from what it would draw', async () => {
    const changed = await replaceAttachment(bytes, '-answers-2026-11-26.json', (text) =>
      text.replace('The board has not yet named anyone', 'The board named Grace Hopper'),
    );
    const verification = await verify(changed);
    expect(verification.verdict).toBe('altered');
    expect(verification.data.state).toBe('failed');
    expect(verification.pages.state).toBe('failed');
    expect(verification.pages.details[0]).toBe('Page 1: its text was changed.');
  });

  it('sees an attachment re-written in another layout even when it says the same', async () => {
    const changed = await replaceAttachment(bytes, '-answers-2026-11-26.json', (text) => JSON.stringify(JSON.parse(text)));
    const verification = await verify(changed);
    expect(verification.data.state).toBe('passed');
    expect(verification.pages.details).toEqual([
      expect.stringMatching(/^The attached file “street-lens-launch-ethics-answers-2026-11-26\.json” is not the one Oversight writes/),
    ]);
  });

  it('sees an update appended to the file', async () => {
    const verification = await verify(await appendUpdate(bytes));
    expect(verification.verdict).toBe('altered');
    expect(verification.pages.state).toBe('passed');
    expect(verification.file.details[0]).toBe('An update was appended to the file after it was made (an edit saved by another program).');
  });

  it('says "could not be checked", never "as made", without the questionnaire it was made with', async () => {
    const missing = await verify(bytes, { ...deps, loadQuestionnaire: async () => null });
    expect(missing.verdict).toBe('unchecked');
    expect(missing.pages.details[0]).toMatch(/does not include the questionnaire/);
    const newer = await verify(bytes, {
      ...deps,
      loadQuestionnaire: async () => ({ ...input.questionnaire, version: '1.1.0', contentHash: 'e'.repeat(64) }),
    });
    expect(newer.verdict).toBe('unchecked');
    expect(newer.pages.details[0]).toBe(
      'It was made with version 2.0.0 of “Pre-launch ethics and oversight review”; this copy of Oversight has version 1.1.0.',
    );
    expect(newer.file.state).toBe('unchecked');
    const appended = await verify(await appendUpdate(bytes), { ...deps, loadQuestionnaire: async () => null });
    expect(appended.verdict).toBe('altered');
  });

  it('says "could not be checked" when the report cannot be drawn again', async () => {
    const verification = await verify(bytes, { ...deps, render: () => Promise.reject(new Error('fonts missing')) });
    expect(verification.verdict).toBe('unchecked');
    expect(verification.pages.details).toEqual(['It could not be drawn again: fonts missing']);
  });

  describe('a final report after another', () => {
    let final: Uint8Array;
    beforeAll(async () => {
      final = await buildReport(await secondFinalInput(), { fonts });
    });

    it('is accepted as made, revision, declaration and changes included', async () => {
      expect(pdfText(final)).toContain('Changes since revision 1');
      expect((await verify(final)).verdict).toBe('as-made');
    });

    it('is altered when the declaration in its attached answers is changed', async () => {
      const changed = await replaceAttachment(final, '.json', (text) => text.replace('"name": "Ada Lovelace"', '"name": "Somebody Else"'));
      const verification = await verify(changed);
      expect(verification.verdict).toBe('altered');
      expect(verification.data.state).toBe('failed');
    });
  });
});
