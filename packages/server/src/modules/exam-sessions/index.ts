/** What other modules use of exam sessions: the staffing gate's signature, the kept-components hook and the record check; scheduling, the seat draw and running a sitting (the demo seeds). */
export { componentsKept } from './kept-components.ts';
export { examSessionRoutes } from './routes.ts';
export { loadSession } from './session-facts.ts';
export { scheduleSession } from './schedule-session.ts';
export { assignSeats } from './assign-seats.ts';
export { startSession } from './start-session.ts';
export { checkInCandidate } from './check-in.ts';
export { writeSessionRecord } from './write-record.ts';
export { endSession } from './end-session.ts';
