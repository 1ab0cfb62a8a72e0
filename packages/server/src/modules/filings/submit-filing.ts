import { eq } from 'drizzle-orm';
import { filingPolicy } from '@jiping/domain';
import { VersionBody, type FilingContent } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { filingScope, institutions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadFiling } from './filing-facts.ts';
import { transitionFiling } from './filing-transition.ts';
import { assertReadyToSubmit, assertScopeInCatalogue } from './validate-filing.ts';
import { assertRenewalPreconditions } from './renewal-preconditions.ts';

/**
 * Sends a draft (submit) or a returned application (resubmit) for review, once it is complete
 * and its scope is still inside the catalogue (a level withdrawn meanwhile is caught here); a
 * renewal also once its preconditions hold (renewal-preconditions.ts): enough plans run to final
 * results in the term, every certificate change acknowledged nationally, no rectification open.
 */
export async function submitFiling({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof VersionBody> }) {
  const { version } = parseInput(VersionBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadFiling(tx.db, id, { forUpdate: true });
    const action = row.status === 'returned' ? 'resubmit' : 'submit';
    // The policy decides first, so an outsider learns nothing about the application's gaps.
    assertAllowed(filingPolicy(tx.actor, action, facts));
    const scope = await tx.db.select({ occupationCode: filingScope.occupationCode, workType: filingScope.workType, level: filingScope.level }).from(filingScope).where(eq(filingScope.filingId, id));
    const [institution] = await tx.db.select({ category: institutions.category }).from(institutions).where(eq(institutions.id, row.institutionId));
    await assertScopeInCatalogue(tx.db, scope);
    assertReadyToSubmit(scope, row.content as FilingContent, institution!.category);
    await assertRenewalPreconditions(tx, row);
    return transitionFiling(tx, { id, action, version });
  });
}
