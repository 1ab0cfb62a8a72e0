import type { z } from 'zod';
import type { Locale } from '@jiping/domain';
import { AppError, type FieldError } from './errors.ts';
import { zodErrorMap } from './i18n/zod-locale.ts';

/**
 * Services parse their own input: jobs, seeds and the CLI call them without HTTP, and the same
 * bad input must get the same clear error there. Messages come in the caller's language.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, locale: Locale, where = 'body'): z.output<S> {
  const result = schema.safeParse(input, { error: zodErrorMap(locale) });
  if (!result.success) throw new AppError('VALIDATION', 'error.validation', {}, toFieldErrors(result.error, where));
  return result.data;
}

function toFieldErrors(error: z.ZodError, where: string): FieldError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...issue.path, key].join('.') || where, code: 'unrecognized_key', message: issue.message }));
    }
    return [{ field: issue.path.join('.') || where, code: issue.code, message: issue.message }];
  });
}
