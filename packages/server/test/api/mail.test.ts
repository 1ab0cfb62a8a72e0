import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { createAndSubmit, institutionIdOf } from '../helpers/filing-fixtures.ts';
import { openPlan } from '../helpers/plan-fixtures.ts';
import { rows } from '../../src/platform/db/client.ts';
import { withTransaction } from '../../src/platform/db/transaction.ts';
import { deliverPendingMail, MAX_MAIL_ATTEMPTS } from '../../src/platform/mail/deliver-pending-mail.ts';
import { createMailDispatcher } from '../../src/platform/mail/mail-dispatcher.ts';
import { notify } from '../../src/modules/notifications/notify.ts';
import { systemContext } from '../../src/boot.ts';
import { JOBS } from '../../src/jobs/index.ts';

/** Any message of the catalogue will do where the test is about delivery, not wording. */
const UNLINKED = { title: 'notification.identityUnlinked.title', body: 'notification.identityUnlinked.body', params: { reason: '测试' } };
const RETRIED = sql`notification_id = (select id from notifications where dedupe_key = 'test:retries')`;

interface Received {
  /** Envelope recipients (RCPT TO), which is where the message really goes. */
  rcptTo: string[];
  user: string | undefined;
  raw: string;
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives; no TLS, authentication optional. */
async function startSmtp(port = 0) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address), user: session.user as string | undefined, raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    received,
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Header value with folded lines joined and RFC 2047 encoded words decoded (adjacent words concatenated as bytes). */
function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  if (!line) return '';
  const value = line.slice(name.length + 1).trim();
  let out = '';
  let pending: Buffer[] = [];
  const flush = () => {
    out += Buffer.concat(pending).toString('utf8');
    pending = [];
  };
  for (const part of value.split(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)/)) {
    const word = /^=\?([^?]+)\?([BbQq])\?([^?]*)\?=$/.exec(part);
    if (word) {
      assert.match(word[1]!, /^utf-8$/i, 'encoded words are UTF-8');
      pending.push(word[2]!.toUpperCase() === 'B' ? Buffer.from(word[3]!, 'base64') : qp(word[3]!.replace(/_/g, ' ')));
    } else if (part.trim() === '' && pending.length) {
      // Whitespace between two encoded words is not part of the text.
    } else {
      flush();
      out += part;
    }
  }
  flush();
  return out;
}

function qp(text: string): Buffer {
  const bytes: number[] = [];
  const input = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(input.slice(i + 1, i + 3))) {
      bytes.push(parseInt(input.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(input[i]!, 'utf8'));
  }
  return Buffer.from(bytes);
}

