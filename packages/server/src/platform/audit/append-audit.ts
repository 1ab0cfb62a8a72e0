import { desc, sql } from 'drizzle-orm';
import type { Actor } from '@jiping/domain';
import type { ServiceContext } from '../context.ts';
import { auditEvents } from '../db/schema.ts';
import { digest } from './canonical.ts';
import { GENESIS_HASH, hashEvent } from './chain.ts';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  /** Small, non-sensitive facts worth reading later (a reason, a changed field list). */
  detail?: Record<string, unknown>;
}

/** Arbitrary constant naming the audit chain's advisory lock. */
const AUDIT_CHAIN_LOCK = 72_011_024;

/**
 * Appends one event to the hash chain, inside the caller's transaction: the state change and its
 * audit row commit together or not at all. The advisory lock serialises appenders, so two
 * concurrent transactions can never link to the same predecessor.
 */
export async function appendAudit(ctx: ServiceContext, input: AuditInput): Promise<void> {
  if (!ctx.inTransaction) throw new Error('appendAudit must run inside withTransaction');
  await ctx.db.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await ctx.db.select({ seq: auditEvents.seq, hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
  const actor = describeActor(ctx.actor);
  const event = {
    seq: (last?.seq ?? 0) + 1,
    at: ctx.now(),
    ...actor,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    beforeDigest: digest(input.before),
    afterDigest: digest(input.after),
    detail: input.detail ?? {},
    requestId: ctx.requestId,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await ctx.db.insert(auditEvents).values({ ...event, hash: hashEvent(event) });
}

function describeActor(actor: Actor): { actorType: string; actorId: string | null; actorName: string } {
  switch (actor.kind) {
    case 'user':
      return { actorType: 'user', actorId: actor.userId, actorName: actor.username };
    case 'system':
      return { actorType: 'system', actorId: null, actorName: actor.job };
    case 'anonymous':
      return { actorType: 'anonymous', actorId: null, actorName: 'anonymous' };
  }
}
