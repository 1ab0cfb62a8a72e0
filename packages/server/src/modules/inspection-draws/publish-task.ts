import { and, eq, sql } from 'drizzle-orm';
import { actorUserId, candidatesDigest, commitmentOf, inspectionTaskPolicy, shanghaiDate, type DrawCandidates } from '@jiping/domain';
import { PublishInspectionTaskBody, type InspectionTaskDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { inspectionTasks } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { departmentOfTask, inspectorCandidates, loadTask, partyCandidates } from './queries.ts';
import { drawSecret, sealDrawSecret } from './secret.ts';
import { taskDetail } from './task-view.ts';

/**
 * Publishing (公示承诺): the ordered candidate lists are frozen into the task — the parties in
 * scope with a filing in force today, the pool of registry inspectors with their declared
 * conflicts — with their digest, and a fresh secret is sealed and committed to by its SHA-256.
 * From then on the scope, ratios, pool and witnesses cannot change, and the public page shows the
 * commitment. The lists are read with two set-based statements before the (short) writing
 * transaction, which re-checks the version, so 100 000 parties never hold the database.
 */
export async function publishTask({ ctx, keyring, id, input }: { ctx: ServiceContext; keyring: Keyring; id: string; input: z.input<typeof PublishInspectionTaskBody> }): Promise<InspectionTaskDetail> {
  const { version } = parseInput(PublishInspectionTaskBody, input, ctx.locale);
  const task = await loadTask(ctx, id);
  assertAllowed(inspectionTaskPolicy(ctx.actor, 'publish', { status: task.status, department: departmentOfTask(task) }));
  if (task.version !== version) throw staleVersion();
  const parties = await partyCandidates(ctx.db, task.scope, shanghaiDate(ctx.now()));
  if (!parties.length) throw new AppError('UNPROCESSABLE', 'inspectionTask.noParties');
  const pool = await inspectorCandidates(ctx.db, task.pool, new Set(parties.map((p) => p.code)));
  if (!pool.length) throw new AppError('UNPROCESSABLE', 'inspectionTask.emptyPool');
  if (pool.length < task.inspectorsPerTarget) throw new AppError('UNPROCESSABLE', 'inspectionTask.poolTooSmall', { eligible: String(pool.length), required: String(task.inspectorsPerTarget) });
  const candidates: DrawCandidates = { parties, inspectors: pool };
  const digest = candidatesDigest(candidates);
  const secret = drawSecret();
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .update(inspectionTasks)
      .set({
        status: 'committed',
        candidates,
        candidatesDigest: digest,
        commitment: commitmentOf(secret),
        secretSealed: sealDrawSecret(keyring, id, secret),
        committedAt: tx.now(),
        committedBy: actorUserId(tx.actor),
        version: sql`${inspectionTasks.version} + 1`,
        updatedAt: tx.now(),
      })
      .where(and(eq(inspectionTasks.id, id), eq(inspectionTasks.version, version), eq(inspectionTasks.status, 'draft')))
      .returning({ id: inspectionTasks.id, number: inspectionTasks.number, commitment: inspectionTasks.commitment, status: inspectionTasks.status, version: inspectionTasks.version });
    if (!row) throw staleVersion();
    await appendAudit(tx, {
      action: 'inspection_task.committed',
      entityType: 'inspection_task',
      entityId: id,
      before: { ...task, candidates: null },
      after: row,
      detail: { number: task.number, candidatesDigest: digest, commitment: row.commitment, parties: parties.length, inspectors: pool.length },
    });
    return taskDetail(tx, id);
  });
}
