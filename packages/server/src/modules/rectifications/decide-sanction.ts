import { and, eq, inArray } from 'drizzle-orm';
import { actorUserId, filingActionOfSanction, sanctionPolicy, sanctionProblems, shanghaiDate, suspensionEndsOn } from '@jiping/domain';
import { DecideSanctionBody, type SanctionView } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { filings, inspections, institutions, sanctions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound, validation } from '../../platform/errors.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { applySanctionToFiling } from '../filings/index.ts';
import { notify } from '../notifications/index.ts';
import { sanctionViews } from './sanction-view.ts';

/** The institution and the bureau competent for it (its district's, or the city). */
export async function loadSanctionedInstitution(ctx: ServiceContext, institutionId: string, { lock = false } = {}) {
  const query = ctx.db.select({ id: institutions.id, name: institutions.name, districtCode: institutions.districtCode }).from(institutions).where(eq(institutions.id, institutionId));
  const [institution] = lock ? await query.for('update') : await query;
  if (!institution) throw notFound('institution');
  return institution;
}

/**
 * The competent bureau sanctions an institution with reasons: 约谈 (a formal interview, its date
 * and place in the reason), 暂停 N months (1–12) or 终止备案, optionally following an inspection
 * of it. The filing must be in force (a suspension needs it approved; a suspended one can still be
 * terminated). Suspension and termination change the filing through the filing workflow, in the
 * same transaction as the sanction's row, so status, timeline and audit are those of a decision
 * on the filing page. A suspension records the day it ends; the daily check restores the filing then.
 */
export async function decideSanction({ ctx, institutionId, input }: { ctx: ServiceContext; institutionId: string; input: z.input<typeof DecideSanctionBody> }): Promise<SanctionView> {
  const institution = await loadSanctionedInstitution(ctx, institutionId);
  assertAllowed(sanctionPolicy(ctx.actor, 'decide', { institutionId, districtCode: institution.districtCode }));
  const body = parseInput(DecideSanctionBody, input, ctx.locale);
  const problems = sanctionProblems(body);
  if (problems.length) throw validation(problems.map((p) => ({ field: p.field, code: p.reason, messageKey: p.reason, params: { max: '12' } })));
  return withTransaction(ctx, async (tx) => {
    await loadSanctionedInstitution(tx, institutionId, { lock: true });
    const [filing] = await tx.db
      .select()
      .from(filings)
      .where(and(eq(filings.institutionId, institutionId), eq(filings.kind, 'initial'), inArray(filings.status, ['approved', 'suspended'])))
      .for('update');
    if (!filing) throw new AppError('PRECONDITION_FAILED', 'sanction.noFilingInForce', { institution: institution.name });
    if (body.kind === 'suspension' && filing.status !== 'approved') throw new AppError('CONFLICT', 'sanction.alreadySuspended', { number: filing.filingNumber ?? '' });
    if (body.inspectionId) {
      const [inspection] = await tx.db
        .select({ id: inspections.id })
        .from(inspections)
        .where(and(eq(inspections.id, body.inspectionId), eq(inspections.institutionId, institutionId)));
      if (!inspection) throw validation([{ field: 'inspectionId', code: 'not_of_institution', messageKey: 'sanction.inspectionNotOfInstitution' }]);
    }
    const today = shanghaiDate(tx.now());
    const endsOn = body.kind === 'suspension' ? suspensionEndsOn(today, body.months!) : null;
    const [sanction] = await tx.db
      .insert(sanctions)
      .values({
        institutionId,
        filingId: filing.id,
        inspectionId: body.inspectionId ?? null,
        kind: body.kind,
        months: body.kind === 'suspension' ? body.months! : null,
        reason: body.reason,
        endsOn,
        decidedBy: actorUserId(tx.actor),
        decidedAt: tx.now(),
        createdAt: tx.now(),
      })
      .returning();
    const action = filingActionOfSanction(body.kind);
    if (action) {
      // The filing's timeline says which sanction changed it, in the language of the record (Chinese).
      const label = translate(`sanctionKind.${body.kind}`, 'zh-CN');
      const term = endsOn ? translate('sanction.filingReasonTerm', 'zh-CN', { months: String(body.months), endsOn }) : '';
      await applySanctionToFiling(tx, { filingId: filing.id, action, reason: `${label}${term}：${body.reason}` });
    }
    await appendAudit(tx, {
      action: `sanction.${body.kind}`,
      entityType: 'sanction',
      entityId: sanction!.id,
      after: sanction,
      detail: { institutionId, filingId: filing.id, kind: body.kind, months: sanction!.months, endsOn, inspectionId: sanction!.inspectionId, reason: body.reason },
    });
    await notify(tx, {
      institutionId,
      kind: `sanction.${body.kind}`,
      message: {
        title: 'notification.sanctionDecided.title',
        body: endsOn ? 'notification.sanctionSuspension.body' : 'notification.sanctionDecided.body',
        params: { sanctionKind: body.kind, institution: institution.name, reason: body.reason, months: String(body.months ?? ''), endsOn: endsOn ?? '' },
      },
      dedupeKey: `sanction:${sanction!.id}`,
    });
    return (await sanctionViews(tx.db, institutionId)).find((s) => s.id === sanction!.id)!;
  });
}
