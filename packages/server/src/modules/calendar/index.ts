/**
 * Working days as the State Council and the city set them:
 * the calendar module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { workCalendar } from './calendar.ts';
