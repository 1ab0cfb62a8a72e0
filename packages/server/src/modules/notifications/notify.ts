import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { translate, wordMessage, type CatalogueMessage } from '../../platform/i18n/messages.ts';
import { mailOutbox, notifications, userGrants, users } from '../../platform/db/schema.ts';

export interface NotifyInput {
  /** Exactly one of userId and institutionId: a person, or the administrators of an institution. */
  userId?: string;
  institutionId?: string;
  kind: string;
  /**
   * Catalogue keys of the title and body (`notification.*`) and their parameters: the in-app
   * notification keeps them and is worded when read, each e-mail in its recipient's language.
   * A parameter that is a word (a status) is a code the message words (`{registrationNoticeLabel}`);
   * what a person typed (a reason) is passed as typed.
   */
  message: CatalogueMessage;
  /** Unique per message: a second notify with the same key writes nothing (jobs run more than once). */
  dedupeKey?: string;
}

export interface NotifyResult {
  /** Null when the dedupe key had already been used: nothing was written. */
  notificationId: string | null;
  /** Outbox rows written, one per recipient address. */
  mails: number;
}

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
  const recipients = await recipientAddresses(tx, input);
  const [notification] = await tx.db
    .insert(notifications)
    .values({
      userId: input.userId ?? null,
      institutionId: input.institutionId ?? null,
      kind: input.kind,
      message: input.message,
      dedupeKey: input.dedupeKey ?? null,
      createdAt: tx.now(),
    })
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  if (!notification) return { notificationId: null, mails: 0 };

  if (recipients.length) {
    await tx.db.insert(mailOutbox).values(
      recipients.map(({ email, locale }) => {
        const text = wordMessage(input.message, locale);
        return {
          notificationId: notification.id,
          toAddress: email,
          subject: text.title,
          body: text.body + translate('mail.footer', locale),
          nextAttemptAt: tx.now(),
          createdAt: tx.now(),
        };
      }),
    );
    // Delivery starts once this transaction has committed; should no one be listening (a seed,
    // a test), the mail waits for the next delivery run.
    const mail = tx.mail;
    if (mail) tx.afterCommit?.(() => mail.wake());
  }
  return { notificationId: notification.id, mails: recipients.length };
}

const asLocale = (value: string | null): Locale => ((LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE);

/** Distinct addresses, each with its owner's language, so two accounts sharing a mailbox get one message. */
async function recipientAddresses(tx: ServiceContext, input: NotifyInput): Promise<Array<{ email: string; locale: Locale }>> {
  const reachable = and(eq(users.status, 'active'), isNotNull(users.email), ne(users.email, ''));
  const rows = input.userId
    ? await tx.db
        .select({ email: users.email, locale: users.locale })
        .from(users)
        .where(and(eq(users.id, input.userId), reachable))
    : await tx.db
        .select({ email: users.email, locale: users.locale })
        .from(users)
        .innerJoin(userGrants, eq(userGrants.userId, users.id))
        .where(and(eq(userGrants.role, 'institution_admin'), eq(userGrants.institutionId, input.institutionId!), reachable));
  const byAddress = new Map<string, Locale>();
  for (const row of rows) if (!byAddress.has(row.email!)) byAddress.set(row.email!, asLocale(row.locale));
  return [...byAddress].map(([email, locale]) => ({ email, locale })).sort((a, b) => a.email.localeCompare(b.email));
}
