import type { Level } from '../levels.ts';
import type { LocalizedText, Path, RuleSet } from './types.ts';

export interface RuleSetOverrides {
  /** A rule set that differs from its template is stored under its own id, never the template's. */
  id: string;
  label?: LocalizedText;
  /** Replaces a level's paths as a whole; levels not named keep the template's. */
  levels?: Partial<Record<Level, readonly Path[]>>;
}

/**
 * The rule set of one occupation: its template, with individual levels replaced where the
 * occupation's own standard differs. The result is a copy; the template is never changed.
 */
export function occupationRuleSet(template: RuleSet, overrides?: RuleSetOverrides): RuleSet {
  const level = (value: Level) => overrides?.levels?.[value] ?? template.levels[value];
  return structuredClone({
    id: overrides?.id ?? template.id,
    standardVersion: template.standardVersion,
    label: overrides?.label ?? template.label,
    levels: { 5: level(5), 4: level(4), 3: level(3), 2: level(2), 1: level(1) },
  });
}
