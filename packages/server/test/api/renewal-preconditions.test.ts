import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import { insertFinalPlans, insertInspection } from '../helpers/supervision-fixtures.ts';
import { evaluationPlans, filings } from '../../src/platform/db/schema.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

for (const target of dbTargets()) {
  describe(`renewal preconditions: six plans run to final results, certificates exported, no open rectification [${target}]`, () => {
    let server: TestServer;
    let enterpriseId: string;
    let baseId: string;
    let inspectionId: string;
    const as = (username: string) => server.as(username);

    /** Orders rectification and sees it answered; accepted when asked. */
    async function rectification({ accept }: { accept: boolean }) {
      const order = await (await as('inspector-1')).post(`/api/v1/inspections/${inspectionId}/rectifications`, { requirement: '完善考务档案', deadline: '2026-04-30' });
      assert.equal(order.status, 201, JSON.stringify(order.body));
      if (!accept) return order.body as { id: string; version: number };
      const enterprise = await as('enterprise-admin');
      assert.equal((await enterprise.upload(`/api/v1/rectifications/${order.body.id}/files`, '档案.png', PNG)).status, 201);
      const answered = await enterprise.post(`/api/v1/rectifications/${order.body.id}/respond`, { version: order.body.version, response: '已补齐' });
      const accepted = await (await as('inspector-1')).post(`/api/v1/rectifications/${order.body.id}/accept`, { version: answered.body.version });
      assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
      return accepted.body as { id: string; version: number };
    }

    before(async () => {
      server = await startTestServer(target, {}, '2026-03-02T02:00:00.000Z');
      enterpriseId = await institutionIdOf(await as('enterprise-admin'));
      const [base] = await server.database.db
        .select()
        .from(filings)
        .where(and(eq(filings.institutionId, enterpriseId), eq(filings.kind, 'initial')));
      baseId = base!.id;
      // The filing in force (from 2026-03-02) runs out in a month: inside the renewal window.
      await server.database.db.update(filings).set({ validFrom: '2023-04-01', validUntil: '2026-03-31' }).where(eq(filings.id, baseId));
      inspectionId = (await insertInspection(server.database, { institutionId: enterpriseId })).inspectionId;
    });
    after(() => server.close());

    test('a renewal is refused listing every unmet condition; the checklist is on the filing page; met, it goes through', async () => {
      // Four plans of the term ran to final results; one still in publicity, one before the term and one cancelled do not count.
      await insertFinalPlans(server.database, { filingId: baseId, count: 4, examStart: '2025-05-10' });
      await insertFinalPlans(server.database, { filingId: baseId, count: 1, examStart: '2026-02-10', final: false });
      await insertFinalPlans(server.database, { filingId: baseId, count: 1, examStart: '2023-03-20' });
      const [cancelled] = await insertFinalPlans(server.database, { filingId: baseId, count: 1, examStart: '2025-06-10' });
      await server.database.db.update(evaluationPlans).set({ status: 'cancelled' }).where(eq(evaluationPlans.id, cancelled!));
      const open = await rectification({ accept: false });

      const enterprise = await as('enterprise-admin');
      const renewal = await enterprise.post(`/api/v1/institutions/${enterpriseId}/renewals`);
      assert.equal(renewal.status, 201, JSON.stringify(renewal.body));
      const refused = await enterprise.post(`/api/v1/filings/${renewal.body.id}/submit`, { version: renewal.body.version });
      assert.equal(refused.status, 412);
      assert.match(refused.body.detail, /延续申请不符合 2 项条件/);
      assert.match(refused.body.detail, /本备案期（2023-04-01 至 2026-03-31）仅有 4 个评价计划完成至成绩终局，延续须至少 6 个/);
      assert.match(refused.body.detail, /仍有 1 份整改通知未验收/);
      assert.deepEqual(
        refused.body.errors.map((e: { field: string }) => e.field),
        ['renewal.final_plans', 'renewal.no_open_rectification'],
      );
      const page = (await enterprise.get(`/api/v1/filings/${renewal.body.id}`)).body;
      assert.equal(page.status, 'draft', 'a refused submission changes nothing');
      assert.deepEqual(
        page.renewalChecklist.conditions.map((c: { condition: string; met: boolean; count: number }) => [c.condition, c.met, c.count]),
        [
          ['final_plans', false, 4],
          ['certificates_exported', true, 0],
          ['no_open_rectification', false, 1],
        ],
      );

      // The open order answered and accepted, two more plans final: every condition holds.
      const enterpriseClient = await as('enterprise-admin');
      assert.equal((await enterpriseClient.upload(`/api/v1/rectifications/${open.id}/files`, '档案.png', PNG)).status, 201);
      const answered = await enterpriseClient.post(`/api/v1/rectifications/${open.id}/respond`, { version: open.version, response: '已补齐' });
      assert.equal((await (await as('inspector-2')).post(`/api/v1/rectifications/${open.id}/accept`, { version: answered.body.version })).status, 200);
      await insertFinalPlans(server.database, { filingId: baseId, count: 2, examStart: '2025-11-03' });
      const submitted = await enterprise.post(`/api/v1/filings/${renewal.body.id}/submit`, { version: renewal.body.version });
      assert.equal(submitted.status, 200, JSON.stringify(submitted.body));

      // The district reviews with the checklist beside the application.
      const pudong = await as('pudong-officer');
      const review = (await pudong.get(`/api/v1/filings/${renewal.body.id}`)).body;
      assert.equal(review.renewalChecklist.met, true);
      assert.match(review.renewalChecklist.conditions[0].text, /已有 6 个评价计划完成至成绩终局/);

      // An order opened after the submission holds the approval back until it is accepted.
      await rectification({ accept: false }).then(async (late) => {
        const held = await pudong.post(`/api/v1/filings/${renewal.body.id}/approve`, { version: submitted.body.version });
        assert.equal(held.status, 412);
        assert.match(held.body.detail, /仍有 1 份整改通知未验收/);
        const client = await as('enterprise-admin');
        assert.equal((await client.upload(`/api/v1/rectifications/${late.id}/files`, '档案.png', PNG)).status, 201);
        const done = await client.post(`/api/v1/rectifications/${late.id}/respond`, { version: late.version, response: '已补齐' });
        assert.equal((await (await as('inspector-1')).post(`/api/v1/rectifications/${late.id}/accept`, { version: done.body.version })).status, 200);
      });
      const approved = await pudong.post(`/api/v1/filings/${renewal.body.id}/approve`, { version: submitted.body.version });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      const [base] = await server.database.db.select().from(filings).where(eq(filings.id, baseId));
      assert.equal(base!.validUntil, '2029-03-31');
    });

    test('after a renewal the term is the new validity: plans of the earlier term no longer count', async () => {
      server.clock.set('2029-02-01T02:00:00.000Z');
      const enterprise = await as('enterprise-admin');
      const renewal = await enterprise.post(`/api/v1/institutions/${enterpriseId}/renewals`);
      assert.equal(renewal.status, 201, JSON.stringify(renewal.body));
      const page = (await enterprise.get(`/api/v1/filings/${renewal.body.id}`)).body;
      const plans = page.renewalChecklist.conditions[0];
      assert.deepEqual([plans.met, plans.count, plans.from, plans.until], [false, 0, '2026-04-01', '2029-03-31']);
    });
  });
}
