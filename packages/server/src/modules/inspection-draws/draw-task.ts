import { and, eq, sql } from 'drizzle-orm';
import { actorUserId, commitmentOf, inspectionTaskPolicy, normalizeRandomValue, runDraw, type Decision, type DrawEntropy, type DrawProblem, type DrawRecord } from '@jiping/domain';
import { DrawBody, type InspectionTaskDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { inspectionDraws, inspectionTasks } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, validation, type FieldError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { departmentOfTask, loadTask, type TaskRow } from './queries.ts';
import { openDrawSecret } from './secret.ts';
import { completeDraw } from './complete-draw.ts';
import { itemOfTask, taskDetail } from './task-view.ts';

/** A refusal of the domain's draw in the reader's words (422: nothing was written). */
function drawRefusal(problem: DrawProblem): AppError {
  switch (problem.code) {
    case 'tooFewInspectors':
      return new AppError('UNPROCESSABLE', 'inspectionDraw.tooFewInspectors', { party: problem.party, eligible: String(problem.eligible), required: String(problem.required) });
    case 'badValue':
      return new AppError('UNPROCESSABLE', 'inspectionDraw.badValue', { value: problem.source });
    case 'tooManyPicks':
      return new AppError('UNPROCESSABLE', 'inspectionDraw.tooManyPicks', { stage: String(problem.stage) });
    case 'duplicateCode':
      return new AppError('UNPROCESSABLE', 'inspectionDraw.duplicateCode', { value: problem.value });
    case 'tooFewInspectorsPerTarget':
      return new AppError('UNPROCESSABLE', 'inspectionDraw.tooFewInspectorsPerTarget', { required: String(problem.required) });
    default:
      return new AppError('UNPROCESSABLE', `inspectionDraw.${problem.code}`);
  }
}

/** The policy's answer, except that a drawn task is said to be drawn: a second draw is the likely mistake, and it deserves its own words. */
function assertDrawable(decision: Decision, task: TaskRow) {
  if (!decision.allowed && decision.status === 409 && task.status === 'drawn') throw new AppError('CONFLICT', 'inspectionDraw.alreadyDrawn', { number: task.number });
  assertAllowed(decision);
}

/** The witnesses' and the public source's values as typed, checked against what was named in advance and normalised. */
function entropyOf(task: TaskRow, body: z.output<typeof DrawBody>): DrawEntropy {
  const problems: FieldError[] = [];
  if (body.witnesses.length !== task.witnesses.length || body.witnesses.some((w, i) => w.name !== task.witnesses[i])) {
    problems.push({ field: 'witnesses', code: 'not_named', messageKey: 'inspectionDraw.witnessesAsNamed', params: { names: task.witnesses.join('、') } });
  }
  const witnesses = body.witnesses.map((w, i) => ({
    name: w.name,
    values: w.values.map((value, j) => {
      const normalized = normalizeRandomValue(value);
      if (normalized === null) problems.push({ field: `witnesses.${i}.values.${j}`, code: 'bad_value', messageKey: 'inspectionDraw.badWitnessValue', params: { name: w.name, value } });
      return normalized ?? value;
    }),
  }));
  let publicSource: DrawEntropy['publicSource'] = null;
  if (task.publicSource) {
    const normalized = body.publicSourceValue === null ? null : normalizeRandomValue(body.publicSourceValue);
    if (normalized === null) problems.push({ field: 'publicSourceValue', code: 'bad_value', messageKey: 'inspectionDraw.publicSourceValue', params: { source: task.publicSource } });
    publicSource = { description: task.publicSource, value: normalized ?? '' };
  } else if (body.publicSourceValue !== null) {
    problems.push({ field: 'publicSourceValue', code: 'not_named', messageKey: 'inspectionDraw.noPublicSource' });
  }
  if (problems.length) throw validation(problems);
  return { witnesses, publicSource };
}

/**
 * The draw (抽取). The witnesses' values are entered; the secret is revealed and must hash to the
 * published commitment (otherwise the draw is refused and nothing is redone: a secret that does
 * not match is an incident to investigate, not a reason to draw again); the domain's `runDraw`
 * picks the targets and their inspectors. One short transaction writes the record (one per task:
 * the task row is locked and must still be published, and a unique index backs it) and moves the
 * task to drawn; the inspections follow in chunks (`completeDraw`), each chunk its own
 * transaction, resumable if the process stops between them.
 */
export async function drawTask({ ctx, keyring, id, input }: { ctx: ServiceContext; keyring: Keyring; id: string; input: z.input<typeof DrawBody> }): Promise<InspectionTaskDetail> {
  const body = parseInput(DrawBody, input, ctx.locale);
  const task = await loadTask(ctx, id);
  const department = departmentOfTask(task);
  assertDrawable(inspectionTaskPolicy(ctx.actor, 'draw', { status: task.status, department }), task);
  const entropy = entropyOf(task, body);
  const secret = task.secretSealed ? openDrawSecret(keyring, id, task.secretSealed) : null;
  if (secret === null || commitmentOf(secret) !== task.commitment) throw new AppError('CONFLICT', 'inspectionDraw.commitmentMismatch', { number: task.number });
  const candidates = task.candidates!;
  const rules = { ratios: task.ratios, inspectorsPerTarget: task.inspectorsPerTarget, excludeLocalDistrict: task.excludeLocalDistrict };
  const outcome = runDraw(candidates, rules, secret, entropy);
  if (!outcome.ok) throw drawRefusal(outcome.problem);
  const item = await itemOfTask(ctx, task);
  const drawnAt = ctx.now();
  const record: DrawRecord = {
    format: 'jiping-draw/1',
    task: { number: task.number, title: task.title, department, item: `${item.code} ${item.name}`, scope: { ...task.scope }, committedAt: task.committedAt!.toISOString() },
    rules,
    candidates,
    candidatesDigest: task.candidatesDigest!,
    commitment: task.commitment!,
    secret,
    entropy,
    keyString: outcome.keyString,
    drawnAt: drawnAt.toISOString(),
    picks: outcome.picks,
  };
  await withTransaction(ctx, async (tx) => {
    const locked = await loadTask(tx, id, { lock: true });
    // A concurrent draw that got the lock first has moved the task on: this one is the second.
    assertDrawable(inspectionTaskPolicy(tx.actor, 'draw', { status: locked.status, department }), locked);
    if (locked.version !== body.version) throw new AppError('STALE_VERSION', 'error.staleVersion');
    const [written] = await tx.db
      .insert(inspectionDraws)
      .values({ taskId: id, record, drawnAt, drawnBy: actorUserId(tx.actor), createdAt: tx.now() })
      .onConflictDoNothing()
      .returning({ id: inspectionDraws.id });
    if (!written) throw new AppError('CONFLICT', 'inspectionDraw.alreadyDrawn', { number: task.number });
    await tx.db
      .update(inspectionTasks)
      .set({ status: 'drawn', version: sql`${inspectionTasks.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(inspectionTasks.id, id)));
    await appendAudit(tx, {
      action: 'inspection_task.drawn',
      entityType: 'inspection_task',
      entityId: id,
      after: { drawId: written.id, keyString: outcome.keyString, picks: outcome.picks },
      detail: {
        number: task.number,
        witnesses: entropy.witnesses,
        publicSource: entropy.publicSource,
        drawnAt: record.drawnAt,
        targets: outcome.picks.length,
      },
    });
  });
  await completeDraw(ctx, id);
  return taskDetail(ctx, id);
}
