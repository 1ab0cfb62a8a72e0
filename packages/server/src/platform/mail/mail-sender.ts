import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  /** Plain text; the notification texts are plain text too. */
  text: string;
}

/** The one thing delivery needs from a mail system; tests and other transports can stand in. */
export interface MailSender {
  /** Resolves once the server accepted the message; rejects with the reason otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * Sends through an SMTP server named by a URL: `smtp://user:pass@host:587` (STARTTLS when the
 * server offers it) or `smtps://…:465` (TLS from the start). Timeouts are short and bounded so one
 * unresponsive server cannot outlast the lease a delivery run holds on a message
 * (deliver-pending-mail.ts); the message is simply retried later.
 */
export function smtpMailSender(url: string, from: string): MailSender {
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    send: async (mail) => {
      // nodemailer encodes headers and body as UTF-8 (RFC 2047 / quoted-printable or base64), so
      // Chinese subjects and texts arrive intact.
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}

/** The configured sender, or null when no SMTP server is set (e-mail disabled, mail waits in the outbox). */
export function mailSenderFrom(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): MailSender | null {
  return config.smtpUrl ? smtpMailSender(config.smtpUrl, config.mailFrom) : null;
}
