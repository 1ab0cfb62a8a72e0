import { sameName, shanghaiDate } from '@jiping/domain';
import { LinkStaffPersonBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { checkIdentity, findOrCreatePerson, identityBlindIndex, lookUpIdentity, recordLookup } from '../people/index.ts';
import { linkStaff, loadManagedStaff } from './managed-staff.ts';

/**
 * Links a member of staff to the person behind the name, by ID number, through the one path that
 * finds or registers a person: a known ID number with another name is refused without saying
 * what the record holds (and counted), and nothing recorded about the person changes. The link is
 * what lets the automatic conflict rules (colleague, teacher, own candidate) see the member.
 */
export async function linkStaffPerson({ ctx, keyring, id, input }: { ctx: ServiceContext; keyring: Keyring; id: string; input: z.input<typeof LinkStaffPersonBody> }) {
  const staff = await loadManagedStaff(ctx, id);
  const body = parseInput(LinkStaffPersonBody, input, ctx.locale);
  const checked = checkIdentity(body.person, shanghaiDate(ctx.now()), 'person.');
  if (!checked.identity) throw validation(checked.problems);
  // The filing names the member; the document must be theirs, not someone else's.
  if (!sameName(checked.identity.name, staff.name)) throw validation([{ field: 'person.name', code: 'not_filed_name', messageKey: 'staffing.personNotFiledName', params: { name: staff.name } }]);
  // Outside the transaction: a mismatch is recorded and counted in its own, and the request fails.
  await lookUpIdentity(ctx, keyring, checked.identity, 'person.name');
  return withTransaction(ctx, async (tx) => {
    const identity = checked.identity!;
    const { row: person, created } = await findOrCreatePerson(tx, keyring, identity, staff.institutionId);
    if (!created && !sameName(person.name, identity.name)) throw validation([{ field: 'person.name', code: 'name_mismatch', messageKey: 'identity.nameMismatch' }]);
    await recordLookup(tx, identityBlindIndex(keyring, identity), created ? 'created' : 'matched');
    return linkStaff(tx, staff, body.version, { personId: person.id }, { action: 'staff.person_linked', detail: {} });
  });
}
