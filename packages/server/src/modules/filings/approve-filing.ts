import { and, eq, ne, sql } from 'drizzle-orm';
import { addDays, addYears, filingPolicy, shanghaiDate } from '@jiping/domain';
import { ApproveBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { filings, filingScope } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { nextNumber } from '../../platform/db/next-number.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { getParameter } from '../parameters/index.ts';
import { loadFiling } from './filing-facts.ts';
import { transitionFiling } from './filing-transition.ts';
import { syncStaffMembers } from '../staffing/index.ts';
import { assertRenewalPreconditions } from './renewal-preconditions.ts';

/**
 * Approves an application. An initial filing gets its filing number, the certificate-number
 * segments the bureau assigns (institution code, province 31, site sequence — entered by the
 * officer, never invented) and its validity (default 3 years). An amendment replaces the scope
 * and content of the filing in force without touching its validity; a renewal extends it.
 */
export async function approveFiling({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof ApproveBody> }) {
  const { version, reason, institutionCode, siteSequence } = parseInput(ApproveBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadFiling(tx.db, id, { forUpdate: true });
    assertAllowed(filingPolicy(tx.actor, 'approve', facts));
    const today = shanghaiDate(tx.now());
    const years = await getParameter(tx, 'filing.validityYears');
    if (row.kind === 'initial') {
      const missing = [
        ...(institutionCode ? [] : [{ field: 'institutionCode', code: 'required', messageKey: 'filing.approve.institutionCodeRequired' }]),
        ...(siteSequence ? [] : [{ field: 'siteSequence', code: 'required', messageKey: 'filing.approve.siteSequenceRequired' }]),
      ];
      if (missing.length) throw validation(missing);
      // Certificate numbers must never collide: the bureau's segments identify one filing.
      const [clash] = await tx.db
        .select({ id: filings.id })
        .from(filings)
        .where(and(eq(filings.institutionCode, institutionCode!), eq(filings.siteSequence, siteSequence!), ne(filings.id, id), eq(filings.kind, 'initial')));
      if (clash) throw new AppError('CONFLICT', 'filing.approve.segmentsTaken', { institutionCode: institutionCode!, siteSequence: siteSequence! });
      // One counter per district and year: consecutive under concurrent approvals, given back on
      // rollback, and untouched by amendments and renewals (they keep the number they change).
      const year = today.slice(0, 4);
      const serial = await nextNumber(tx, `filing:${row.districtCode}:${year}`);
      const approved = await transitionFiling(tx, {
        id,
        action: 'approve',
        version,
        reason,
        set: {
          filingNumber: `沪评备${year}${row.districtCode.slice(-3)}${String(serial).padStart(4, '0')}`,
          institutionCode,
          provinceCode: '31',
          siteSequence,
          validFrom: today,
          validUntil: addDays(addYears(today, years), -1),
        },
      });
      // The staff the filing names become the institution's staff rows, in the same transaction.
      await syncStaffMembers(tx, row.institutionId);
      return approved;
    }
    const base = await loadFiling(tx.db, row.baseFilingId!, { forUpdate: true });
    if (base.row.status !== 'approved') throw new AppError('PRECONDITION_FAILED', 'filing.noFilingInForce');
    // What held at submission must still hold: certificates issued since must have reached the
    // national system, and no rectification order may have been opened meanwhile.
    await assertRenewalPreconditions(tx, row);
    const approved = await transitionFiling(tx, { id, action: 'approve', version, reason });
    const change = row.kind === 'amendment' ? { content: row.content } : { validUntil: addDays(addYears(addDays(base.row.validUntil!, 1), years), -1) };
    const [updatedBase] = await tx.db
      .update(filings)
      .set({ ...change, version: sql`${filings.version} + 1`, updatedAt: tx.now() })
      .where(eq(filings.id, base.row.id))
      .returning();
    if (row.kind === 'amendment') {
      const scope = await tx.db.select().from(filingScope).where(eq(filingScope.filingId, id));
      await tx.db.delete(filingScope).where(eq(filingScope.filingId, base.row.id));
      if (scope.length) await tx.db.insert(filingScope).values(scope.map((s) => ({ ...s, filingId: base.row.id })));
    }
    await syncStaffMembers(tx, row.institutionId);
    await appendAudit(tx, {
      action: row.kind === 'amendment' ? 'filing.amended' : 'filing.renewed',
      entityType: 'filing',
      entityId: base.row.id,
      before: base.row,
      after: updatedBase,
      detail: { from: 'approved', to: 'approved', reason, by: id },
    });
    return approved;
  });
}
