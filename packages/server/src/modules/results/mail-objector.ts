import { DEFAULT_LOCALE, negotiateLocale, shanghaiDate } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { unseal } from '../../platform/crypto/pii.ts';
import { mailOutbox, resultsObjections } from '../../platform/db/schema.ts';
import { renderMessage, translate } from '../../platform/i18n/messages.ts';
import { planParams } from './notices.ts';
import { OBJECTION_CONTACT } from './objection-view.ts';

/**
 * The answer to an objector who gave an e-mail address, in the language they wrote in. The
 * objector has no account, so the mail goes straight to the outbox (no in-app row), in the same
 * transaction as the answer: sent after the commit, never for an answer that rolled back. The
 * outbox holds the address in clear until it is sent, as it does every recipient's.
 */
export async function mailObjector(
  tx: ServiceContext,
  keyring: Keyring,
  objection: typeof resultsObjections.$inferSelect,
  plan: { institutionName: string; occupationName: string; workType: string; level: number },
) {
  const locale = negotiateLocale(objection.locale) ?? DEFAULT_LOCALE;
  const params = { ...planParams(plan), name: objection.contactName, date: shanghaiDate(objection.createdAt), answer: objection.answer ?? '' };
  await tx.db.insert(mailOutbox).values({
    toAddress: unseal(keyring, OBJECTION_CONTACT, objection.contactSealed),
    subject: translate('mail.objectionAnswer.subject', locale),
    body: renderMessage('mail.objectionAnswer.body', locale, params) + translate('mail.footer', locale),
    nextAttemptAt: tx.now(),
    createdAt: tx.now(),
  });
  const mail = tx.mail;
  if (mail) tx.afterCommit?.(() => mail.wake());
}
