/**
 * The catalogue in force, and an occupation's eligibility rule set:
 * the catalogue module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { activeCatalogue } from './active-catalogue.ts';
export { ruleSetFor, type OccupationRow } from './occupation-rule-set.ts';
