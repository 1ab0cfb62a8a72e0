import type { Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, type Decision } from './decision.ts';
import { institutionScope } from './scope.ts';

export type DistrictAction = 'readData';

/**
 * District-level data (a district's institutions, statistics, queues) belongs to that district's
 * bureau and the city; everyone else is refused with the reason.
 */
export function districtPolicy(actor: Actor, _action: DistrictAction, districtCode: string): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  const scope = institutionScope(actor);
  if (scope.all || scope.districtCodes.includes(districtCode)) return ALLOW;
  return deny('policy.district.outOfScope', { district: districtCode });
}
