import { and, eq, inArray, sql } from 'drizzle-orm';
import { canIssueCertificates, shanghaiDate } from '@jiping/domain';
import { IssueCertificatesBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { certificateBatches, certificates } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { finalPublication, issuingFiling, loadPlan, resultLines, type IssuingFiling, type PlanRow, type ResultLine } from './issuance-facts.ts';
import { writeCertificates, type AfterCertificateChunk } from './write-certificates.ts';

/**
 * Certificates per short transaction: each chunk is numbered and written in its own transaction,
 * so the embedded database (one connection) serves other users between chunks.
 */
export const CERTIFICATE_CHUNK = 250;

export interface IssueOptions {
  /** Runs after each chunk commits, with the ids of its certificates (credential sealing). */
  afterChunk?: AfterCertificateChunk;
  /** Certificates per transaction (default `CERTIFICATE_CHUNK`). */
  chunkSize?: number;
}

export type CertificateBatch = typeof certificateBatches.$inferSelect;

/**
 * Issues the certificates of a plan whose results are final (谁评价、谁发证): for every passed
 * candidate not yet certified, or for the chosen applications. Everything is checked before
 * anything is written: the results final, each chosen result passed and not already certified,
 * the institution's filing in force today with its bureau number segments, and the plan's
 * occupation, 工种 and level in the filed scope. Then a batch row records what was asked, and
 * the certificates are written chunk by chunk (`CERTIFICATE_CHUNK`), each chunk numbered in its
 * own transaction; `issued` counts what has committed, so an interrupted batch is resumed
 * (`resumeCertificateBatch`) without renumbering what it already issued.
 */
export async function issueCertificates({
  ctx,
  planId,
  input,
  afterChunk,
  chunkSize = CERTIFICATE_CHUNK,
}: { ctx: ServiceContext; planId: string; input: z.input<typeof IssueCertificatesBody> } & IssueOptions): Promise<CertificateBatch> {
  const body = parseInput(IssueCertificatesBody, input, ctx.locale);
  const plan = await loadPlan(ctx, planId);
  assertAllowed(canIssueCertificates(ctx.actor, plan.institutionId));
  const publication = await finalPublication(ctx, planId);
  if (!publication) throw new AppError('CONFLICT', 'certificate.resultsNotFinal');
  await issuingFiling(ctx, plan.institutionId, plan);
  const chosen = body.registrationIds ? [...new Set(body.registrationIds)] : undefined;
  const lines = await resultLines(ctx, publication.id, chosen);
  if (chosen) refuseChosen(chosen, lines);
  const targets = lines.filter((line) => line.outcome === 'passed' && !line.certificate).map((line) => line.registrationId);
  if (!targets.length) throw new AppError('CONFLICT', 'certificate.nothingToIssue');
  const batch = await withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(certificateBatches)
      .values({
        institutionId: plan.institutionId,
        districtCode: plan.districtCode,
        planId,
        issueDate: shanghaiDate(tx.now()),
        requested: targets.length,
        issuedBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    await appendAudit(tx, {
      action: 'certificate.batch.started',
      entityType: 'certificate_batch',
      entityId: row!.id,
      after: row,
      detail: { planId, requested: targets.length, chosen: Boolean(chosen) },
    });
    return row!;
  });
  return runBatch(ctx, batch, plan, targets, { afterChunk, chunkSize });
}

/**
 * Finishes a batch that stopped part-way (the process ended mid-run): the plan's passed
 * candidates not yet certified (narrowed to `registrationIds` when the batch was for chosen
 * ones), up to what the batch still owes. Certificates it already issued keep their numbers.
 */
export async function resumeCertificateBatch({
  ctx,
  batchId,
  registrationIds,
  afterChunk,
  chunkSize = CERTIFICATE_CHUNK,
}: { ctx: ServiceContext; batchId: string; registrationIds?: readonly string[] } & IssueOptions): Promise<CertificateBatch> {
  const [batch] = await ctx.db.select().from(certificateBatches).where(eq(certificateBatches.id, batchId));
  if (!batch || !batch.planId) throw notFound('certificate_batch');
  assertAllowed(canIssueCertificates(ctx.actor, batch.institutionId));
  if (batch.status !== 'running') return batch;
  const plan = await loadPlan(ctx, batch.planId);
  const publication = await finalPublication(ctx, plan.id);
  if (!publication) throw new AppError('CONFLICT', 'certificate.resultsNotFinal');
  await issuingFiling(ctx, plan.institutionId, plan);
  const lines = await resultLines(ctx, publication.id, registrationIds);
  const owed = Math.max(0, batch.requested - batch.issued);
  const targets = lines
    .filter((line) => line.outcome === 'passed' && !line.certificate)
    .map((line) => line.registrationId)
    .slice(0, owed);
  return runBatch(ctx, batch, plan, targets, { afterChunk, chunkSize });
}

/** Chosen applications must each be a passed, uncertified result of this plan: any other refuses the whole issue. */
function refuseChosen(chosen: readonly string[], lines: readonly ResultLine[]) {
  const byId = new Map(lines.map((line) => [line.registrationId, line]));
  const unknown = chosen.find((id) => !byId.has(id));
  if (unknown) throw validation([{ field: 'registrationIds', code: 'not_in_results', messageKey: 'certificate.notInResults' }]);
  const failed = lines.find((line) => line.outcome !== 'passed');
  if (failed) throw new AppError('CONFLICT', 'certificate.notPassed', { name: failed.name, entryNo: String(failed.entryNo) });
  const certified = lines.find((line) => line.certificate);
  if (certified) throw new AppError('CONFLICT', 'certificate.alreadyIssued', { name: certified.name, number: certified.certificate!.number });
}

async function runBatch(
  ctx: ServiceContext,
  batch: CertificateBatch,
  plan: PlanRow,
  targets: readonly string[],
  { afterChunk, chunkSize = CERTIFICATE_CHUNK }: IssueOptions,
): Promise<CertificateBatch> {
  for (let start = 0; start < targets.length; start += chunkSize) {
    const chunk = targets.slice(start, start + chunkSize);
    const ids = await withTransaction(ctx, (tx) => issueChunk(tx, batch, plan, chunk));
    if (ids.length && afterChunk) await afterChunk(ctx, ids);
    // Between chunks, let other requests have the connection.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return withTransaction(ctx, async (tx) => {
    const [done] = await tx.db
      .update(certificateBatches)
      .set({ status: 'done', updatedAt: tx.now() })
      .where(and(eq(certificateBatches.id, batch.id), eq(certificateBatches.status, 'running')))
      .returning();
    if (!done) return (await tx.db.select().from(certificateBatches).where(eq(certificateBatches.id, batch.id)))[0]!;
    await appendAudit(tx, {
      action: 'certificate.batch.done',
      entityType: 'certificate_batch',
      entityId: batch.id,
      before: batch,
      after: done,
      detail: { requested: done.requested, issued: done.issued },
    });
    return done;
  });
}

