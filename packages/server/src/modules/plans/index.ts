/**
 * The actions a plan allows its reader; creating and moving a plan (the demo seed):
 * the plans module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { withActions } from './queries.ts';
export { createPlan } from './create-plan.ts';
export { transitionPlan } from './transition-plan.ts';
