import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';

/** What the resolver needs of a zod (or zod/mini) schema. */
interface SafeParser<Values> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: Values }
    | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; code: string }> } };
}

type Nested = { [key: string]: Nested | FieldError };

/**
 * Zod issues as react-hook-form errors: nested by path, the first issue of
 * each field kept (the order the schema reports them is the order to fix
 * them). An issue with no path belongs to the form as a whole (`root`).
 */
export function errorsFromIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; code: string }>): FieldErrors {
  const errors: Nested = {};
  for (const issue of issues) {
    const path = issue.path.length > 0 ? issue.path.map(String) : ['root'];
    let node: Nested | null = errors;
    for (const key of path.slice(0, -1)) {
      const next: Nested | FieldError = node[key] ?? {};
      // A field that already has its own error keeps it alone.
      if ('message' in next && typeof next.message === 'string') {
        node = null;
        break;
      }
      node[key] = next;
      node = next as Nested;
    }
    const last = path.at(-1) as string;
    if (node) node[last] ??= { type: issue.code, message: issue.message };
  }
  return errors as FieldErrors;
}

/**
 * The one bridge between react-hook-form and zod: checks the values with the
 * schema and returns its output, or its issues as field errors. A dozen
 * lines of our own instead of @hookform/resolvers, which the first screen
 * would otherwise download before the first question.
 */
export function zodResolver<Values extends FieldValues>(schema: SafeParser<Values>): Resolver<Values> {
  return (values) => {
    const result = schema.safeParse(values);
    return result.success
      ? { values: result.data, errors: {} }
      : { values: {}, errors: errorsFromIssues(result.error.issues) as FieldErrors<Values> };
  };
}
