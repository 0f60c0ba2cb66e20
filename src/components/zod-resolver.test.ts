import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { errorsFromIssues, zodResolver } from './zod-resolver.ts';

describe('errorsFromIssues', () => {
  it('nests errors by path and keeps the first issue of each field', () => {
    expect(
      errorsFromIssues([
        { path: ['q1', 'value'], message: 'Choose an answer', code: 'custom' },
        { path: ['q1', 'value'], message: 'A second complaint', code: 'custom' },
        { path: ['q1', 'notes'], message: 'Add evidence', code: 'custom' },
        { path: ['project'], message: 'Enter a name', code: 'too_small' },
        { path: [], message: 'The form as a whole', code: 'custom' },
      ]),
    ).toEqual({
      q1: { value: { type: 'custom', message: 'Choose an answer' }, notes: { type: 'custom', message: 'Add evidence' } },
      project: { type: 'too_small', message: 'Enter a name' },
      root: { type: 'custom', message: 'The form as a whole' },
    });
  });

  it('does not bury an error under a field that already has one', () => {
    expect(
      errorsFromIssues([
        { path: ['q1'], message: 'Answer it', code: 'custom' },
        { path: ['q1', 'value'], message: 'Deeper', code: 'custom' },
      ]),
    ).toEqual({ q1: { type: 'custom', message: 'Answer it' } });
  });
});

describe('zodResolver', () => {
  const schema = z.object({ project: z.string().check(z.minLength(1, 'Enter the project name')), count: z.number() });
  const resolve = (values: unknown) => zodResolver(schema)(values as never, undefined, { fields: {}, shouldUseNativeValidation: false });

  it('returns the parsed values when they are valid', async () => {
    expect(await resolve({ project: 'Street Lens', count: 2 })).toEqual({ values: { project: 'Street Lens', count: 2 }, errors: {} });
  });

  it('returns no values and an error per field when they are not', async () => {
    const result = await resolve({ project: '', count: 'two' });
    expect(result.values).toEqual({});
    expect(result.errors).toMatchObject({ project: { message: 'Enter the project name' }, count: { type: 'invalid_type' } });
  });
});
