/**
 * Filing, submitting and approving (the demo seed), and expiry (a job):
 * the filings module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { createFiling } from './create-filing.ts';
export { submitFiling } from './submit-filing.ts';
export { approveFiling } from './approve-filing.ts';
export { expireFilings } from './expire-filings.ts';
