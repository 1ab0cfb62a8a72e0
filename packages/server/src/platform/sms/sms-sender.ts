import { maskPhone } from '@jiping/domain';
import type { Database } from '../db/client.ts';
import { smsOutbox } from '../db/schema.ts';
import type { Keyring } from '../crypto/keyring.ts';
import { seal } from '../crypto/pii.ts';

export interface SmsMessage {
  /** Mainland mobile number, 11 digits. */
  to: string;
  text: string;
}

/**
 * Sends text messages (verification codes). `outbox` keeps them in the database for a page to
 * show (development and demos: nobody's phone receives anything); `gateway` hands them to the
 * operator's SMS gateway. A send that throws was not delivered, and the caller says so.
 */
export interface SmsSender {
  readonly channel: 'outbox' | 'gateway';
  send(message: SmsMessage): Promise<void>;
}

/** The development sender: one row per message in `sms_outbox`, the phone sealed like any other. */
export function outboxSmsSender(database: Database, keyring: Keyring): SmsSender {
  return {
    channel: 'outbox',
    async send({ to, text }) {
      await database.db.insert(smsOutbox).values({ toMasked: maskPhone(to), toSealed: seal(keyring, 'phone', to), body: text });
    },
  };
}

/**
 * An HTTP SMS gateway: `POST <url>` with `{"to", "text"}` as JSON and the token as a bearer
 * credential; any 2xx is accepted. Providers' own APIs sit behind such a relay, so the platform
 * holds no provider's SDK or signing scheme.
 */
export function gatewaySmsSender({ url, token, timeoutMs = 10_000 }: { url: string; token: string | null; timeoutMs?: number }): SmsSender {
  return {
    channel: 'gateway',
    async send({ to, text }) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ to, text }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}

/**
 * The sender configuration asks for: the gateway when `JIPING_SMS_URL` is set; otherwise the
 * outbox, except in production, where no sender means codes cannot be sent and every claim on
 * an existing person waits for confirmation in person.
 */
export function smsSenderFrom(config: { smsUrl: string | null; smsToken: string | null; production: boolean }, database: Database, keyring: Keyring): SmsSender | null {
  if (config.smsUrl) return gatewaySmsSender({ url: config.smsUrl, token: config.smsToken });
  return config.production ? null : outboxSmsSender(database, keyring);
}
