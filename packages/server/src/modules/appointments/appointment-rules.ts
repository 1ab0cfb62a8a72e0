import type { AppointmentRules, IsoDate } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { getParameter } from '../parameters/index.ts';

/** The dated `appointments.*` parameters in force on a day. */
export async function appointmentRules(ctx: ServiceContext, on: IsoDate): Promise<AppointmentRules> {
  // One after another: inside a transaction they share its one connection.
  const specialMinYears = await getParameter(ctx, 'appointments.specialMinYears', on);
  const specialQuotaPercent = await getParameter(ctx, 'appointments.specialQuotaPercent', on);
  const chiefMaxPerEnterprise = await getParameter(ctx, 'appointments.chiefMaxPerEnterprise', on);
  const termYears = await getParameter(ctx, 'appointments.termYears', on);
  return { specialMinYears, specialQuotaPercent, chiefMaxPerEnterprise, termYears };
}
