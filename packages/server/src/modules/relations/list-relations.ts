import { and, asc, desc, eq, ilike, or } from 'drizzle-orm';
import { relationPolicy } from '@jiping/domain';
import { RelationListQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { personRelations, persons } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadInstitutionFacts } from '../institutions/index.ts';
import { toRelationView } from './relation-view.ts';

/** A page is a working list, not an export: past this, staff narrow it with `q`. */
const LIST_LIMIT = 500;

/**
 * The institution's relations, newest first. `q` matches the person's name or the masked ID
 * number (so the last digits find someone); the full ID is never searched or shown here.
 */
export async function listRelations({ ctx, institutionId, input }: { ctx: ServiceContext; institutionId: string; input: z.input<typeof RelationListQuery> }) {
  const institution = await loadInstitutionFacts(ctx.db, institutionId);
  assertAllowed(relationPolicy(ctx.actor, 'read', institution));
  const { q } = parseInput(RelationListQuery, input, ctx.locale, 'query');
  const pattern = q ? `%${q.replace(/[\\%_]/g, '\\$&')}%` : null;
  const rows = await ctx.db
    .select({ relation: personRelations, name: persons.name, idNumberMasked: persons.idNumberMasked })
    .from(personRelations)
    .innerJoin(persons, eq(persons.id, personRelations.personId))
    .where(and(eq(personRelations.institutionId, institutionId), pattern ? or(ilike(persons.name, pattern), ilike(persons.idNumberMasked, pattern)) : undefined))
    .orderBy(desc(personRelations.validFrom), asc(persons.name), asc(personRelations.id))
    .limit(LIST_LIMIT);
  return { items: rows.map(({ relation, name, idNumberMasked }) => toRelationView(relation, { name, idNumberMasked })) };
}
