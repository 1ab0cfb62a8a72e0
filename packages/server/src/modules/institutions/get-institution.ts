import { institutionPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import { filedOccupationCodes, findInstitutionById } from './queries.ts';

/** One institution, if the actor's scope covers it (403 with the reason otherwise). */
export async function getInstitution({ ctx, id }: { ctx: ServiceContext; id: string }) {
  assertAllowed(institutionPolicy(ctx.actor, 'list'));
  const institution = await findInstitutionById(ctx.db, id, ctx.locale);
  if (!institution) throw notFound('institution');
  // The same facts the list's scope uses: an industry officer reaches an institution through the occupations it filed.
  assertAllowed(institutionPolicy(ctx.actor, 'read', { id: institution.id, districtCode: institution.districtCode, occupationCodes: await filedOccupationCodes(ctx.db, institution.id) }));
  return institution;
}