/** The text body of a single-part message, decoded by its transfer encoding and declared charset. */
function textBody(raw: string): string {
  const [, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\r\n\r\n');
  assert.match(header(raw, 'Content-Type'), /^text\/plain;\s*charset=utf-8/i);
  const encoding = header(raw, 'Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return qp(body).toString('utf8');
  return body;
}

interface OutboxRow {
  to_address: string;
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date | string;
  sent_at: Date | string | null;
  subject: string;
}

const outbox = (server: TestServer, to: string) =>
  rows<OutboxRow>(server.database.db, sql`select to_address, status, attempts, last_error, next_attempt_at, sent_at, subject from mail_outbox where to_address = ${to} order by created_at`);

for (const target of dbTargets()) {
  describe(`e-mail notifications through the outbox [${target}]`, () => {
    let server: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    let filingId: string;
    const address = 'zhang.min@huangpu-assoc.example.cn';
    /** The job's reminders for this test's filing (the demo has filings of its own). */
    const runExpiryJob = async (at: string) => {
      server.clock.set(at);
      const result = await JOBS['filing-expiry']({ database: server.database, clock: server.clock, mail: server.mail });
      // Delivery was woken by the job's commits; wait for it to settle, not for a time.
      await server.mail.idle();
      return result.reminded.filter((reminder) => reminder.filingId === filingId);
    };

    before(async () => {
      smtp = await startSmtp();
      server = await startTestServer(target, { smtpUrl: `smtp://jiping:smtp-secret@127.0.0.1:${smtp.port}` });
      const social = await server.as('social-admin');
      const filing = await createAndSubmit(social, await institutionIdOf(social));
      const approved = await (await server.as('huangpu-officer')).post(`/api/v1/filings/${filing.id}/approve`, { version: filing.version, institutionCode: '0301', siteSequence: '000003' });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      filingId = filing.id;
    });
    after(async () => {
      // Both may be missing when starting failed; a listening SMTP server would keep the process alive.
      await server?.close();
      await smtp?.close();
    });

    test('an institution admin sets an e-mail address in preferences; a malformed one is refused in Chinese', async () => {
      const admin = await server.as('social-admin');
      const me = await admin.get('/api/v1/auth/me');
      assert.equal(me.body.user.email, null);
      const bad = await admin.patch('/api/v1/me/preferences', { locale: null, email: 'zhang.min@', version: me.body.user.version });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].field, 'email');
      assert.match(bad.body.errors[0].message, /电子邮箱格式不正确/);
      const saved = await admin.patch('/api/v1/me/preferences', { locale: null, email: `  ${address} `, version: me.body.user.version });
      assert.equal(saved.status, 204, JSON.stringify(saved.body));
      const after = await admin.get('/api/v1/auth/me');
      assert.equal(after.body.user.email, address);
      assert.equal(after.body.user.version, me.body.user.version + 1);
      const [audit] = await rows<{ action: string; detail: { changed: string[] } }>(server.database.db, sql`select action, detail from audit_events order by seq desc limit 1`);
      assert.deepEqual(audit, { action: 'user.preferences_updated', detail: { changed: ['email'] } });
      // A user who is not an administrator of the institution has an address too, and must get nothing.
      await server.database.db.execute(sql`update users set email = 'examiner@huangpu-assoc.example.cn' where username = 'social-examiner'`);
      await server.database.db.execute(sql`update users set email = 'admin@minhang-college.example.cn' where username = 'school-admin'`);
    });

    test('the expiry reminder reaches the SMTP server once, to the admin, with a UTF-8 Chinese subject and body', async () => {
      assert.deepEqual(await runExpiryJob('2028-12-01T02:00:00Z'), [{ filingId, days: 90 }]);
      assert.equal(smtp.received.length, 1);
      const [message] = smtp.received;
      assert.deepEqual(message!.rcptTo, [address]);
      assert.equal(message!.user, 'jiping', 'credentials from JIPING_SMTP_URL are used');
      assert.equal(header(message!.raw, 'To'), address);
      assert.match(header(message!.raw, 'From'), /Jiping 技评 <noreply@jiping\.local>/);
      assert.equal(header(message!.raw, 'Subject'), '备案将于 2029-03-01 到期');
      const text = textBody(message!.raw);
      assert.match(text, /上海市黄浦区职业技能培训评价协会（备案编号 .+）的备案有效期至 2029-03-01，剩余 90 天/);
      assert.match(text, /请勿直接回复/);
      const [row] = await outbox(server, address);
      assert.equal(row!.status, 'sent');
      assert.equal(row!.attempts, 1);
      assert.ok(row!.sent_at);

      assert.deepEqual(await runExpiryJob('2028-12-01T08:00:00Z'), [], 'a second run the same day notifies no one');
      assert.equal(smtp.received.length, 1);
      assert.equal((await outbox(server, address)).length, 1);
    });

    test('a rolled-back notification leaves neither a notification nor a mail', async () => {
      const ctx = systemContext(server.database, server.clock, 'test', server.mail);
      const institutionId = (await rows<{ id: string }>(server.database.db, sql`select institution_id as id from filings where id = ${filingId}`))[0]!.id;
      await assert.rejects(
        withTransaction(ctx, async (tx) => {
          const written = await notify(tx, { institutionId, kind: 'test', message: UNLINKED, dedupeKey: 'test:rollback' });
          assert.equal(written.mails, 1, 'the mail was written inside the transaction');
          throw new Error('roll back');
        }),
        /roll back/,
      );
      await server.mail.idle();
      assert.equal((await outbox(server, address)).length, 1);
      assert.equal((await rows(server.database.db, sql`select 1 from notifications where dedupe_key = 'test:rollback'`)).length, 0);
      assert.equal(smtp.received.length, 1);
    });

    test('while the SMTP server is down the mail stays pending with its attempt counted, and goes out once it is back', async () => {
      await smtp.close();
      assert.deepEqual(await runExpiryJob('2029-01-30T02:00:00Z'), [{ filingId, days: 30 }]);
      const waiting = (await outbox(server, address)).at(-1)!;
      assert.equal(waiting.subject, '备案将于 2029-03-01 到期');
      assert.equal(waiting.status, 'pending');
      assert.equal(waiting.attempts, 1);
      assert.ok(waiting.last_error, 'the reason is kept');
      assert.ok(new Date(waiting.next_attempt_at) > server.clock.now(), 'retried later, not at once');

      const port = smtp.port;
      smtp = await startSmtp(port);
      const early = await JOBS.mail({ database: server.database, clock: server.clock, mail: server.mail });
      assert.deepEqual(early, { enabled: true, sent: 0, retried: 0, failed: 0 }, 'not due before its backoff ends');
      server.clock.set(new Date(waiting.next_attempt_at));
      const due = await JOBS.mail({ database: server.database, clock: server.clock, mail: server.mail });
      assert.deepEqual(due, { enabled: true, sent: 1, retried: 0, failed: 0 });
      assert.equal(smtp.received.length, 1);
      assert.deepEqual(smtp.received[0]!.rcptTo, [address]);
      assert.match(textBody(smtp.received[0]!.raw), /剩余 30 天/);
      const delivered = (await outbox(server, address)).at(-1)!;
      assert.equal(delivered.status, 'sent');
      assert.equal(delivered.attempts, 2);
      assert.equal(delivered.last_error, null);
    });

    test(`retries back off exponentially and stop as failed after ${MAX_MAIL_ATTEMPTS} attempts; without SMTP mail waits`, async () => {
      const ctx = systemContext(server.database, server.clock, 'test');
      const [user] = await rows<{ id: string }>(server.database.db, sql`select id from users where username = 'school-admin'`);
      await withTransaction(ctx, (tx) => notify(tx, { userId: user!.id, kind: 'test', message: UNLINKED, dedupeKey: 'test:retries' }));
      const disabled = createMailDispatcher({ db: server.database.db, clock: server.clock, sender: null, log: { info() {}, error() {} } });
      assert.deepEqual(await disabled.drain(), { enabled: false, sent: 0, retried: 0, failed: 0 });
      const pending = await rows<{ status: string; attempts: number }>(server.database.db, sql`select status, attempts from mail_outbox where ${RETRIED}`);
      assert.deepEqual(pending, [{ status: 'pending', attempts: 0 }], 'e-mail disabled: the mail waits, nothing fails');

      const refusing = { send: async () => Promise.reject(new Error('451 try again later')), close() {} };
      const waits: number[] = [];
      let now = server.clock.now();
      for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt++) {
        const run = await deliverPendingMail(server.database.db, refusing, now);
        assert.deepEqual(run, attempt < MAX_MAIL_ATTEMPTS ? { sent: 0, retried: 1, failed: 0 } : { sent: 0, retried: 0, failed: 1 });
        const [row] = await rows<{ status: string; attempts: number; last_error: string; next_attempt_at: Date | string }>(
          server.database.db,
          sql`select status, attempts, last_error, next_attempt_at from mail_outbox where ${RETRIED}`,
        );
        assert.equal(row!.attempts, attempt);
        assert.equal(row!.last_error, '451 try again later');
        assert.equal(row!.status, attempt < MAX_MAIL_ATTEMPTS ? 'pending' : 'failed');
        const next = new Date(row!.next_attempt_at);
        waits.push((next.getTime() - now.getTime()) / 60_000);
        assert.deepEqual(await deliverPendingMail(server.database.db, refusing, new Date(next.getTime() - 1)), { sent: 0, retried: 0, failed: 0 }, 'nothing is due before the backoff ends');
        now = next;
      }
      assert.deepEqual(waits.slice(0, -1), [2, 4, 8, 16, 32, 64, 128]);
      assert.deepEqual(await deliverPendingMail(server.database.db, refusing, new Date('2100-01-01T00:00:00Z')), { sent: 0, retried: 0, failed: 0 }, 'a failed mail is not tried again');
    });
  });

  describe(`registration decisions by e-mail [${target}]`, () => {
    let server: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    before(async () => {
      smtp = await startSmtp();
      server = await startTestServer(target, { smtpUrl: `smtp://127.0.0.1:${smtp.port}` });
    });
    after(async () => {
      await server?.close();
      await smtp?.close();
    });

    test('a candidate who gave an e-mail address is told of the admission decision and why, by e-mail', async () => {
      const enterprise = await server.as('enterprise-admin');
      const planId = (await openPlan(enterprise, await server.as('pudong-officer'), await institutionIdOf(enterprise))).id;
      const worker = await server.as('candidate-2');
      const me = await worker.get('/api/v1/auth/me');
      const saved = await worker.patch('/api/v1/me/preferences', { locale: null, email: 'li.qiang@example.cn', version: me.body.user.version });
      assert.equal(saved.status, 204, JSON.stringify(saved.body));
      const applied = await worker.post(`/api/v1/plans/${planId}/registrations`, {});
      assert.equal(applied.status, 201);
      await server.mail.idle();
      const mail = smtp.received.find((m) => m.rcptTo.includes('li.qiang@example.cn'));
      assert.ok(mail, 'the application e-mail arrived');
      assert.match(header(mail.raw, 'Subject'), /车工（四级\/中级工）报名：已提交，系统初审符合申报条件/);
      assert.match(textBody(mail.raw), /李强，您好：[\s\S]*取得本职业或相关职业五级\/初级工证书后/);
    });

    test('a candidate who reads the platform in English is written to in English, in the app and by e-mail', async () => {
      const enterprise = await server.as('enterprise-admin');
      const planId = (await openPlan(enterprise, await server.as('pudong-officer'), await institutionIdOf(enterprise), { examStart: '2026-04-09', examEnd: '2026-04-09' })).id;
      const candidate = await server.as('candidate-3');
      const me = await candidate.get('/api/v1/auth/me');
      const saved = await candidate.patch('/api/v1/me/preferences', { locale: 'en-US', email: 'wang.fang@example.cn', version: me.body.user.version });
      assert.equal(saved.status, 204, JSON.stringify(saved.body));
      const applied = await candidate.post(`/api/v1/plans/${planId}/registrations`, {});
      assert.equal(applied.status, 201, JSON.stringify(applied.body));
      await server.mail.idle();
      const mail = smtp.received.find((m) => m.rcptTo.includes('wang.fang@example.cn'));
      assert.ok(mail, 'the application e-mail arrived');
      assert.match(header(mail.raw, 'Subject'), /^车工 \(Level 4.*\) application: /);
      const text = textBody(mail.raw);
      assert.match(text, /^Dear 王芳,/);
      assert.match(text, /exam on 2026-04-09/);
      assert.match(text, /please do not reply/);
      assert.doesNotMatch(text, /您好|请勿直接回复/);
      const notes = (await candidate.get('/api/v1/notifications')).body as Array<{ title: string; body: string }>;
      assert.ok(
        notes.some((n) => /application: /.test(n.title) && /^Dear 王芳,/.test(n.body)),
        JSON.stringify(notes).slice(0, 400),
      );
    });
  });
}
