import { z } from 'zod';
import type { Locale } from '@jiping/domain';

const maps = {
  'zh-CN': z.locales.zhCN().localeError,
  'en-US': z.locales.en().localeError,
} satisfies Record<Locale, unknown>;

/** Validation messages in the request's language, chosen per parse (not a process-wide setting). */
export function zodErrorMap(locale: Locale) {
  return maps[locale];
}
