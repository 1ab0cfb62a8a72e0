import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { creditCodeCheckChar } from '@jiping/domain';
import { rows } from '../../src/platform/db/client.ts';
import { unseal } from '../../src/platform/crypto/pii.ts';
import { keyringFor, systemContext } from '../../src/boot.ts';
import { sealContactPhones } from '../../src/modules/organizations/contact-phone.ts';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { auditActions, auditCount } from '../helpers/audit.ts';

const PHONE = '13912345678';

interface OrganizationColumns {
  contact_phone: string;
  contact_phone_sealed: string | null;
  contact_phone_masked: string;
}

for (const target of dbTargets()) {
  describe(`organisation contact phone is sealed and shown masked [${target}]`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(target);
    });
    after(() => server.close());

    const columnsOf = async (id: string) =>
      (await rows<OrganizationColumns>(server.database.db, sql`select contact_phone, contact_phone_sealed, contact_phone_masked from organizations where id = ${id}`))[0]!;

    test('a registered phone is stored sealed, never in clear, and the filing page shows it masked', async () => {
      const stem = '51310104MK0000001';
      const registered = await server.client().post('/api/v1/organizations/register', {
        organization: {
          creditCode: stem + creditCodeCheckChar(stem),
          name: '上海徐汇测试评价中心',
          kind: 'association',
          districtCode: '310104',
          address: '上海市徐汇区漕溪北路 1 号',
          legalRepresentative: '孙明',
          contactName: '周敏',
          contactPhone: PHONE,
        },
        institution: { name: '上海徐汇测试评价中心', category: 'social' },
        admin: { username: 'xuhui-contact', displayName: '测试管理员', password: 'A-long-password-1' },
      });
      assert.equal(registered.status, 201, JSON.stringify(registered.body));
      const stored = await columnsOf(registered.body.organizationId);
      assert.equal(stored.contact_phone, '');
      assert.equal(stored.contact_phone_masked, '139****5678');
      assert.ok(stored.contact_phone_sealed && !stored.contact_phone_sealed.includes(PHONE));
      assert.equal(unseal(keyringFor(server.config), 'contact_phone', stored.contact_phone_sealed), PHONE);
      const everything = await rows<{ row: string }>(server.database.db, sql`select row_to_json(a)::text as row from audit_events a`);
      assert.ok(!everything.some((e) => e.row.includes(PHONE)), 'not in the audit trail either');

      const admin = server.client();
      assert.equal((await admin.post('/api/v1/auth/login', { username: 'xuhui-contact', password: 'A-long-password-1' })).status, 200);
      const draft = await admin.post(`/api/v1/institutions/${registered.body.institutionId}/filings`, { scope: [], content: {} });
      assert.equal(draft.status, 201);
      const detail = await admin.get(`/api/v1/filings/${draft.body.id}`);
      assert.equal(detail.body.organization.contactName, '周敏');
      assert.equal(detail.body.organization.contactPhoneMasked, '139****5678');
      assert.ok(!JSON.stringify(detail.body).includes(PHONE), 'the full phone is never sent');
    });

    test('phones stored in clear before sealing are sealed at start, audited, once', async () => {
      const [org] = await rows<{ id: string }>(
        server.database.db,
        sql`insert into organizations (credit_code, name, kind, district_code, address, legal_representative, contact_name, contact_phone)
            values ('LEGACY-0001', '旧数据单位', 'enterprise', '310101', '上海市黄浦区', '王某', '李某', '021-63211234') returning id`,
      );
      const since = await auditCount(server.database);
      const keyring = keyringFor(server.config);
      assert.equal(await sealContactPhones(systemContext(server.database, server.clock, 'seal-contact-phones'), keyring), 1);
      const stored = await columnsOf(org!.id);
      assert.equal(stored.contact_phone, '');
      assert.equal(stored.contact_phone_masked, '021*****1234');
      assert.equal(unseal(keyring, 'contact_phone', stored.contact_phone_sealed!), '021-63211234');
      assert.deepEqual(await auditActions(server.database, since), ['organization.contact_phone_sealed']);
      assert.equal(await sealContactPhones(systemContext(server.database, server.clock, 'seal-contact-phones'), keyring), 0, 'nothing left to seal');
    });
  });
}
