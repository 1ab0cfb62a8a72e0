import { and, eq, isNotNull, ne } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import { mailOutbox, notifications, userGrants, users } from '../../platform/db/schema.ts';

export interface NotifyInput {
  /** Exactly one of userId and institutionId: a person, or the administrators of an institution. */
  userId?: string;
  institutionId?: string;
  kind: string;
  title: string;
  body: string;
  /** Unique per message: a second notify with the same key writes nothing (jobs run more than once). */
  dedupeKey?: string;
}

export interface NotifyResult {
  /** Null when the dedupe key had already been used: nothing was written. */
  notificationId: string | null;
  /** Outbox rows written, one per recipient address. */
  mails: number;
}

const MAIL_FOOTER = '\n\n——\n技评 Jiping · 上海市职业技能等级认定平台\n此邮件由系统自动发送，请勿直接回复；请登录平台查看通知中心。';

/**
 * Writes an in-app notification and, in the same transaction, one e-mail per recipient address
 * into the outbox (`mail_outbox`). Sending happens only after the commit (see
 * platform/mail/deliver-pending-mail.ts), so a rolled-back change never sends mail and a
 * committed one never loses it. Recipients, when their account is active and has an e-mail
 * address: the user, or every user holding an institution_admin grant for the institution.
 */
export async function notify(tx: ServiceContext, input: NotifyInput): Promise<NotifyResult> {
  if (!tx.inTransaction) throw new Error('notify must run inside withTransaction');
  if (Boolean(input.userId) === Boolean(input.institutionId)) throw new Error('notify needs exactly one of userId and institutionId');
  const [notification] = await tx.db
    .insert(notifications)
    .values({
      userId: input.userId ?? null,
      institutionId: input.institutionId ?? null,
      kind: input.kind,
      title: input.title,
      body: input.body,
      dedupeKey: input.dedupeKey ?? null,
      createdAt: tx.now(),
    })
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  if (!notification) return { notificationId: null, mails: 0 };

  const addresses = await recipientAddresses(tx, input);
  if (addresses.length) {
    await tx.db.insert(mailOutbox).values(
      addresses.map((to) => ({
        notificationId: notification.id,
        toAddress: to,
        subject: input.title,
        body: input.body + MAIL_FOOTER,
        nextAttemptAt: tx.now(),
        createdAt: tx.now(),
      })),
    );
    // Delivery starts once this transaction has committed; should no one be listening (a seed,
    // a test), the mail waits for the next delivery run.
    const mail = tx.mail;
    if (mail) tx.afterCommit?.(() => mail.wake());
  }
  return { notificationId: notification.id, mails: addresses.length };
}

/** Distinct addresses, so two accounts sharing a mailbox get one message. */
async function recipientAddresses(tx: ServiceContext, input: NotifyInput): Promise<string[]> {
  const reachable = and(eq(users.status, 'active'), isNotNull(users.email), ne(users.email, ''));
  const rows = input.userId
    ? await tx.db.selectDistinct({ email: users.email }).from(users).where(and(eq(users.id, input.userId), reachable))
    : await tx.db
        .selectDistinct({ email: users.email })
        .from(users)
        .innerJoin(userGrants, eq(userGrants.userId, users.id))
        .where(and(eq(userGrants.role, 'institution_admin'), eq(userGrants.institutionId, input.institutionId!), reachable));
  return rows.map((row) => row.email!).sort();
}
