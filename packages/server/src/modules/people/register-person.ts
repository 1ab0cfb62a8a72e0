import { and, eq, isNull } from 'drizzle-orm';
import { personPolicy, shanghaiDate } from '@jiping/domain';
import { RegisterPersonBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { userGrants } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { toPersonView } from './person-view.ts';
import { checkIdentity, findOrCreatePerson } from './find-or-create-person.ts';

/**
 * Registers a person, or finds them (one person per ID number across the city). A candidate
 * registering themself is linked to the person found or created.
 */
export async function registerPerson({ ctx, keyring, input }: { ctx: ServiceContext; keyring: Keyring; input: z.input<typeof RegisterPersonBody> }) {
  assertAllowed(personPolicy(ctx.actor, 'create'));
  const body = parseInput(RegisterPersonBody, input, ctx.locale);
  const { problems, identity } = checkIdentity(body, shanghaiDate(ctx.now()));
  if (!identity) throw validation(problems);
  const actor = ctx.actor;
  const institutionId = actor.kind === 'user' ? (actor.grants.find((g) => g.role === 'institution_admin') as { institutionId?: string } | undefined)?.institutionId ?? null : null;
  return withTransaction(ctx, async (tx) => {
    const { row, created } = await findOrCreatePerson(tx, keyring, identity, institutionId);
    if (actor.kind === 'user') {
      const linked = await tx.db
        .update(userGrants)
        .set({ personId: row.id })
        .where(and(eq(userGrants.userId, actor.userId), eq(userGrants.role, 'candidate'), isNull(userGrants.personId)))
        .returning({ id: userGrants.id });
      if (linked.length) await appendAudit(tx, { action: 'user.person_linked', entityType: 'user', entityId: actor.userId, after: { personId: row.id } });
    }
    return { ...toPersonView(row), created };
  });
}
