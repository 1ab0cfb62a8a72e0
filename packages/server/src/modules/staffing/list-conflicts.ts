import { eq } from 'drizzle-orm';
import { staffPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { conflictDeclarations } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { loadInstitutionFacts } from '../institutions/index.ts';
import { conflictViews } from './conflict-view.ts';

/** Every tie declared between the institution's staff and candidates, by whoever declared it. */
export async function listInstitutionConflicts({ ctx, institutionId }: { ctx: ServiceContext; institutionId: string }) {
  const institution = await loadInstitutionFacts(ctx.db, institutionId);
  assertAllowed(staffPolicy(ctx.actor, 'read', institution));
  return { items: await conflictViews(ctx.db, eq(conflictDeclarations.institutionId, institutionId)) };
}
