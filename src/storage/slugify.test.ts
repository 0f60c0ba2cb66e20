import { describe, expect, it } from 'vitest';
import { slugify } from './slugify.ts';

describe('slugify', () => {
  it('lowercases, drops accents and joins words with hyphens', () => {
    expect(slugify('Café Zoë’s  App!')).toBe('cafe-zoes-app');
    expect(slugify('  --Street_Lens 2.0-- ')).toBe('street-lens-2-0');
    expect(slugify('Ｆｕｌｌｗｉｄｔｈ')).toBe('fullwidth');
  });

  it('transliterates letters that have no accent to drop, and Greek and Cyrillic', () => {
    expect(slugify('Łukasz Zoë Ωmega Привет')).toBe('lukasz-zoe-omega-privet');
    expect(slugify('Straße Øresund Æsir')).toBe('strasse-oresund-aesir');
  });

  it('keeps at most 60 characters and never ends on a hyphen', () => {
    const slug = slugify(`${'a'.repeat(59)} b`);
    expect(slug).toBe('a'.repeat(59));
    expect(slugify('word '.repeat(30)).length).toBeLessThanOrEqual(60);
  });

  it('falls back when nothing usable is left', () => {
    expect(slugify('')).toBe('assessment');
    expect(slugify('日本語')).toBe('assessment');
    expect(slugify('???', 'questionnaire')).toBe('questionnaire');
  });
});
