/** What other modules use of results: the submission deadline (workbench), the final-results job and publishing (the demo seeds). */
export { firstSubmissionDue } from './deadlines.ts';
export { recordFinalResults } from './record-final-results.ts';
export { resultsRoutes } from './routes.ts';
export { publishResults } from './publish-results.ts';
