/** `npm run schema`: regenerates public/questionnaire.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_PATH, questionnaireJsonSchema } from './json-schema.ts';

writeFileSync(JSON_SCHEMA_PATH, questionnaireJsonSchema());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
