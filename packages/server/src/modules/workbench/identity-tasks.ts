import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import { identityClaims } from '../../platform/db/schema.ts';
import { claimScope } from '../identity/index.ts';
import { NO_DETAILS, toResult, totalColumn, WORKBENCH_ITEMS, type TaskResult } from './task-rows.ts';

/** Identity claims waiting for confirmation in person that this actor may confirm, oldest first. */
export async function claimsToConfirm(ctx: ServiceContext): Promise<TaskResult> {
  const rows = await ctx.db
    .select({ ...NO_DETAILS, id: identityClaims.id, subject: identityClaims.claimedName, status: identityClaims.status, since: identityClaims.createdAt, total: totalColumn })
    .from(identityClaims)
    .where(and(eq(identityClaims.status, 'pending_in_person'), claimScope(ctx)))
    .orderBy(asc(identityClaims.createdAt), asc(identityClaims.id))
    .limit(WORKBENCH_ITEMS);
  return toResult(rows);
}

/**
 * A candidate account not yet linked to a person sees no data and cannot apply: its one task is
 * to verify its identity, wherever its claim stands (none yet, a code sent, waiting at a counter).
 */
export async function ownIdentityTask(ctx: ServiceContext, userId: string): Promise<TaskResult> {
  const [claim] = await ctx.db
    .select({ id: identityClaims.id, status: identityClaims.status, claimedName: identityClaims.claimedName, createdAt: identityClaims.createdAt })
    .from(identityClaims)
    .where(and(eq(identityClaims.userId, userId), inArray(identityClaims.status, ['code_sent', 'pending_in_person'])))
    .orderBy(desc(identityClaims.createdAt))
    .limit(1);
  const row = {
    id: claim?.id ?? userId,
    subject: claim?.claimedName ?? '',
    institutionName: null,
    occupationCode: null,
    occupationName: null,
    workType: null,
    level: null,
    filingKind: null,
    status: claim?.status ?? 'none',
    examStart: null,
    planId: null,
    dueOn: null,
    since: claim?.createdAt ?? ctx.now(),
    total: 1,
  };
  return { count: 1, rows: [row] };
}
