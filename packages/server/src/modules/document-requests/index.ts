/** Document requests (调取资料): the routes and the daily overdue check. */
export { documentRequestRoutes } from './routes.ts';
export { flagOverdueDocumentRequests } from './flag-overdue-requests.ts';
