/**
 * What other modules use of scores: the earlier attempt a resit rests on (registrations), the
 * components a candidate keeps or still has to sit (seat assignment), and each registration's
 * result (results publicity).
 */
export { resitBases, keptComponents, registrationOutcomes, type ResitTarget } from './attempt-results.ts';
export { componentsStillNeeded } from './components-still-needed.ts';
