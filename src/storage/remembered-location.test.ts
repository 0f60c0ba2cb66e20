import { describe, expect, it } from 'vitest';
import { rememberedLocation } from './remembered-location.ts';

describe('rememberedLocation', () => {
  it('keeps a place in the assessment itself', () => {
    expect(rememberedLocation('#/assessments/a-1/sections/basics/pages/2', 'a-1')).toBe('#/assessments/a-1/sections/basics/pages/2');
    expect(rememberedLocation('#/assessments/a-1/check', 'a-1')).toBe('#/assessments/a-1/check');
  });

  it('rebuilds the place for a copy, so the copy never opens its original', () => {
    expect(rememberedLocation('#/assessments/a-1/sections/basics', 'a-1', 'a-2')).toBe('#/assessments/a-2/sections/basics');
    expect(rememberedLocation('#/assessments/a-1', 'a-1', 'copy one')).toBe('#/assessments/copy%20one');
  });

  it('drops a place in another assessment', () => {
    expect(rememberedLocation('#/assessments/other/sections/basics', 'a-1')).toBe('');
  });

  it('drops links to other sites and anything that is not an assessment route', () => {
    for (const location of [
      'https://evil.example/#/assessments/a-1',
      '//evil.example/assessments/a-1',
      'javascript:alert(1)',
      '#/',
      '#/open-report',
      '#/start/quick-check',
      '#/assessments/a-1/sections',
      '',
    ]) {
      expect(rememberedLocation(location, 'a-1'), location).toBe('');
    }
  });
});
