import type { z } from 'zod';
import type { Locale } from '@jiping/domain';
import { AppError } from './errors.ts';
import { zodErrorMap } from './i18n/zod-locale.ts';
import { toFieldErrors } from './http/route.ts';

/**
 * Services parse their own input: jobs, seeds and the CLI call them without HTTP, and the same
 * bad input must get the same clear error there.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): z.output<S> {
  const result = schema.safeParse(input, { error: zodErrorMap(locale) });
  if (!result.success) throw new AppError('VALIDATION', 'error.validation', {}, toFieldErrors(result.error, 'body'));
  return result.data;
}
