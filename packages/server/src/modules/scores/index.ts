/**
 * What other modules use of scores: the earlier attempt a resit rests on (registrations), the
 * components a candidate still has to sit (seat assignment), and each registration's results.
 */
export { resitBases, componentResults, keptComponents, type ResitTarget } from './attempt-results.ts';
export { componentsStillNeeded } from './components-still-needed.ts';
