import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { renderMessage, translate, type MessageParams } from '../../platform/i18n/messages.ts';
import { mailOutbox, notifications, userGrants, users } from '../../platform/db/schema.ts';

export interface NotifyInput {
  /** Exactly one of userId and institutionId: a person, or the administrators of an institution. */
  userId?: string;
  institutionId?: string;
  kind: string;
  /** Catalogue keys of the title and body, rendered in each recipient's language. */
  message?: { title: string; body: string; params: MessageParams };
  /** Text already worded, for callers that word it themselves; `message` is preferred. */
  title?: string;
  body?: string;
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
  const render = (locale: Locale) =>
    input.message
      ? { title: renderMessage(input.message.title, locale, input.message.params), body: renderMessage(input.message.body, locale, input.message.params) }
      : { title: input.title ?? '', body: input.body ?? '' };
  // The in-app row of a person is in their language; an institution's row, read by all its
  // administrators, in the platform's (Chinese): each administrator's e-mail is in their own.
  const rowLocale = input.userId ? ((await userLocale(tx, input.userId)) ?? DEFAULT_LOCALE) : DEFAULT_LOCALE;
  const [notification] = await tx.db
    .insert(notifications)
    .values({
      userId: input.userId ?? null,
      institutionId: input.institutionId ?? null,
      kind: input.kind,
      ...render(rowLocale),
      dedupeKey: input.dedupeKey ?? null,
      createdAt: tx.now(),
    })
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  if (!notification) return { notificationId: null, mails: 0 };

  if (recipients.length) {
    await tx.db.insert(mailOutbox).values(
      recipients.map(({ email, locale }) => {
        const text = render(locale);
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

async function userLocale(tx: ServiceContext, userId: string): Promise<Locale | null> {
  const [row] = await tx.db.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return row ? asLocale(row.locale) : null;
}

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
