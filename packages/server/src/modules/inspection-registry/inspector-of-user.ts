import { eq } from 'drizzle-orm';
import { hasRole } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectors } from '../../platform/db/schema.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { inspectorDetail, type InspectorRow } from './queries.ts';

/** The registry entry of the inspector who signs in as this account, or null when no entry names it. */
export async function inspectorOfUser(ctx: ServiceContext, userId: string): Promise<InspectorRow | null> {
  const [row] = await ctx.db.select().from(inspectors).where(eq(inspectors.userId, userId));
  return row ?? null;
}

/** A signed-in inspector's own record, with the conflicts they declared (and may declare). */
export async function getMyInspectorRecord({ ctx }: { ctx: ServiceContext }) {
  if (ctx.actor.kind !== 'user' || !hasRole(ctx.actor, 'inspector')) throw new AppError('FORBIDDEN', 'policy.inspectionRegistry.inspectorsOnly');
  const row = await inspectorOfUser(ctx, ctx.actor.userId);
  if (!row) throw notFound('inspectorRecord');
  return inspectorDetail(ctx, row.id);
}
