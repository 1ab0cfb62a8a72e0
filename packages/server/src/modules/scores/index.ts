/**
 * The scores module's entry, all that code outside the module may import of it (ARCHITECTURE.md,
 * "Module boundaries"): the earlier attempt a resit rests on (registrations), the components a
 * candidate keeps or still has to sit (seat assignment), each registration's result (results
 * publicity), its routes, the job that ends score imports a restart cut off, and entering and
 * signing off scores (the demo seeds).
 */
export { resitBases, keptComponents, registrationOutcomes, type ResitTarget } from './attempt-results.ts';
export { componentsStillNeeded } from './components-still-needed.ts';
export { failInterruptedScoreImports } from './import/fail-interrupted-score-imports.ts';
export { scoreRoutes } from './routes.ts';
export { enterScore } from './enter-score.ts';
export { signOffSession } from './sign-off-session.ts';
