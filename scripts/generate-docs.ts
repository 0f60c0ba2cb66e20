/** `npm run docs`: regenerates the generated parts of the README and docs/scoring.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { README_PATH, readmeWithMethod } from './readme-method.ts';
import { SCORING_DOC_PATH, scoringMarkdown } from './scenarios/scenarios-markdown.ts';

writeFileSync(README_PATH, await readmeWithMethod(readFileSync(README_PATH, 'utf8')));
console.log(`updated the scoring method in ${README_PATH}`);
writeFileSync(SCORING_DOC_PATH, await scoringMarkdown());
console.log(`updated the scenario table in ${SCORING_DOC_PATH}`);
