import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/server.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import { systemContext } from '../../src/boot.ts';
import { rows } from '../../src/platform/db/client.ts';
import { withTransaction } from '../../src/platform/db/transaction.ts';
import { hashPassword } from '../../src/platform/auth/password.ts';
import { notify } from '../../src/modules/notifications/notify.ts';

interface Notice {
  kind: string;
  title: string;
  body: string;
}

for (const target of dbTargets()) {
  describe(`notifications are worded when read, in the reader's language [${target}]`, () => {
    let server: TestServer;
    let institutionId: string;
    const write = (input: Parameters<typeof notify>[1]) => withTransaction(systemContext(server.database, server.clock, 'test'), (tx) => notify(tx, input));
    const inbox = async (username: string, kind: string) => ((await (await server.as(username)).get('/api/v1/notifications')).body as Notice[]).filter((n) => n.kind === kind);

    before(async () => {
      server = await startTestServer(target);
      institutionId = await institutionIdOf(await server.as('social-admin'));
      // The association has a second administrator, who reads English; the first reads Chinese.
      const hash = await hashPassword(DEMO_PASSWORD);
      const [user] = await rows<{ id: string }>(
        server.database.db,
        sql`insert into users (username, display_name, password_hash, locale, email) values ('social-admin-en', 'Alex Chen', ${hash}, 'en-US', 'alex@huangpu-assoc.example.cn') returning id`,
      );
      await server.database.db.execute(sql`insert into user_grants (user_id, role, institution_id) values (${user!.id}, 'institution_admin', ${institutionId})`);
      await server.database.db.execute(sql`update users set locale = 'zh-CN', email = 'zhang.min@huangpu-assoc.example.cn' where username = 'social-admin'`);
    });
    after(() => server?.close());

    test("an institution's notification reads in English to its English-speaking administrator and in Chinese to the other, as do their e-mails", async () => {
      const written = await write({
        institutionId,
        kind: 'filing.expiry_reminder',
        message: {
          title: 'notification.filingExpiry.title',
          body: 'notification.filingExpiry.body',
          params: { institution: '上海市黄浦区职业技能培训评价协会', number: '沪评备2026310101001', date: '2029-03-01', days: '30', window: '90' },
        },
      });
      assert.equal(written.mails, 2);

      const [english] = await inbox('social-admin-en', 'filing.expiry_reminder');
      assert.equal(english?.title, 'Your filing expires on 2029-03-01');
      assert.match(english!.body, /^The filing of 上海市黄浦区职业技能培训评价协会 \(number 沪评备2026310101001\) is valid until 2029-03-01: 30 days left\./);
      const [chinese] = await inbox('social-admin', 'filing.expiry_reminder');
      assert.equal(chinese?.title, '备案将于 2029-03-01 到期');
      assert.match(chinese!.body, /^上海市黄浦区职业技能培训评价协会（备案编号 沪评备2026310101001）的备案有效期至 2029-03-01，剩余 30 天。/);

      const mails = await rows<{ to_address: string; subject: string }>(
        server.database.db,
        sql`select to_address, subject from mail_outbox where notification_id = ${written.notificationId} order by to_address`,
      );
      assert.deepEqual(mails, [
        { to_address: 'alex@huangpu-assoc.example.cn', subject: 'Your filing expires on 2029-03-01' },
        { to_address: 'zhang.min@huangpu-assoc.example.cn', subject: '备案将于 2029-03-01 到期' },
      ]);
    });

    test('a user who changes language reads earlier notifications in the new one: a status in words of that language, a typed reason as typed', async () => {
      const [candidate] = await rows<{ id: string }>(server.database.db, sql`select id from users where username = 'candidate-1'`);
      await write({
        userId: candidate!.id,
        kind: 'registration.rejected',
        message: {
          title: 'notification.registration.title',
          body: 'notification.registration.bodyReason',
          params: {
            name: '陈静',
            institution: '上海浦江精密机械有限公司',
            occupation: '车工',
            workType: '',
            level: { 'zh-CN': '四级/中级工', 'en-US': 'Level 4 (intermediate)' },
            examDate: '2026-04-09',
            registrationNotice: 'rejected',
            reason: '材料不全',
          },
        },
      });
      const [zh] = await inbox('candidate-1', 'registration.rejected');
      assert.equal(zh?.title, '车工（四级/中级工）报名：不予受理');
      assert.match(zh!.body, /审核意见：材料不全$/);

      const client = await server.as('candidate-1');
      const me = await client.get('/api/v1/auth/me');
      assert.equal((await client.patch('/api/v1/me/preferences', { locale: 'en-US', version: me.body.user.version })).status, 204);
      const [en] = ((await client.get('/api/v1/notifications')).body as Notice[]).filter((n) => n.kind === 'registration.rejected');
      assert.equal(en?.title, '车工 (Level 4 (intermediate)) application: refused');
      assert.match(en!.body, /^Dear 陈静,\n[\s\S]*: refused\.\nReviewer's note: 材料不全$/);
    });

    test('a notification stored with its text, before notifications kept their keys, reads as it was sent', async () => {
      await server.database.db.execute(
        sql`insert into notifications (institution_id, kind, title, body, created_at) values (${institutionId}, 'legacy', '备案将于 2027-01-01 到期', '旧通知正文', now())`,
      );
      for (const username of ['social-admin', 'social-admin-en']) {
        assert.deepEqual(
          (await inbox(username, 'legacy')).map(({ title, body }) => ({ title, body })),
          [{ title: '备案将于 2027-01-01 到期', body: '旧通知正文' }],
        );
      }
      // A row with neither keys nor text cannot be written.
      await assert.rejects(server.database.db.execute(sql`insert into notifications (institution_id, kind, created_at) values (${institutionId}, 'empty', now())`));
    });
  });
}
