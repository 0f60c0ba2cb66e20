import { describe, expect, it } from 'vitest';
import { breakLongWord, wrapText } from './wrap-text.ts';

// One point per character: widths are easy to reason about.
const measure = (text: string) => Array.from(text).length;

describe('wrapText', () => {
  it('moves whole words to the next line', () => {
    expect(wrapText('the quick brown fox jumps', 10, measure)).toEqual(['the quick', 'brown fox', 'jumps']);
  });

  it('keeps the line breaks of the text, blank lines included', () => {
    expect(wrapText('one\n\ntwo three', 20, measure)).toEqual(['one', '', 'two three']);
  });

  it('breaks a word longer than a line without losing or adding a character', () => {
    const word = 'x'.repeat(25);
    const lines = wrapText(`a ${word} b`, 10, measure);
    expect(lines.every((line) => measure(line) <= 10)).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe(`a${word}b`);
  });

  it('breaks a long URL after a separator where it can', () => {
    const pieces = breakLongWord('https://example.org/some/long/path', 16, measure);
    expect(pieces[0]).toBe('https://example.');
    expect(pieces.join('')).toBe('https://example.org/some/long/path');
    expect(pieces.every((piece) => measure(piece) <= 16)).toBe(true);
  });

  it('never splits a character outside the Basic Multilingual Plane in two', () => {
    const pieces = breakLongWord('😀'.repeat(5), 2, measure);
    expect(pieces).toEqual(['😀😀', '😀😀', '😀']);
  });

  it('keeps the indentation at the start of a paragraph', () => {
    expect(wrapText('  indented text', 40, measure)).toEqual(['  indented text']);
  });
});
