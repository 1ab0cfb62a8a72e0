/**
 * The supervision registries (检查名录库): what other modules use of them — the registry entry of
 * a signed-in inspector, an inspectable item with its checklist, and the party and scope rules a
 * draw's candidate lists share with the registry page:
 * the inspection-registry module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { inspectorOfUser } from './inspector-of-user.ts';
export { inspectionItemById } from './inspection-item-by-id.ts';
export { filingInForce, partyScope, type InspectionItemRow, type InspectorRow, type RiskClassRow } from './queries.ts';
export { createInspectionItem } from './create-inspection-item.ts';
export { createInspector } from './create-inspector.ts';
export { declareInspectorConflict } from './declare-conflict.ts';
export { setRiskClass } from './set-risk-class.ts';
export { inspectionRegistryRoutes } from './routes.ts';
