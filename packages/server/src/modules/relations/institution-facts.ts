// Institution facts belong to the institutions module; relations reads them from there.
export { loadInstitutionFacts, type InstitutionFacts } from '../institutions/institution-facts.ts';
