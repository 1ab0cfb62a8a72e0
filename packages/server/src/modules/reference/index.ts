/**
 * The occupations listed in the reference data:
 * the reference module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { listOccupations } from './queries.ts';
