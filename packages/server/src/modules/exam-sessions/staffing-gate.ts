import { and, count, eq } from 'drizzle-orm';
import type { StaffingVerdict } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { sessionStaff } from '../../platform/db/schema.ts';

/**
 * The staffing verdict a session must pass to start (逢考必督: every session has an internal
 * quality supervisor). This checks that one rule only; the full staffing rules (ratios, odd
 * panels, conflicts of interest) replace this body and keep the signature, which is all that
 * starting a session relies on.
 */
export async function checkStaffingForStart(ctx: ServiceContext, sessionId: string): Promise<StaffingVerdict> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(sessionStaff)
    .where(and(eq(sessionStaff.sessionId, sessionId), eq(sessionStaff.duty, 'internal_supervisor')));
  if (Number(row?.n ?? 0) > 0) return { ok: true, problems: [] };
  return {
    ok: false,
    problems: [
      {
        rule: 'internalSupervisor',
        message: { 'zh-CN': '本场次未安排内部质量督导员（逢考必督）', 'en-US': 'No internal quality supervisor is assigned to this session (every session is supervised)' },
      },
    ],
  };
}
