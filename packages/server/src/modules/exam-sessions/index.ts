/** What other modules use of exam sessions: the staffing gate's signature, the kept-components hook and the record check; scheduling and the seat draw (the demo seed). */
export { componentsKept } from './kept-components.ts';
export { examSessionRoutes } from './routes.ts';
export { loadSession } from './session-facts.ts';
export { scheduleSession } from './schedule-session.ts';
export { assignSeats } from './assign-seats.ts';
