import { useForm, type FieldValues, type UseFormProps } from 'react-hook-form';
import type { z } from 'zod';
import { zodResolver } from './zod-resolver.ts';

/**
 * The one place that pairs react-hook-form with zod. Validation runs on
 * submit, then again on each change so a corrected field clears its error.
 */
export function useZodForm<Values extends FieldValues>(
  schema: z.ZodType<Values, Values>,
  options: Omit<UseFormProps<Values>, 'resolver'> = {},
) {
  return useForm<Values>({
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
    ...options,
    resolver: zodResolver(schema),
  });
}
