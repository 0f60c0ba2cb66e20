import { describe, expect, it } from 'vitest';
import { readJson } from './read-json.ts';

describe('readJson', () => {
  it('parses JSON, ignoring a byte-order mark', () => {
    expect(readJson('\uFEFF{"a": [1]}')).toEqual({ ok: true, data: { a: [1] } });
  });

  it('finds the line from the position Chrome and Node give', () => {
    expect(readJson('{\n  "a": 1,\n}')).toEqual({ ok: false, message: 'not valid JSON (line 3)', line: 3 });
  });

  it('puts a cut-off file on its last line', () => {
    expect(readJson('{\n"a":')).toEqual({ ok: false, message: 'not valid JSON (line 2)', line: 2 });
  });

  it('omits the line when the error does not give one', () => {
    expect(readJson('nonsense')).toEqual({ ok: false, message: 'not valid JSON' });
  });
});
