import type { StandardVersion, RuleSet } from './types.ts';
import { TEMPLATE_2018 } from './template-2018.ts';
import { TEMPLATE_2023 } from './template-2023.ts';

export { TEMPLATE_2018, TEMPLATE_2023 };

/**
 * The two generations of national standards as shipped defaults. Occupations point at one of
 * them; rule sets in force are data, so these are starting points an official edits, not law.
 */
export const RULE_SET_TEMPLATES: Readonly<Record<StandardVersion, RuleSet>> = {
  '2018': TEMPLATE_2018,
  '2023': TEMPLATE_2023,
};
