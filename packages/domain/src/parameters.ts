/**
 * Rule parameters with their defaults and sources (DOMAIN.md). Officials change them by adding a
 * value that takes effect on a date; the database holds those, these are what applies before any.
 */
export const PARAMETER_DEFAULTS = {
  'filing.validityYears': { value: 3, source: 'DOMAIN.md Filing: validity period default 3 years' },
  'filing.renewalWindowDays': { value: 90, source: 'Fujian 闽劳鉴〔2022〕26号: renewal within 90 days before expiry' },
  'filing.expiryReminderDays': { value: [90, 30, 7], source: 'reminders before expiry' },
} as const;

export type ParameterKey = keyof typeof PARAMETER_DEFAULTS;
export const PARAMETER_KEYS = Object.keys(PARAMETER_DEFAULTS) as ParameterKey[];
