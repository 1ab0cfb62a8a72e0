/** What other modules use of exam sessions: the staffing gate's signature, the kept-components hook and the record check. */
export { componentsKept } from './kept-components.ts';
export { examSessionRoutes } from './routes.ts';
export { loadSession } from './session-facts.ts';
