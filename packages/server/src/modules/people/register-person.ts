import { and, eq, isNull } from 'drizzle-orm';
import { checkIdNumber, maskIdNumber, maskPhone, normalizeIdNumber, personPolicy, residentIdBirthDate, residentIdGender, shanghaiDate } from '@jiping/domain';
import { RegisterPersonBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { persons, userGrants } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { blindIndex, seal } from '../../platform/crypto/pii.ts';
import { toPersonView } from './person-view.ts';

/**
 * Registers a person, or finds them: the ID number (through its blind index) is the identity,
 * so the same person is never created twice, whoever registers them and however concurrently.
 * A candidate registering themself is linked to the person found or created.
 */
export async function registerPerson({ ctx, keyring, input }: { ctx: ServiceContext; keyring: Keyring; input: z.input<typeof RegisterPersonBody> }) {
  assertAllowed(personPolicy(ctx.actor, 'create'));
  const body = parseInput(RegisterPersonBody, input, ctx.locale);
  const idNumber = normalizeIdNumber(body.idType, body.idNumber);
  const problem = checkIdNumber(body.idType, idNumber, shanghaiDate(ctx.now()));
  if (problem) throw validation([{ field: 'idNumber', code: `id_${problem}`, messageKey: `person.id.${problem}` }]);
  const birthDate = body.idType === 'resident_id' ? residentIdBirthDate(idNumber) : body.birthDate;
  if (!birthDate) throw validation([{ field: 'birthDate', code: 'required', messageKey: 'person.birthDateRequired' }]);
  if (birthDate > shanghaiDate(ctx.now())) throw validation([{ field: 'birthDate', code: 'future', messageKey: 'person.id.futureBirthDate' }]);
  const gender = body.idType === 'resident_id' ? residentIdGender(idNumber) : (body.gender ?? null);
  const blind = blindIndex(keyring, 'id_number', `${body.idType}:${idNumber}`);
  const actor = ctx.actor;
  const institutionId = actor.kind === 'user' ? (actor.grants.find((g) => g.role === 'institution_admin') as { institutionId?: string } | undefined)?.institutionId ?? null : null;
  return withTransaction(ctx, async (tx) => {
    const inserted = await tx.db
      .insert(persons)
      .values({
        idType: body.idType,
        idNumberSealed: seal(keyring, 'id_number', idNumber),
        idNumberBlind: blind,
        idNumberMasked: maskIdNumber(idNumber),
        name: body.name,
        gender,
        birthDate,
        phoneSealed: body.phone ? seal(keyring, 'phone', body.phone) : null,
        phoneMasked: body.phone ? maskPhone(body.phone) : null,
        createdByInstitutionId: institutionId,
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      // The unique blind index settles races: the loser reads the winner's row.
      .onConflictDoNothing({ target: persons.idNumberBlind })
      .returning();
    const created = inserted.length > 0;
    const [row] = created ? inserted : await tx.db.select().from(persons).where(eq(persons.idNumberBlind, blind));
    if (created) {
      // Only masked values enter the audit digest: the trail must not become a copy of the PII.
      await appendAudit(tx, { action: 'person.registered', entityType: 'person', entityId: row!.id, after: toPersonView(row!) });
    }
    if (actor.kind === 'user') {
      const linked = await tx.db
        .update(userGrants)
        .set({ personId: row!.id })
        .where(and(eq(userGrants.userId, actor.userId), eq(userGrants.role, 'candidate'), isNull(userGrants.personId)))
        .returning({ id: userGrants.id });
      if (linked.length) await appendAudit(tx, { action: 'user.person_linked', entityType: 'user', entityId: actor.userId, after: { personId: row!.id } });
    }
    return { ...toPersonView(row!), created };
  });
}
