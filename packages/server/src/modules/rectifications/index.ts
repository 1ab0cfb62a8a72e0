/**
 * Rectification (整改) and sanctions (约谈 · 暂停 · 终止): the routes, the daily deadline check,
 * the counts other parts read of an institution (renewal and risk scoring), and the facts of an
 * inspection's follow-up that document requests share.
 */
export { rectificationRoutes } from './routes.ts';
export { runRectificationDeadlines } from './follow-up-deadlines.ts';
export { openRectificationCount, overdueRectificationCount } from './rectification-counts.ts';
export { loadInspectionFollowUp, followUpScopeWhere, assignedInspectorUserIds } from './follow-up-facts.ts';
export { followUpTimeline } from './rectification-view.ts';
