import { describe, expect, it } from 'vitest';
import { parseAnswersFile, serializeAnswersFile, type AnswersFile } from './answers-file.ts';
import { planImport } from './plan-import.ts';
import { sampleAssessment } from './fixtures.test-support.ts';

function fileFor(id: string): AnswersFile {
  const parsed = parseAnswersFile(serializeAnswersFile(sampleAssessment({ id }), new Date('2026-11-26T00:00:00Z')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.file;
}

describe('planImport', () => {
  it('keeps the file id when it is free', () => {
    const plan = planImport(fileFor('a-1'), new Set(['other']), () => 'unused');
    expect(plan).toEqual({ assessment: fileFor('a-1').assessment, renamedFromExisting: false, originalId: 'a-1' });
  });

  it('imports as a copy with a new id when the id is already here', () => {
    const plan = planImport(fileFor('a-1'), new Set(['a-1']), () => 'fresh');
    expect(plan.renamedFromExisting).toBe(true);
    expect(plan.originalId).toBe('a-1');
    expect(plan.assessment).toEqual({
      ...fileFor('a-1').assessment,
      id: 'fresh',
      lastLocation: '#/assessments/fresh/sections/basics',
    });
  });

  it('keeps only a remembered location inside the imported assessment itself', () => {
    const file = (lastLocation: string) => ({ ...fileFor('a-1'), assessment: { ...fileFor('a-1').assessment, lastLocation } });
    const location = (lastLocation: string) => planImport(file(lastLocation), new Set(), () => 'unused').assessment.lastLocation;
    expect(location('#/assessments/a-1/check')).toBe('#/assessments/a-1/check');
    expect(location('https://evil.example/')).toBe('');
    expect(location('//evil.example/#/assessments/a-1')).toBe('');
    expect(location('#/assessments/someone-else/check')).toBe('');
  });

  it('never overwrites, even when the id generator keeps returning taken ids', () => {
    const existing = new Set(['a-1', 'a-2', 'a-1-2']);
    const taken = ['a-1', 'a-2'];
    let call = 0;
    const plan = planImport(fileFor('a-1'), existing, () => taken[call++ % taken.length] ?? '');
    expect(existing.has(plan.assessment.id)).toBe(false);
    expect(plan.assessment.id).toBe('a-1-3');
  });

  it('skips taken ids the generator offers first', () => {
    const ids = ['a-1', 'b-2'];
    const plan = planImport(fileFor('a-1'), new Set(['a-1']), () => ids.shift() ?? 'never');
    expect(plan.assessment.id).toBe('b-2');
  });
});
