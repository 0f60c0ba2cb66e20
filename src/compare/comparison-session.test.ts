import { describe, expect, it } from 'vitest';
import type { AnswerSet } from './answer-sets.ts';
import { answeredBy } from './compare.test-support.ts';
import { MAX_SESSION_CHARS, parseSession, serializeSession, sessionOf } from './comparison-session.ts';

const fromFile: AnswerSet = {
  key: 'f1',
  name: 'Ada',
  source: { kind: 'answers-file', fileName: 'ada.json' },
  assessment: answeredBy('Ada', { oversight: { value: 'planned' } }),
};
const fromStore: AnswerSet = {
  key: 's1',
  name: 'Team B',
  source: { kind: 'stored', assessmentId: 'a-9' },
  assessment: answeredBy('Ben', {}),
};

describe('the compare page session', () => {
  it('keeps files whole and saved assessments by id, and reads back what it wrote', () => {
    const session = sessionOf('test', [fromFile, fromStore]);
    expect(session.sets[1]).toEqual({ key: 's1', name: 'Team B', source: { kind: 'stored', assessmentId: 'a-9' } });
    const written = serializeSession(session);
    if (!written.ok) throw new Error(written.message);
    expect(parseSession(written.text)).toEqual(session);
  });

  it('forgets a session it cannot read rather than failing', () => {
    expect(parseSession(null)).toBeNull();
    expect(parseSession('{not json')).toBeNull();
    expect(parseSession(JSON.stringify({ version: 2, questionnaireId: 'test', sets: [] }))).toBeNull();
    expect(
      parseSession(
        JSON.stringify({
          version: 1,
          questionnaireId: 'test',
          sets: [{ key: 'x', name: 'X', source: { kind: 'report', fileName: 'r.pdf' } }],
        }),
      ),
    ).toBeNull();
  });

  it('refuses to keep a session that would crowd out saved assessments', () => {
    const big = { ...fromFile, assessment: answeredBy('Ada', { summary: { value: 'x'.repeat(40_000) } }) };
    const sets = Array.from({ length: Math.ceil(MAX_SESSION_CHARS / 40_000) + 1 }, (_, index) => ({ ...big, key: `k${index}` }));
    expect(serializeSession(sessionOf('test', sets)).ok).toBe(false);
  });
});
