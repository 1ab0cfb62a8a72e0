import { and, eq, sql } from 'drizzle-orm';
import { relationPolicy } from '@jiping/domain';
import { EndRelationBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { personRelations, persons } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound, staleVersion, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadInstitutionFacts } from '../institutions/index.ts';
import { toRelationView } from './relation-view.ts';

/**
 * Ends a relation on a date (the person left, graduated, moved away). It is kept, not deleted:
 * admission decisions taken while it held must stay explainable.
 */
export async function endRelation({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof EndRelationBody> }) {
  const [current] = await ctx.db.select().from(personRelations).where(eq(personRelations.id, id));
  if (!current) throw notFound('relation');
  const institution = await loadInstitutionFacts(ctx.db, current.institutionId);
  assertAllowed(relationPolicy(ctx.actor, 'write', institution));
  const { version, validUntil } = parseInput(EndRelationBody, input, ctx.locale);
  // Checked against the row as read; the compare-and-set below guarantees it is still that row.
  if (current.version !== version) throw staleVersion();
  if (current.validUntil) throw new AppError('CONFLICT', 'relation.alreadyEnded', { date: current.validUntil });
  if (validUntil < current.validFrom) throw validation([{ field: 'validUntil', code: 'period', messageKey: 'relation.endBeforeStart', params: { from: current.validFrom } }]);
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .update(personRelations)
      .set({ validUntil, version: sql`${personRelations.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(personRelations.id, id), eq(personRelations.version, version)))
      .returning();
    if (!row) throw staleVersion();
    const [person] = await tx.db.select({ name: persons.name, idNumberMasked: persons.idNumberMasked }).from(persons).where(eq(persons.id, row.personId));
    const view = toRelationView(row, person!);
    await appendAudit(tx, { action: 'relation.ended', entityType: 'relation', entityId: id, before: toRelationView(current, person!), after: view, detail: { validUntil } });
    return view;
  });
}
