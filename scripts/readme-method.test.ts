import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README_PATH, readmeWithMethod } from './readme-method.ts';

describe('the README', () => {
  it('states the scoring method exactly as the engine describes it (run `npm run docs` after changing it)', async () => {
    const readme = readFileSync(README_PATH, 'utf8');
    expect(readme).toBe(await readmeWithMethod(readme));
  });
});
