import { describe, expect, it } from 'vitest';
import { clipText, noun, plural } from './wording.ts';

describe('plural', () => {
  it('words one, none and many, with irregular plurals', () => {
    expect(plural(1, 'question')).toBe('1 question');
    expect(plural(0, 'question')).toBe('0 questions');
    expect(plural(3, 'red flag')).toBe('3 red flags');
    expect(plural(2, 'person', 'people')).toBe('2 people');
    expect(noun(1, 'question')).toBe('question');
    expect(noun(5, 'question')).toBe('questions');
  });
});

describe('clipText', () => {
  it('keeps short text, and cuts long text at a whole character with an ellipsis', () => {
    expect(clipText('  Short  ', 10)).toBe('Short');
    expect(clipText('Accountability and harm', 10)).toBe('Accountab…');
    expect(clipText('ab😀😀😀', 4)).toBe('ab😀…');
    expect(Array.from(clipText('x'.repeat(500), 120))).toHaveLength(120);
  });
});
