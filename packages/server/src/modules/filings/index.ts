/**
 * Filing, submitting and approving (the demo seed), expiry (a job), and the filing changes a
 * sanction makes (supervision: suspension, termination, restoration when a suspension ends):
 * the filings module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { createFiling } from './create-filing.ts';
export { submitFiling } from './submit-filing.ts';
export { approveFiling } from './approve-filing.ts';
export { expireFilings } from './expire-filings.ts';
export { applySanctionToFiling, type SanctionOnFiling } from './apply-sanction.ts';
