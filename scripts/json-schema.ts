import { z } from 'zod';
import { questionnaireFileSchema } from '../src/questionnaire/schema.ts';

export const JSON_SCHEMA_PATH = 'public/questionnaire.schema.json';

/** The JSON Schema editors use to validate and autocomplete questionnaire files. */
export function questionnaireJsonSchema(): string {
  const schema = z.toJSONSchema(questionnaireFileSchema, { io: 'input', target: 'draft-7' });
  return `${JSON.stringify({ ...schema, title: 'Oversight questionnaire', $id: 'questionnaire.schema.json' }, null, 2)}\n`;
}
