import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../questionnaire/answers.ts';
import { parseAnswersFile, serializeAnswersFile } from './answers-file.ts';
import { slugify } from './slugify.ts';
import { sampleAssessment } from './fixtures.test-support.ts';

const answer: fc.Arbitrary<Answer> = fc.record(
  {
    value: fc.oneof(fc.string(), fc.array(fc.string())),
    notApplicable: fc.boolean(),
    justification: fc.string(),
    notes: fc.string(),
  },
  { requiredKeys: [] },
);

const questionId = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);

describe('answers file laws', () => {
  it('export then import gives back the same assessment, for any answers', () => {
    fc.assert(
      fc.property(fc.dictionary(questionId, answer), fc.string(), (answers, lastLocation) => {
        const assessment = sampleAssessment({ answers, lastLocation });
        const parsed = parseAnswersFile(serializeAnswersFile(assessment, new Date(0)));
        expect(parsed.ok && parsed.file.assessment).toEqual(assessment);
      }),
    );
  });

  it('a slug is always hyphen-separated lowercase letters and digits, at most 60 long', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(60);
      }),
    );
  });
});
