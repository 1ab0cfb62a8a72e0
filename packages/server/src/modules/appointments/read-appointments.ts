import { and, eq, inArray } from 'drizzle-orm';
import { appointmentPolicy, canReadOwnPerson, maskPersonName, ownPersonIds, personPolicy, shanghaiDate, type AppointmentTitle } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { appointments, apprenticeships } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { loadPerson } from '../people/index.ts';
import { employeesOn, loadAppointingInstitution, quotaOf } from './appointment-facts.ts';
import { appointmentRules } from './appointment-rules.ts';
import { appointmentViews, apprenticeshipViews } from './appointment-view.ts';

/** An enterprise's posts (every term), apprentices, quotas and employees, for its admin, its district and the city. */
export async function getInstitutionAppointments({ ctx, institutionId }: { ctx: ServiceContext; institutionId: string }) {
  const institution = await loadAppointingInstitution(ctx.db, institutionId);
  assertAllowed(appointmentPolicy(ctx.actor, 'read', institution));
  const today = shanghaiDate(ctx.now());
  const rules = await appointmentRules(ctx, today);
  const quotas = [];
  for (const title of ['special', 'chief'] as AppointmentTitle[]) quotas.push(await quotaOf(ctx.db, institutionId, title, today, rules));
  const canWrite = appointmentPolicy(ctx.actor, 'write', institution).allowed;
  return {
    appointments: await appointmentViews(ctx.db, eq(appointments.institutionId, institutionId)),
    apprenticeships: await apprenticeshipViews(ctx.db, eq(apprenticeships.institutionId, institutionId)),
    quotas,
    rules,
    employees: canWrite ? await employeesOn(ctx.db, institutionId, today) : [],
    canWrite,
  };
}

async function personRecord(ctx: ServiceContext, personId: string) {
  return {
    appointments: await appointmentViews(ctx.db, eq(appointments.personId, personId)),
    apprenticeships: await apprenticeshipViews(ctx.db, eq(apprenticeships.personId, personId)),
  };
}

/** A person's posts and apprenticeships, on their record: for whoever may read the person. */
export async function getPersonAppointments({ ctx, personId }: { ctx: ServiceContext; personId: string }) {
  const { facts } = await loadPerson(ctx.db, personId);
  assertAllowed(personPolicy(ctx.actor, 'read', facts));
  return personRecord(ctx, personId);
}

/** The candidate's own posts and apprenticeships (nothing before the account is linked to a person). */
export async function getMyAppointments({ ctx }: { ctx: ServiceContext }) {
  assertAllowed(canReadOwnPerson(ctx.actor));
  const [personId] = ownPersonIds(ctx.actor);
  return personId ? personRecord(ctx, personId) : { appointments: [], apprenticeships: [] };
}

/** The published list: posts held now, with the name masked, newest first. */
export async function listPublicAppointments({ ctx, title }: { ctx: ServiceContext; title?: AppointmentTitle }) {
  const rows = await appointmentViews(ctx.db, and(eq(appointments.status, 'active'), title ? inArray(appointments.title, [title]) : undefined));
  return {
    items: rows.map((r) => ({
      id: r.id,
      personName: maskPersonName(r.personName),
      institutionName: r.institutionName,
      occupationCode: r.occupationCode,
      occupationName: r.occupationName,
      title: r.title,
      termStart: r.termStart,
      termEnd: r.termEnd,
    })),
  };
}
