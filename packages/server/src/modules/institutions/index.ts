/**
 * The facts about an institution that policies decide on:
 * the institutions module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { loadInstitutionFacts, loadInstitutionPolicyFacts, type InstitutionFacts } from './institution-facts.ts';
