import { personPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed } from '../../platform/errors.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { unseal } from '../../platform/crypto/pii.ts';
import { toPersonView } from './person-view.ts';
import { loadPerson } from './person-facts.ts';

/** A person as everyone sees them: masked. */
export async function getPerson({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const { row, facts } = await loadPerson(ctx.db, id);
  assertAllowed(personPolicy(ctx.actor, 'read', facts));
  return toPersonView(row);
}

/** The full ID number and phone, for those whose work needs them; every view is audited. */
export async function revealPerson({ ctx, keyring, id }: { ctx: ServiceContext; keyring: Keyring; id: string }) {
  const { row, facts } = await loadPerson(ctx.db, id);
  assertAllowed(personPolicy(ctx.actor, 'reveal', facts));
  return withTransaction(ctx, async (tx) => {
    await appendAudit(tx, { action: 'person.identity_viewed', entityType: 'person', entityId: id });
    return {
      idNumber: unseal(keyring, 'id_number', row.idNumberSealed),
      phone: row.phoneSealed ? unseal(keyring, 'phone', row.phoneSealed) : null,
    };
  });
}
