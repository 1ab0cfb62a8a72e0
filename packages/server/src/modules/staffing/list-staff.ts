import { staffPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { loadInstitutionFacts } from '../institutions/index.ts';
import { institutionStaff, toStaffViews } from './staff-view.ts';

/** 考评人员: the examiners and supervisors the institution's filing names (and named once), with their links. */
export async function listStaff({ ctx, institutionId }: { ctx: ServiceContext; institutionId: string }) {
  const institution = await loadInstitutionFacts(ctx.db, institutionId);
  assertAllowed(staffPolicy(ctx.actor, 'read', institution));
  return { items: await toStaffViews(ctx.db, await institutionStaff(ctx.db, institutionId)) };
}
