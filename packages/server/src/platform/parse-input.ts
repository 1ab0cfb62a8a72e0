import type { z } from 'zod';
import type { Locale } from '@jiping/domain';
import { AppError, type FieldError } from './errors.ts';
import { zodErrorMap } from './i18n/zod-locale.ts';

/**
 * Services parse their own input: jobs, seeds and the CLI call them without HTTP, and the same
 * bad input must get the same clear error there. Messages come in the caller's language.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, locale: Locale, where = 'body'): z.output<S> {
  const refused = controlCharacterErrors(input, where);
  if (refused.length) throw new AppError('VALIDATION', 'error.validation', {}, refused);
  const result = schema.safeParse(input, { error: zodErrorMap(locale) });
  if (!result.success) throw new AppError('VALIDATION', 'error.validation', {}, toFieldErrors(result.error, where));
  return result.data;
}

/**
 * Text never carries control characters: PostgreSQL refuses NUL in text and json (a 500 if it
 * got that far), and the others only hide content from whoever reads it later. Body text keeps
 * tab and line breaks (multi-line remarks); a path or query parameter is one line and keeps none.
 * Lone UTF-16 surrogates are refused too, as jsonb cannot store them.
 */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Checked before the schema, on every input, so no contract can forget it. */
function controlCharacterErrors(input: unknown, where: string): FieldError[] {
  const pattern = where === 'body' ? CONTROL_IN_TEXT : CONTROL_IN_LINE;
  const errors: FieldError[] = [];
  const visit = (value: unknown, path: string[]) => {
    if (errors.length >= 20) return;
    if (typeof value === 'string') {
      if (pattern.test(value)) errors.push({ field: path.join('.') || where, code: 'control_character', messageKey: 'error.controlCharacter' });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, String(index)]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (pattern.test(key)) errors.push({ field: [...path, key.replace(pattern, '?')].join('.'), code: 'control_character', messageKey: 'error.controlCharacter' });
        else visit(item, [...path, key]);
      }
    }
  };
  visit(input, []);
  return errors;
}

function toFieldErrors(error: z.ZodError, where: string): FieldError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...issue.path, key].join('.') || where, code: 'unrecognized_key', message: issue.message }));
    }
    return [{ field: issue.path.join('.') || where, code: issue.code, message: issue.message }];
  });
}
