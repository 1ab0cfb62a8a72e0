import { DEMO_ACCOUNTS } from '../../src/seed/demo.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

for (const target of dbTargets()) {
  describe(`territorial scope of institution data [${target}]`, () => {
    let server: TestServer;
    let byDistrict: Map<string, string>;
    before(async () => {
      server = await startTestServer(target);
      const admin = await server.as('city-admin');
      const all = await admin.get('/api/v1/institutions');
      byDistrict = new Map(all.body.items.map((i: { districtCode: string; id: string }) => [i.districtCode, i.id]));
    });
    after(() => server.close());

    const names = async (username: string) => {
      const client = await server.as(username);
      const response = await client.get('/api/v1/institutions');
      assert.equal(response.status, 200, `${username}: ${JSON.stringify(response.body)}`);
      return response.body.items.map((i: { districtName: string }) => i.districtName).sort();
    };

    test('the city sees every district; each district officer sees only their own', async () => {
      assert.deepEqual(await names('city-admin'), ['浦东新区', '闵行区', '黄浦区'].sort());
      assert.deepEqual(await names('huangpu-officer'), ['黄浦区']);
      assert.deepEqual(await names('pudong-officer'), ['浦东新区']);
      assert.deepEqual(await names('minhang-officer'), ['闵行区']);
    });

    test("an institution's own staff see only their institution", async () => {
      assert.deepEqual(await names('enterprise-admin'), ['浦东新区']);
      assert.deepEqual(await names('school-examiner'), ['闵行区']);
    });

    test("a district officer asking for another district's data gets 403 with the reason", async () => {
      const huangpu = await server.as('huangpu-officer');
      for (const path of ['/api/v1/districts/310115/institutions', '/api/v1/institutions?district=310115', `/api/v1/institutions/${byDistrict.get('310115')}`]) {
        const response = await huangpu.get(path);
        assert.equal(response.status, 403, path);
        assert.equal(response.body.code, 'FORBIDDEN');
        assert.match(response.body.detail, /浦东新区/);
        assert.match(response.body.detail, /超出管辖范围/);
      }
      const own = await huangpu.get('/api/v1/districts/310101/institutions');
      assert.equal(own.status, 200);
      assert.equal(own.body.items.length, 1);
    });

    test('roles without institution scope are refused with the reason, not shown an empty list', async () => {
      for (const username of ['inspector-1', 'candidate-1']) {
        const response = await (await server.as(username)).get('/api/v1/institutions');
        assert.equal(response.status, 403, username);
        assert.equal(response.body.detail, '您的角色无权查看评价机构。');
      }
    });

    test('an institution admin cannot open another institution', async () => {
      const response = await (await server.as('social-admin')).get(`/api/v1/institutions/${byDistrict.get('310112')}`);
      assert.equal(response.status, 403);
      assert.equal(response.body.detail, '您无权访问该评价机构的数据。');
    });

    test('keyset paging walks the whole list without repeats', async () => {
      const admin = await server.as('city-admin');
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${cursor}` : '';
        const page = await admin.get(`/api/v1/institutions?limit=1${query}`);
        assert.equal(page.status, 200);
        seen.push(...page.body.items.map((i: { id: string }) => i.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      assert.equal(seen.length, 3);
      assert.equal(new Set(seen).size, 3);
    });

    test('only the city lists accounts', async () => {
      const users = await (await server.as('city-admin')).get('/api/v1/users?limit=200');
      assert.equal(users.status, 200);
      assert.equal(users.body.items.length, DEMO_ACCOUNTS.length);
      const huangpu = users.body.items.find((u: { username: string }) => u.username === 'huangpu-officer');
      assert.deepEqual(
        huangpu.grants.map((g: { districtName: string }) => g.districtName),
        ['黄浦区'],
      );
      assert.ok(!('passwordHash' in huangpu));
      assert.equal((await (await server.as('pudong-officer')).get('/api/v1/users')).status, 403);
    });
  });
}
