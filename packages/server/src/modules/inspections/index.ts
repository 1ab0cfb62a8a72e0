/**
 * Inspections (督导检查): what other code uses of them — the facts rectification orders and
 * document requests authorise on, storing a file against an inspection (type and size checked),
 * the overdue publications for the workbench, and the routes:
 * the inspections module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { inspectionFacts, type InspectionFactsView } from './inspection-facts.ts';
export {
  storeInspectionFile,
  prepareInspectionFile,
  recordInspectionFile,
  sniffInspectionFile,
  INSPECTION_FILE_LIMITS,
  INSPECTION_FILE_MAX_BYTES,
  type InspectionFileOwner,
  type PreparedInspectionFile,
} from './inspection-files.ts';
export { readInspectionFile } from './read-file.ts';
export { overduePublications, type OverduePublication } from './overdue-publications.ts';
export { createInspection } from './create-inspection.ts';
export { startInspection } from './start-inspection.ts';
export { saveChecklist } from './save-checklist.ts';
export { addFinding } from './add-finding.ts';
export { saveConclusion } from './save-conclusion.ts';
export { submitInspection } from './submit-inspection.ts';
export { confirmInspection } from './confirm-inspection.ts';
export { publishInspection } from './publish-inspection.ts';
export { inspectionRoutes } from './routes.ts';