/**
 * One chunk in one short transaction: the plan row is locked (issues of one plan queue here), the
 * filing is checked again for today, results certified meanwhile are skipped, and the rest are
 * numbered, written, counted on the batch and audited together.
 */
async function issueChunk(tx: ServiceContext, batch: CertificateBatch, planRow: PlanRow, chunk: readonly string[]): Promise<string[]> {
  const plan = await loadPlan(tx, planRow.id, { lock: true });
  const filing: IssuingFiling = await issuingFiling(tx, plan.institutionId, plan);
  const publication = await finalPublication(tx, plan.id);
  if (!publication) throw new AppError('CONFLICT', 'certificate.resultsNotFinal');
  const live = await tx.db
    .select({ registrationId: certificates.registrationId })
    .from(certificates)
    .where(and(inArray(certificates.registrationId, [...chunk]), inArray(certificates.status, ['valid', 'revoked'])));
  const taken = new Set(live.map((c) => c.registrationId));
  const lines = (await resultLines(tx, publication.id, chunk)).filter((line) => line.outcome === 'passed' && !taken.has(line.registrationId));
  if (!lines.length) return [];
  const written = await writeCertificates(tx, {
    batchId: batch.id,
    filing,
    scope: { planId: plan.id, institutionId: plan.institutionId, occupationCode: plan.occupationCode, occupationName: plan.occupationName, workType: plan.workType, level: plan.level },
    subjects: lines.map((line) => ({ registrationId: line.registrationId, personId: line.personId, name: line.name, idType: line.idType, idNumberMasked: line.idNumberMasked })),
  });
  const [counted] = await tx.db
    .update(certificateBatches)
    .set({ issued: sql`${certificateBatches.issued} + ${written.length}`, updatedAt: tx.now() })
    .where(eq(certificateBatches.id, batch.id))
    .returning();
  await appendAudit(tx, {
    action: 'certificate.issued',
    entityType: 'certificate_batch',
    entityId: batch.id,
    after: written,
    detail: { planId: plan.id, count: written.length, first: written[0]!.number, last: written.at(-1)!.number, issued: counted!.issued },
  });
  return written.map((c) => c.id);
}
