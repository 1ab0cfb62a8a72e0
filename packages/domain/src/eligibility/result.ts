import type { IsoDate } from '../dates.ts';
import type { Level } from '../levels.ts';
import type { LocalizedText, PredicateKind, StandardVersion } from './types.ts';

/** The numbers and dates a predicate was judged on; plain JSON so the result can be stored. */
export type PredicateFacts = Record<string, string | number | null>;

export interface PredicateResult {
  kind: PredicateKind;
  passed: boolean;
  explanation: LocalizedText;
  facts: PredicateFacts;
}

export interface PathResult {
  id: string;
  label: LocalizedText;
  passed: boolean;
  predicates: PredicateResult[];
}

/** Kept with the registration: it records which rules were applied on which date, and why. */
export interface EligibilityResult {
  eligible: boolean;
  level: Level;
  ruleSetId: string;
  standardVersion: StandardVersion;
  evaluatedOn: IsoDate;
  paths: PathResult[];
}
