/**
 * `npm run questions:coverage [-- --markdown]`: checks questions/requirements.yaml
 * against questions/launch-ethics.yaml and prints the coverage table. Every
 * problem is printed as `file:line: path: message`; exits 1 on any, so CI
 * stops on a requirement that points at a question that no longer exists.
 * `--markdown` also rewrites the generated part of docs/coverage.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { COVERAGE_DOC_PATH, coverageDocument, coverageMarkdown, coverageText, loadCoverage } from './requirements-coverage.ts';
import { writeIfChanged } from './write-if-changed.ts';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--markdown');
if (unknown.length > 0) {
  console.error(`unknown argument${unknown.length > 1 ? 's' : ''} ${unknown.join(' ')}; the only option is --markdown`);
  process.exit(2);
}

const loaded = await loadCoverage();
if (loaded.ok) {
  console.log(coverageText(loaded.table, loaded.questionnaire));
  if (args.includes('--markdown')) {
    const current = existsSync(COVERAGE_DOC_PATH) ? readFileSync(COVERAGE_DOC_PATH, 'utf8') : null;
    writeIfChanged(COVERAGE_DOC_PATH, coverageDocument(current, coverageMarkdown(loaded.table, loaded.questionnaire)));
  }
}
for (const problem of loaded.problems) console.error(problem);
if (loaded.problems.length > 0) console.error(`${loaded.problems.length} problem(s) in the requirements map`);
process.exit(loaded.problems.length > 0 ? 1 : 0);
