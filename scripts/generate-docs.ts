/** `npm run docs`: regenerates the generated parts of the README. */
import { readFileSync, writeFileSync } from 'node:fs';
import { README_PATH, readmeWithMethod } from './readme-method.ts';

writeFileSync(README_PATH, await readmeWithMethod(readFileSync(README_PATH, 'utf8')));
console.log(`updated the scoring method in ${README_PATH}`);
