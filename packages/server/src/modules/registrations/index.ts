/**
 * Failing group imports whose process is gone (a job); applying and reviewing (the demo seed):
 * the registrations module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { failInterruptedImports } from './import/fail-interrupted-imports.ts';
export { applyToPlan } from './apply.ts';
export { reviewRegistration } from './review-registration.ts';
