/**
 * Random-inspection tasks and their publicly verifiable draw (双随机): the routes, and completing
 * the inspections of a draw cut off between its chunks (a job):
 * the inspection-draws module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { inspectionDrawRoutes } from './routes.ts';
export { completeDraw, completeInterruptedDraws } from './complete-draw.ts';
