import { canReadOwnPerson, ownPersonIds, personPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError, assertAllowed } from '../../platform/errors.ts';
import { personDetail } from './person-view.ts';
import { loadPerson } from './person-facts.ts';

/** A person with their declared profile and evidence, for whoever may read the person. */
export async function getProfile({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const { row, facts } = await loadPerson(ctx.db, id);
  assertAllowed(personPolicy(ctx.actor, 'read', facts));
  return personDetail(ctx.db, row);
}

/** The signed-in candidate's own record; they have one once they have registered their identity. */
export async function getOwnProfile({ ctx }: { ctx: ServiceContext }) {
  assertAllowed(canReadOwnPerson(ctx.actor));
  const [personId] = ownPersonIds(ctx.actor);
  if (!personId) throw new AppError('NOT_FOUND', 'person.notRegistered');
  return getProfile({ ctx, id: personId });
}
