import type { InstitutionCategory } from '../institutions.ts';
import { administeredInstitutionIds, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, type Decision } from './decision.ts';
import { institutionScope } from './scope.ts';

/** Reading an enterprise's appointments and apprentices, or changing them (appoint, renew, end, apprentice). */
export type AppointmentAction = 'read' | 'write';

export interface AppointmentInstitutionFacts {
  id: string;
  districtCode: string;
  category: InstitutionCategory;
}

/**
 * 特级技师 and 首席技师 are posts an employer gives its own workers (企业自主评聘): only the
 * administrator of an employer institution (category Y) appoints, renews and ends them, and marks
 * its apprentices. The district of the enterprise and the city read them to supervise; the public
 * reads the published list, and a person their own record, through their own routes.
 */
export function appointmentPolicy(actor: Actor, action: AppointmentAction, institution: AppointmentInstitutionFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  if (administeredInstitutionIds(actor).includes(institution.id)) {
    return action === 'read' || institution.category === 'employer' ? ALLOW : deny('policy.appointment.employerOnly');
  }
  if (action === 'write') return deny('policy.appointment.enterpriseOnly');
  const scope = institutionScope(actor);
  if (scope.all || scope.districtCodes.includes(institution.districtCode)) return ALLOW;
  if (scope.districtCodes.length > 0) return deny('policy.district.outOfScope', { district: institution.districtCode });
  return deny('policy.institution.notYours');
}
