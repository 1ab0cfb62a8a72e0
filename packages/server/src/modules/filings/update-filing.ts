import { and, eq, sql } from 'drizzle-orm';
import { filingPolicy } from '@jiping/domain';
import { UpdateFilingBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { filings, filingScope } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadFiling } from './filing-facts.ts';
import { assertScopeInCatalogue } from './validate-filing.ts';

/** Saves a draft or returned application (scope and content replace the previous ones). */
export async function updateFiling({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof UpdateFilingBody> }) {
  const { scope, content, version } = parseInput(UpdateFilingBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadFiling(tx.db, id, { forUpdate: true });
    assertAllowed(filingPolicy(tx.actor, 'edit', facts));
    await assertScopeInCatalogue(tx.db, scope);
    const [updated] = await tx.db
      .update(filings)
      .set({ content, version: sql`${filings.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(filings.id, id), eq(filings.version, version)))
      .returning();
    if (!updated) throw staleVersion();
    await tx.db.delete(filingScope).where(eq(filingScope.filingId, id));
    if (scope.length) await tx.db.insert(filingScope).values(scope.map((s) => ({ ...s, filingId: id })));
    await appendAudit(tx, { action: 'filing.edited', entityType: 'filing', entityId: id, before: row, after: { filing: updated, scope } });
    return updated;
  });
}
