import type { NationalExportStatus } from '../national-export.ts';
import { hasRole, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, wrongState, type Decision } from './decision.ts';

export const NATIONAL_EXPORT_ACTIONS = ['download', 'acknowledge', 'reject'] as const;
export type NationalExportAction = (typeof NATIONAL_EXPORT_ACTIONS)[number];
export type NationalExportOperation = 'read' | 'prepare' | NationalExportAction;

/** The states in which each action on a batch is possible (who may act is checked first). */
const STATES: Record<NationalExportAction, readonly NationalExportStatus[]> = {
  // Any attempt may be downloaded again: a rejected one too, to compare it with its retry.
  download: ['prepared', 'exported', 'acknowledged', 'rejected'],
  acknowledge: ['exported'],
  reject: ['exported'],
};

/**
 * The national export is the city's: the municipal administrator reads the batches, prepares,
 * downloads (full ID numbers, audited) and records the national system's answer. Districts do not
 * read batches: a batch spans every district and carries full ID numbers; an institution learns
 * what it must know (its events not yet acknowledged) where it applies for renewal.
 */
export function nationalExportPolicy(actor: Actor, operation: NationalExportOperation, batch?: { status: NationalExportStatus }): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  if (!hasRole(actor, 'municipal_admin')) return deny('policy.nationalExport.cityOnly');
  if (operation === 'read' || operation === 'prepare' || !batch) return ALLOW;
  return STATES[operation].includes(batch.status) ? ALLOW : wrongState('policy.nationalExport.wrongStatus', { exportStatus: batch.status });
}

/** Actions the actor may take on a batch now (the page's buttons). */
export function allowedNationalExportActions(actor: Actor, batch: { status: NationalExportStatus }): NationalExportAction[] {
  return NATIONAL_EXPORT_ACTIONS.filter((action) => nationalExportPolicy(actor, action, batch).allowed);
}
