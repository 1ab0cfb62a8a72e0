import { administeredInstitutionIds, grantsOf, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, type Decision } from './decision.ts';

export type SanctionAction = 'read' | 'decide';

/** The institution a sanction concerns: its district makes the competent bureau. */
export interface SanctionFacts {
  institutionId: string;
  districtCode: string;
}

/**
 * 约谈 · 暂停 · 终止备案 are decided by the competent bureau: the bureau of the institution's
 * district (属地管理, the one that reviews its filing) or the city bureau. An inspector finds and
 * an industry authority reports, but neither sanctions. The institution reads its own.
 */
export function sanctionPolicy(actor: Actor, action: SanctionAction, facts: SanctionFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  const grants = grantsOf(actor);
  if (grants.some((g) => g.role === 'municipal_admin')) return ALLOW;
  if (grants.some((g) => g.role === 'district_officer' && g.districtCode === facts.districtCode)) return ALLOW;
  if (action === 'read' && administeredInstitutionIds(actor).includes(facts.institutionId)) return ALLOW;
  if (grants.some((g) => g.role === 'district_officer')) return deny('policy.district.outOfScope', { district: facts.districtCode });
  return action === 'decide' ? deny('policy.sanction.competentBureauOnly') : deny('policy.sanction.readers');
}
