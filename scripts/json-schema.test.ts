import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, questionnaireJsonSchema } from './json-schema.ts';

describe('the shipped JSON Schema', () => {
  it('is exactly what the zod schema generates (run `npm run schema` after changing it)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(questionnaireJsonSchema());
  });

  it('is pointed to by the first line of every bundled questionnaire', () => {
    for (const name of ['launch-ethics.yaml', 'quick-check.yaml']) {
      const firstLine = readFileSync(`questions/${name}`, 'utf8').split('\n')[0];
      expect(firstLine).toBe('# yaml-language-server: $schema=../public/questionnaire.schema.json');
    }
  });
});
