import { eq, ne, sql } from 'drizzle-orm';
import { maskPhone } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { seal } from '../../platform/crypto/pii.ts';
import { organizations } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';

type OrganizationRow = typeof organizations.$inferSelect;

/** The columns an organisation's contact phone is stored in: sealed, and masked for views. */
export function sealedContactPhone(keyring: Keyring, phone: string) {
  return { contactPhoneSealed: seal(keyring, 'contact_phone', phone), contactPhoneMasked: maskPhone(phone) };
}

/** What the audit trail digests: masked only, like people's records. */
export function organizationAuditView(org: OrganizationRow) {
  const { contactPhoneSealed: _sealed, legacyContactPhone: _legacy, ...view } = org;
  return view;
}

/**
 * Seals contact phones stored in clear before sealing existed and empties the clear column. It
 * runs at every start rather than in a migration because sealing needs the key, which SQL
 * migrations never see; once done it finds nothing to do. Each organisation changed is audited.
 */
export async function sealContactPhones(ctx: ServiceContext, keyring: Keyring): Promise<number> {
  return withTransaction(ctx, async (tx) => {
    const clear = await tx.db.select().from(organizations).where(ne(organizations.legacyContactPhone, '')).for('update');
    for (const before of clear) {
      const [after] = await tx.db
        .update(organizations)
        .set({ ...sealedContactPhone(keyring, before.legacyContactPhone), legacyContactPhone: '', version: sql`${organizations.version} + 1`, updatedAt: tx.now() })
        .where(eq(organizations.id, before.id))
        .returning();
      await appendAudit(tx, {
        action: 'organization.contact_phone_sealed',
        entityType: 'organization',
        entityId: before.id,
        before: organizationAuditView(before),
        after: organizationAuditView(after!),
      });
    }
    return clear.length;
  });
}
