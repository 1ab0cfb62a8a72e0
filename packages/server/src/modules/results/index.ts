/** What other modules use of results: the submission deadline (workbench) and the final-results job. */
export { firstSubmissionDue } from './deadlines.ts';
export { recordFinalResults } from './record-final-results.ts';
export { resultsRoutes } from './routes.ts';
