/**
 * National export of certificate data (全国联网上报): what other modules use of it — whether an
 * institution's certificate changes reached the national system (filing renewal), what is overdue
 * (workbench) and the daily job:
 * the national-export module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { unexportedCertificateCount } from './unexported-count.ts';
export { overdueExports, type OverdueExport } from './overdue-tasks.ts';
export { runDailyExport } from './run-daily-export.ts';
export { nationalExportRoutes } from './routes.ts';
