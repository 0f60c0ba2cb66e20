/**
 * `npm run questions:check [files…]`: checks questionnaire files (all of
 * questions/ by default, except the files in NOT_QUESTIONNAIRES) and prints
 * every problem as `file:line: path: message`.
 * Exits 1 when any file is invalid, so CI and the build can stop on it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatIssue, parseQuestionnaireBytes } from '../src/questionnaire/parse-questionnaire-yaml.ts';
import { isQuestionnaireFileName } from './questionnaire-files.ts';

const args = process.argv.slice(2);
const files =
  args.length > 0
    ? args
    : readdirSync('questions')
        .filter(isQuestionnaireFileName)
        .sort()
        .map((name) => join('questions', name));

let failed = 0;
for (const file of files) {
  // Bytes, not text: the parser checks the size and refuses encodings other than UTF-8.
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`${file}:1: (root): cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    failed += 1;
    continue;
  }
  const result = await parseQuestionnaireBytes(bytes);
  const name = relative(process.cwd(), file) || file;
  if (result.ok) {
    const questions = result.questionnaire.sections.reduce((n, s) => n + s.questions.length, 0);
    console.log(
      `${name}: ok (${result.questionnaire.id}@${result.questionnaire.version}, ${result.questionnaire.sections.length} sections, ${questions} questions)`,
    );
  } else {
    failed += 1;
    for (const issue of result.issues) console.error(formatIssue(name, issue));
  }
}
if (files.length === 0) console.error('no questionnaire files found in questions/');
console.log(`${files.length - failed} of ${files.length} questionnaire file(s) valid`);
process.exit(failed > 0 || files.length === 0 ? 1 : 0);
