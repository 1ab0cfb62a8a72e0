import { and, count, eq, gte, sql } from 'drizzle-orm';
import { maskObjectionContact, objectionContactKind, publicityPhase, shanghaiDate } from '@jiping/domain';
import { ObjectionBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { blindIndex, seal } from '../../platform/crypto/pii.ts';
import { evaluationPlans, institutions, occupations, resultsObjections, resultsPublicationEntries, resultsPublications } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, notFound, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { getParameter } from '../parameters/index.ts';
import { notify } from '../notifications/index.ts';
import { planParams } from './notices.ts';
import { OBJECTION_CONTACT, objectionAuditView } from './objection-view.ts';

const HOUR_MS = 3_600_000;

/**
 * Anyone objects to a publicised result while its publicity runs, with a name, a way to reach
 * them (sealed at rest) and a reason, optionally naming one entry. A flood from one network
 * address is refused (per plan per hour, and per day overall: parameters), counted from the
 * stored objections under a lock on the address's keyed hash, so concurrent requests cannot
 * slip past the count. The institution is told at once.
 */
export async function submitObjection({
  ctx,
  keyring,
  publicationId,
  clientAddress,
  input,
}: {
  ctx: ServiceContext;
  keyring: Keyring;
  publicationId: string;
  clientAddress: string;
  input: z.input<typeof ObjectionBody>;
}) {
  const body = parseInput(ObjectionBody, input, ctx.locale);
  const kind = objectionContactKind(body.contact);
  if (!kind) throw validation([{ field: 'contact', code: 'contact', messageKey: 'results.contactInvalid' }]);
  const clientHash = blindIndex(keyring, 'client_address', clientAddress);
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select({ publication: resultsPublications, plan: evaluationPlans, institutionName: institutions.name, occupationName: occupations.nameZh })
      .from(resultsPublications)
      .innerJoin(evaluationPlans, eq(evaluationPlans.id, resultsPublications.planId))
      .innerJoin(institutions, eq(institutions.id, resultsPublications.institutionId))
      .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
      .where(eq(resultsPublications.id, publicationId));
    if (!row) throw notFound('publication');
    const { publication, plan } = row;
    const phase = publicityPhase(shanghaiDate(tx.now()), publication.startsOn, publication.endsOn);
    if (phase === 'ended') throw new AppError('PRECONDITION_FAILED', 'results.objectionAfterPublicity', { endsOn: publication.endsOn });
    if (phase === 'upcoming') throw new AppError('PRECONDITION_FAILED', 'results.objectionBeforePublicity', { startsOn: publication.startsOn });
    if (body.entryId) {
      const [entry] = await tx.db
        .select({ id: resultsPublicationEntries.id })
        .from(resultsPublicationEntries)
        .where(and(eq(resultsPublicationEntries.id, body.entryId), eq(resultsPublicationEntries.publicationId, publicationId)));
      if (!entry) throw validation([{ field: 'entryId', code: 'unknown', messageKey: 'results.entryUnknown' }]);
    }

    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${clientHash}))`);
    const perHour = await getParameter(tx, 'results.objectionsPerHourPerPlan');
    const perDay = await getParameter(tx, 'results.objectionsPerDay');
    const since = (ms: number) => gte(resultsObjections.createdAt, new Date(tx.now().getTime() - ms));
    const [hour] = await tx.db
      .select({ n: count() })
      .from(resultsObjections)
      .where(and(eq(resultsObjections.clientHash, clientHash), eq(resultsObjections.planId, plan.id), since(HOUR_MS)));
    if ((hour?.n ?? 0) >= perHour) throw new AppError('TOO_MANY_REQUESTS', 'results.objectionsPerHour', { limit: String(perHour) });
    const [day] = await tx.db
      .select({ n: count() })
      .from(resultsObjections)
      .where(and(eq(resultsObjections.clientHash, clientHash), since(24 * HOUR_MS)));
    if ((day?.n ?? 0) >= perDay) throw new AppError('TOO_MANY_REQUESTS', 'results.objectionsPerDay', { limit: String(perDay) });

    const [objection] = await tx.db
      .insert(resultsObjections)
      .values({
        publicationId,
        planId: plan.id,
        institutionId: publication.institutionId,
        districtCode: publication.districtCode,
        entryId: body.entryId ?? null,
        contactName: body.contactName,
        contactKind: kind,
        contactSealed: seal(keyring, OBJECTION_CONTACT, body.contact),
        contactMasked: maskObjectionContact(body.contact),
        reason: body.reason,
        locale: ctx.locale,
        clientHash,
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    await appendAudit(tx, { action: 'results.objection_received', entityType: 'objection', entityId: objection!.id, after: objectionAuditView(objection!), detail: { planId: plan.id } });
    await notify(tx, {
      institutionId: publication.institutionId,
      kind: 'results.objection',
      message: {
        title: 'notification.objection.title',
        body: 'notification.objection.body',
        params: { ...planParams({ ...plan, institutionName: row.institutionName, occupationName: row.occupationName }), endsOn: publication.endsOn },
      },
    });
    return { id: objection!.id, createdAt: objection!.createdAt.toISOString(), publicityEndsOn: publication.endsOn };
  });
}
