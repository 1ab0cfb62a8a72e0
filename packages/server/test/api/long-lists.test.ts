import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { examWorld, type ExamWorld } from '../helpers/exam-fixtures.ts';
import type { HttpClient, HttpResponse } from '../helpers/http.ts';

/** Follows `nextCursor` from the first page to the last, and returns the ids in the order read. */
async function walk(client: HttpClient, url: string): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const response: HttpResponse<{ items: Array<{ id: string }>; nextCursor: string | null }> = await client.get(
      `${url}${url.includes('?') ? '&' : '?'}${cursor ? `cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    assert.equal(response.status, 200, JSON.stringify(response.body));
    seen.push(...response.body.items.map((item: { id: string }) => item.id));
    cursor = response.body.nextCursor;
    if (!cursor) return seen;
  }
  assert.fail('the pages never end');
}

for (const target of dbTargets()) {
  describe(`long lists of the scores and staffing pages are read a page at a time [${target}]`, () => {
    let server: TestServer;
    let world: ExamWorld;
    let enterprise: HttpClient;
    const byName = (name: string) => world.candidates.find((c) => c.name === name)!;

    before(async () => {
      server = await startTestServer(target);
      world = await examWorld(server, { extraCandidates: 5 });
      enterprise = await server.as('enterprise-admin');
    });
    after(() => server.close());

    test('the sessions to score: past the first page every session is reached, latest first, for the institution, the district and an examiner', async () => {
      const sessions = Object.values(world.sessions);
      for (const username of ['enterprise-admin', 'pudong-officer', 'enterprise-examiner']) {
        const client = await server.as(username);
        const first = await client.get('/api/v1/scoring/sessions?limit=1');
        assert.equal(first.status, 200, JSON.stringify(first.body));
        assert.equal(first.body.items.length, 1);
        assert.ok(first.body.nextCursor, `${username}: a second page is offered`);
        const all = await walk(client, '/api/v1/scoring/sessions?limit=1');
        assert.deepEqual([...all].sort(), [...sessions].sort(), username);
        assert.deepEqual(all, [world.sessions.skill, world.sessions.theory], `${username}: the afternoon's skill session first`);
      }
      assert.deepEqual((await (await server.as('huangpu-officer')).get('/api/v1/scoring/sessions?limit=1')).body, { items: [], nextCursor: null });
      const bad = await enterprise.get('/api/v1/scoring/sessions?cursor=not-a-cursor');
      assert.equal(bad.status, 400);
      assert.match(JSON.stringify(bad.body), /分页游标无效/);
    });

    test('a plan’s admitted candidates: every one is reached page by page, and found by part of the name or the ticket number', async () => {
      const url = `/api/v1/plans/${world.planId}/registrations?status=admitted`;
      const everyone = world.candidates.map((c) => c.registrationId);
      assert.equal(everyone.length, 6);
      assert.deepEqual((await walk(enterprise, `${url}&limit=2`)).sort(), [...everyone].sort(), 'three pages of two');

      const found = async (client: HttpClient, q: string, limit = 100) => walk(client, `${url}&limit=${limit}&q=${encodeURIComponent(q)}`);
      assert.deepEqual(await found(enterprise, '李强'), [byName('李强').registrationId]);
      assert.deepEqual(await found(enterprise, ' 强 '), [byName('李强').registrationId], 'part of the name, spaces trimmed');
      const target = byName('考生7003');
      assert.deepEqual(await found(enterprise, target.ticket), [target.registrationId], 'the whole ticket number');
      assert.deepEqual(await found(enterprise, target.ticket.slice(-5)), [target.registrationId], 'its end');
      assert.deepEqual(await found(enterprise, target.ticket.toLowerCase()), [target.registrationId], 'in any case');
      assert.deepEqual(
        (await found(enterprise, '考生700', 2)).sort(),
        world.candidates
          .filter((c) => c.name.startsWith('考生700'))
          .map((c) => c.registrationId)
          .sort(),
        'a search too is paged',
      );
      assert.deepEqual(await found(enterprise, '%'), [], 'a wildcard is a plain character');
      assert.deepEqual(await found(enterprise, '王五'), []);

      // 周建平 declares his own ties from the same list; a district elsewhere learns nothing by searching.
      assert.deepEqual(await found(await server.as('enterprise-examiner-2'), '李强'), [byName('李强').registrationId]);
      const elsewhere = await (await server.as('huangpu-officer')).get(`${url}&q=${encodeURIComponent('李强')}`);
      assert.equal(elsewhere.status, 403);
      assert.equal(JSON.stringify(elsewhere.body).includes(byName('李强').registrationId), false);
      const long = await enterprise.get(`${url}&q=${'李'.repeat(65)}`);
      assert.equal(long.status, 400);
    });
  });
}
