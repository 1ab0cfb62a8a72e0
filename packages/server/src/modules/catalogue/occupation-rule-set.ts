import { occupationRuleSet, RULE_SET_TEMPLATES, type RuleSet, type RuleSetOverrides, type StandardVersion } from '@jiping/domain';
import type { occupations } from '../../platform/db/schema.ts';

export type OccupationRow = typeof occupations.$inferSelect;

/** The occupation's rules: its standard generation's template with its own per-level overrides. */
export function ruleSetFor(occupation: OccupationRow): RuleSet {
  const template = RULE_SET_TEMPLATES[(occupation.standardVersion as StandardVersion) ?? '2018'] ?? RULE_SET_TEMPLATES['2018'];
  const overrides = occupation.ruleSetOverrides as RuleSetOverrides | null;
  return overrides ? occupationRuleSet(template, overrides) : template;
}
