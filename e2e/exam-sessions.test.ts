import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { addDays, shanghaiDate } from '@jiping/domain';
import { e2eSkipReason, startE2E, withPageReport, type E2E } from './support/browser.ts';
import { enterprisePlan } from '../packages/server/test/helpers/plan-fixtures.ts';
import { embedsNotoSubset, qrCodesIn } from '../packages/server/test/helpers/pdf.ts';
import { rows } from '../packages/server/src/platform/db/client.ts';

const skip = e2eSkipReason();

/** The bytes of the file a click makes the browser download. */
async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return fs.readFileSync((await file.path())!);
}

describe('exam sessions journey in Chromium', { skip }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(async () => {
    await e2e?.close();
  });

  test('the enterprise schedules theory and skill for 李强 on its 车工 四级 plan, draws seats and prints every ticket; 李强 downloads his; on a tablet his scanned ticket checks him in once', async () => {
    type Session = Awaited<ReturnType<E2E['signedIn']>>;
    let enterprise: Session;
    let worker: Session;
    let examiner: Session;
    await withPageReport(
      () => ({ enterprise: enterprise?.page, worker: worker?.page, examiner: examiner?.page }),
      async () => {
        const exam = addDays(shanghaiDate(new Date()), 40);
        const db = e2e.server.database.db;

        // The plan is filed and acknowledged and 李强 admitted the way the earlier journeys do it in the browser.
        enterprise = await e2e.signedIn('enterprise-admin');
        const pudong = await e2e.signedIn('pudong-officer');
        worker = await e2e.signedIn('candidate-2');
        const me = await (await enterprise.context.request.get('/api/v1/auth/me')).json();
        const draft = await (await enterprise.context.request.post(`/api/v1/institutions/${me.grants[0].institutionId}/plans`, { data: enterprisePlan({ examStart: exam, examEnd: exam }) })).json();
        const filed = await (await enterprise.context.request.post(`/api/v1/plans/${draft.id}/file`, { data: { version: draft.version } })).json();
        assert.equal((await pudong.context.request.post(`/api/v1/plans/${draft.id}/acknowledge`, { data: { version: filed.version } })).status(), 200);
        const applied = await (await worker.context.request.post(`/api/v1/plans/${draft.id}/registrations`, { data: {} })).json();
        assert.equal((await enterprise.context.request.post(`/api/v1/registrations/${applied.id}/review`, { data: { version: applied.version, decision: 'admit' } })).status(), 200);

        // 考务安排: a theory session in the written-exam room, a skill session in the workshop.
        const page = enterprise.page;
        await page.goto('/institution/plans');
        await page.getByRole('link', { name: '考务安排' }).first().click();
        await page.waitForURL(/\/institution\/plans\/[^/]+\/exam-sessions$/);
        await page.getByText('准予报名 1 人 · 已发准考证 0 张').waitFor();
        await page.getByRole('button', { name: '安排场次' }).click();
        let dialog = page.getByRole('dialog');
        await dialog.getByLabel('开始时间').fill('09:00');
        await dialog.getByLabel('结束时间').fill('11:00');
        await dialog.getByRole('button', { name: '保存' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await page.getByRole('cell', { name: '理论知识考试' }).waitFor();

        await page.getByRole('button', { name: '安排场次' }).click();
        dialog = page.getByRole('dialog');
        await dialog.getByLabel('科目').click();
        await page.locator('.ant-select-dropdown:visible').getByTitle('操作技能考核').click();
        await dialog.getByLabel('开始时间').fill('13:00');
        await dialog.getByLabel('结束时间').fill('16:00');
        await dialog.getByLabel('考场').click();
        await page.locator('.ant-select-dropdown:visible').getByTitle('数控实操车间').click();
        await dialog.getByLabel('容纳人数').fill('13');
        await dialog.getByRole('button', { name: '保存' }).click();
        // The workshop was filed for 12: the server says so under the field, and nothing is saved.
        await dialog.getByText('容纳人数超过考场“数控实操车间”备案的 12 人。').waitFor();
        await dialog.getByLabel('容纳人数').fill('12');
        await dialog.getByRole('button', { name: '保存' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await page.getByRole('cell', { name: '操作技能考核' }).waitFor();

        for (const component of ['理论知识考试', '操作技能考核']) {
          await page.getByRole('button', { name: `编排座位：${component}` }).click();
          await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
          await page.getByText('已为 1 名考生编排座位').last().waitFor();
        }
        await page.getByText('准予报名 1 人 · 已发准考证 1 张').waitFor();
        const [ticket] = await rows<{ ticket_number: string }>(db, sql`select ticket_number from exam_tickets where registration_id = ${applied.id}`);
        const ticketNumber = ticket!.ticket_number;
        const all = await download(page, () => page.getByRole('link', { name: '下载全部准考证（PDF）' }).click());
        assert.equal(all.subarray(0, 5).toString(), '%PDF-');
        assert.ok(embedsNotoSubset(all));
        assert.deepEqual(qrCodesIn(all), [ticketNumber]);

        // 李强 downloads his own ticket from 我的报名 (the demo's exam of the day has one for him too).
        await worker.page.goto('/candidate/my-registrations');
        const own = await download(worker.page, () =>
          worker.page
            .getByRole('link', { name: '下载准考证' })
            .and(worker.page.locator(`[href*="${applied.id}"]`))
            .click(),
        );
        assert.deepEqual(qrCodesIn(own), [ticketNumber]);

        // The theory session is staffed as the rules ask (the staffing page has its own journey): 孙国华 (the
        // demo examiner) and 周建平 invigilate, 郑质量 supervises. Then the day comes.
        const [theory] = await rows<{ id: string; starts_at: Date }>(db, sql`select id, starts_at from exam_sessions where plan_id = ${draft.id} and component = 'theory'`);
        const staff = (await (await page.request.get(`/api/v1/institutions/${me.grants[0].institutionId}/staff`)).json()).items as Array<{ id: string; name: string }>;
        for (const [name, duty] of [
          ['孙国华', 'invigilator'],
          ['周建平', 'invigilator'],
          ['郑质量', 'internal_supervisor'],
        ] as const) {
          const assigned = await page.request.post(`/api/v1/exam-sessions/${theory!.id}/staff`, { data: { staffId: staff.find((m) => m.name === name)!.id, duty } });
          assert.equal(assigned.status(), 200, await assigned.text());
        }
        e2e.server.clock.set(new Date(new Date(theory!.starts_at).getTime() - 15 * 60_000));

        // On a 768-px tablet: 我的场次 → the session → start → the scanner types the ticket number and Enter.
        examiner = await e2e.signedIn('enterprise-examiner', { viewport: { width: 768, height: 1024 } });
        const tablet = examiner.page;
        await tablet.goto('/examiner/my-sessions');
        await tablet
          .getByRole('link', { name: '进入考场' })
          .and(tablet.locator(`[href$="${theory!.id}"]`))
          .click();
        await tablet.getByText('开考后才能签到考生。').waitFor();
        await tablet.getByRole('button', { name: '开考' }).click();
        await tablet.getByText('考试中').first().waitFor();
        const scan = tablet.getByLabel('扫描准考证二维码或输入证件号码');
        await scan.focus();
        await tablet.keyboard.type(ticketNumber);
        await tablet.keyboard.press('Enter');
        await tablet.getByText(/签到成功：座位 1 · 李\*/).waitFor();
        assert.equal(await scan.inputValue(), '', 'the field is cleared for the next candidate');
        await tablet.keyboard.type(ticketNumber);
        await tablet.keyboard.press('Enter');
        await tablet.getByText(/李\*（座位 1）已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 签到，不能重复签到。/).waitFor();
        await tablet.getByText('应到 1 · 已签到 1 · 缺考 0').waitFor();
        assert.ok((await tablet.evaluate(() => document.documentElement.scrollWidth)) <= 768, 'the check-in page fits the tablet without scrolling sideways');
      },
    );
  });
});
