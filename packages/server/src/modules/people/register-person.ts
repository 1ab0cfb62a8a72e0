import { administeredInstitutionIds, maskIdNumber, maskPhone, personPolicy, sameName, shanghaiDate } from '@jiping/domain';
import { RegisterPersonBody, type PersonView } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { lookUpIdentity, recordLookup } from './identity-lookups.ts';
import { toPersonView, type PersonRow } from './person-view.ts';
import { checkIdentity, findOrCreatePerson, type CheckedIdentity } from './find-or-create-person.ts';
import { loadPerson } from './person-facts.ts';

/**
 * Registers a person for an institution (or the city), or finds them: one person per ID number
 * across the city. Naming a known ID number proves nothing about knowing the person, so:
 * another name is refused without saying what the record holds (and counted: a burst of them is
 * an enumeration); the right name gets back only the id and what the caller sent, unless the
 * caller may already read the person; and nothing recorded (name, phone, birth date) is changed.
 */
export async function registerPerson({ ctx, keyring, input }: { ctx: ServiceContext; keyring: Keyring; input: z.input<typeof RegisterPersonBody> }) {
  assertAllowed(personPolicy(ctx.actor, 'create'));
  const body = parseInput(RegisterPersonBody, input, ctx.locale);
  const { problems, identity } = checkIdentity(body, shanghaiDate(ctx.now()));
  if (!identity) throw validation(problems);
  const { blind, known } = await lookUpIdentity(ctx, keyring, identity, 'name');
  if (!known) {
    const [institutionId = null] = administeredInstitutionIds(ctx.actor);
    const { row, created } = await withTransaction(ctx, async (tx) => {
      const found = await findOrCreatePerson(tx, keyring, identity, institutionId);
      // Registered by someone else since the look-up: the name is checked again, never overwritten.
      if (!found.created && !sameName(found.row.name, identity.name)) throw validation([{ field: 'name', code: 'name_mismatch', messageKey: 'identity.nameMismatch' }]);
      await recordLookup(tx, blind, found.created ? 'created' : 'matched');
      return found;
    });
    if (created) return { ...toPersonView(row), created };
    return viewFor(ctx, row, identity);
  }
  await withTransaction(ctx, (tx) => recordLookup(tx, blind, 'matched'));
  return viewFor(ctx, known, identity);
}

/** A known person: the full masked view for whoever may read them, else only what the caller sent. */
async function viewFor(ctx: ServiceContext, row: PersonRow, identity: CheckedIdentity) {
  const { facts } = await loadPerson(ctx.db, row.id);
  if (personPolicy(ctx.actor, 'read', facts).allowed) return { ...toPersonView(row), created: false };
  return { ...echoView(row.id, identity), created: false };
}

/** What a caller who cannot read the person gets back: the id, and only what it sent itself. */
function echoView(id: string, identity: CheckedIdentity): PersonView {
  return {
    id,
    idType: identity.idType,
    idNumberMasked: maskIdNumber(identity.idNumber),
    name: identity.name,
    // A resident ID carries its holder's birth date and gender; for other documents only what was sent.
    gender: identity.gender,
    birthDate: identity.birthDate,
    phoneMasked: identity.phone ? maskPhone(identity.phone) : null,
    version: 0,
  };
}
