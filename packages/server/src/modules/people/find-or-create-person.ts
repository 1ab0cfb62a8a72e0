import { eq } from 'drizzle-orm';
import { checkIdNumber, maskIdNumber, maskPhone, normalizeIdNumber, residentIdBirthDate, residentIdGender, type IsoDate } from '@jiping/domain';
import type { RegisterPersonBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { persons } from '../../platform/db/schema.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import type { FieldError } from '../../platform/errors.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { blindIndex, seal } from '../../platform/crypto/pii.ts';
import { toPersonView, type PersonRow } from './person-view.ts';

export type IdentityInput = z.output<typeof RegisterPersonBody>;

/** An identity that passed its checks, normalised and ready to be found or stored. */
export interface CheckedIdentity {
  idType: IdentityInput['idType'];
  idNumber: string;
  name: string;
  gender: 'male' | 'female' | null;
  birthDate: IsoDate;
  phone: string | null;
}

/**
 * Checks an identity as given, without touching the database, so a caller can report its
 * problems together with its own. `prefix` places the fields inside a larger body ("person.").
 */
export function checkIdentity(body: IdentityInput, today: IsoDate, prefix = ''): { problems: FieldError[]; identity: CheckedIdentity | null } {
  const idNumber = normalizeIdNumber(body.idType, body.idNumber);
  const problem = checkIdNumber(body.idType, idNumber, today);
  if (problem) return { problems: [{ field: `${prefix}idNumber`, code: `id_${problem}`, messageKey: `person.id.${problem}` }], identity: null };
  const birthDate = body.idType === 'resident_id' ? residentIdBirthDate(idNumber) : body.birthDate;
  if (!birthDate) return { problems: [{ field: `${prefix}birthDate`, code: 'required', messageKey: 'person.birthDateRequired' }], identity: null };
  if (birthDate > today) return { problems: [{ field: `${prefix}birthDate`, code: 'future', messageKey: 'person.id.futureBirthDate' }], identity: null };
  const gender = body.idType === 'resident_id' ? residentIdGender(idNumber) : (body.gender ?? null);
  return { problems: [], identity: { idType: body.idType, idNumber, name: body.name, gender, birthDate, phone: body.phone ?? null } };
}

/** The keyed look-up token of an identity's document: what finds a person without storing the number. */
export function identityBlindIndex(keyring: Keyring, identity: Pick<CheckedIdentity, 'idType' | 'idNumber'>): string {
  return blindIndex(keyring, 'id_number', `${identity.idType}:${identity.idNumber}`);
}

/** The person with this document, if the city knows them. */
export async function findPersonByIdentity(db: ServiceContext['db'], keyring: Keyring, identity: Pick<CheckedIdentity, 'idType' | 'idNumber'>): Promise<PersonRow | null> {
  const [row] = await db
    .select()
    .from(persons)
    .where(eq(persons.idNumberBlind, identityBlindIndex(keyring, identity)));
  return row ?? null;
}

/**
 * Finds the one person with this ID number, or creates them, inside the caller's transaction.
 * The ID number (through its blind index) is the identity, so the same person is never created
 * twice, whoever registers them and however concurrently.
 */
export async function findOrCreatePerson(tx: ServiceContext, keyring: Keyring, identity: CheckedIdentity, createdByInstitutionId: string | null): Promise<{ row: PersonRow; created: boolean }> {
  const blind = identityBlindIndex(keyring, identity);
  const inserted = await tx.db
    .insert(persons)
    .values({
      idType: identity.idType,
      idNumberSealed: seal(keyring, 'id_number', identity.idNumber),
      idNumberBlind: blind,
      idNumberMasked: maskIdNumber(identity.idNumber),
      name: identity.name,
      gender: identity.gender,
      birthDate: identity.birthDate,
      phoneSealed: identity.phone ? seal(keyring, 'phone', identity.phone) : null,
      phoneMasked: identity.phone ? maskPhone(identity.phone) : null,
      createdByInstitutionId,
      createdAt: tx.now(),
      updatedAt: tx.now(),
    })
    // The unique blind index settles races: the loser reads the winner's row.
    .onConflictDoNothing({ target: persons.idNumberBlind })
    .returning();
  if (inserted.length > 0) {
    // Only masked values enter the audit digest: the trail must not become a copy of the PII.
    await appendAudit(tx, { action: 'person.registered', entityType: 'person', entityId: inserted[0]!.id, after: toPersonView(inserted[0]!) });
    return { row: inserted[0]!, created: true };
  }
  const [row] = await tx.db.select().from(persons).where(eq(persons.idNumberBlind, blind));
  return { row: row!, created: false };
}
