import { describe, expect, it } from 'vitest';
import { answersFileName, parseAnswersFile, serializeAnswersFile } from './answers-file.ts';
import { sampleAssessment } from './fixtures.test-support.ts';

const EXPORTED_AT = new Date('2026-11-26T15:30:00.000Z');

function exportedFile(overrides: Record<string, unknown> = {}): string {
  const file = JSON.parse(serializeAnswersFile(sampleAssessment(), EXPORTED_AT)) as Record<string, unknown>;
  return JSON.stringify({ ...file, ...overrides });
}

describe('serializeAnswersFile', () => {
  it('writes the envelope fields first and the questionnaire beside the assessment', () => {
    const text = serializeAnswersFile(sampleAssessment(), EXPORTED_AT);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'formatVersion', 'exportedAt', 'app', 'questionnaire', 'assessment']);
    expect(file).toMatchObject({
      format: 'oversight-answers',
      formatVersion: 1,
      exportedAt: '2026-11-26T15:30:00.000Z',
      app: 'Oversight',
      questionnaire: sampleAssessment().questionnaire,
    });
    expect(text.startsWith('{\n  "format": "oversight-answers",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('gives the same text whatever order the fields were set in', () => {
    const assessment = sampleAssessment();
    const reordered = Object.fromEntries(Object.entries(assessment).reverse()) as typeof assessment;
    expect(serializeAnswersFile(reordered, EXPORTED_AT)).toBe(serializeAnswersFile(assessment, EXPORTED_AT));
  });
});

describe('parseAnswersFile', () => {
  it('round-trips an exported assessment to a deep-equal one', () => {
    const assessment = sampleAssessment();
    const result = parseAnswersFile(serializeAnswersFile(assessment, EXPORTED_AT));
    expect(result.ok).toBe(true);
    expect(result.ok && result.file.assessment).toEqual(assessment);
    expect(result.ok && result.file.exportedAt).toBe('2026-11-26T15:30:00.000Z');
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parseAnswersFile(`\uFEFF${exportedFile()}`).ok).toBe(true);
  });

  it('says when the file is not JSON, with the line where that shows', () => {
    expect(parseAnswersFile('{\n  "format": "oversight-answers",\n  oops\n}')).toEqual({
      ok: false,
      errors: ['This file is not valid JSON (line 3).'],
    });
    expect(parseAnswersFile('')).toEqual({ ok: false, errors: ['This file is empty.'] });
  });

  it('says when JSON is not an Oversight answers file', () => {
    const expected = {
      ok: false,
      errors: ['This is not an Oversight answers file: it has no "format": "oversight-answers" field.'],
    };
    expect(parseAnswersFile('{"name": "package.json, perhaps"}')).toEqual(expected);
    expect(parseAnswersFile('[1, 2, 3]')).toEqual(expected);
    expect(parseAnswersFile('"oversight-answers"')).toEqual(expected);
  });

  it('says when the file comes from a newer version of Oversight', () => {
    const result = parseAnswersFile(exportedFile({ formatVersion: 2 }));
    expect(result).toEqual({
      ok: false,
      errors: [
        'This answers file was made by a newer version of Oversight (file format 2; this version reads format 1). ' +
          'Open it with the newer version, or update this copy of Oversight.',
      ],
    });
  });

  it('names the place and the fix for a missing project', () => {
    const assessment = sampleAssessment();
    const { project: _project, ...context } = assessment.context;
    const text = exportedFile({ assessment: { ...assessment, context } });
    expect(parseAnswersFile(text)).toEqual({
      ok: false,
      errors: ['assessment.context.project: Enter the name of the project or product'],
    });
  });

  it('lists every shape problem in plain words', () => {
    const assessment = sampleAssessment();
    const text = exportedFile({
      formatVersion: '1',
      exportedAt: 'yesterday',
      app: 'Something else',
      assessment: { ...assessment, id: 7, answers: { purpose: { value: 3 } }, createdAt: undefined },
    });
    const result = parseAnswersFile(text);
    expect(result).toEqual({
      ok: false,
      errors: [
        'formatVersion: must be 1',
        'exportedAt: must be a date and time such as 2026-11-26T09:30:00.000Z',
        'app: must be "Oversight"',
        'assessment.id: must be text, not a number',
        'assessment.answers.purpose.value: must be text or a list of texts',
        'assessment.createdAt: is missing',
      ],
    });
  });

  it('never throws, whatever the text', () => {
    for (const text of ['null', '42', '{"format":"oversight-answers"}', '{"format":"oversight-answers","formatVersion":null}', '\u0000']) {
      expect(() => parseAnswersFile(text)).not.toThrow();
      expect(parseAnswersFile(text).ok).toBe(false);
    }
  });
});

describe('answersFileName', () => {
  it('names the project, the questionnaire and the local date', () => {
    const assessment = sampleAssessment();
    const date = new Date(2026, 10, 26, 12, 0);
    expect(answersFileName(assessment, date)).toBe('street-lens-quick-check-answers-2026-11-26.json');
  });

  it('falls back when the project name has nothing usable for a file name', () => {
    const assessment = sampleAssessment();
    const unnamed = { ...assessment, context: { ...assessment.context, project: '???' } };
    expect(answersFileName(unnamed, new Date(2026, 0, 5))).toBe('assessment-quick-check-answers-2026-01-05.json');
  });
});
