import { canonicalJson, sha256 } from './canonical.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields an event's hash covers: all of them but the hash itself. */
export interface ChainedFields {
  seq: number;
  at: Date;
  actorType: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  detail: unknown;
  requestId: string | null;
  prevHash: string;
}

export function hashEvent(event: ChainedFields): string {
  return sha256(
    canonicalJson({
      seq: event.seq,
      at: event.at.toISOString(),
      actorType: event.actorType,
      actorId: event.actorId,
      actorName: event.actorName,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      beforeDigest: event.beforeDigest,
      afterDigest: event.afterDigest,
      detail: event.detail ?? {},
      requestId: event.requestId,
      prevHash: event.prevHash,
    }),
  );
}
