import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addDays, shanghaiDate } from '@jiping/domain';
import { e2eSkipReason, startE2E, withPageReport, type E2E } from './support/browser.ts';
import { institutionIdOf } from '../packages/server/test/helpers/filing-fixtures.ts';
import { openPlan } from '../packages/server/test/helpers/plan-fixtures.ts';
import { insertSession, seat } from '../packages/server/test/helpers/staffing-fixtures.ts';

const skip = e2eSkipReason();

async function choose(page: Page, scope: ReturnType<Page['getByRole']>, label: string, option: string) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

describe('staffing journey in Chromium', { skip }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(() => e2e?.close());

  test('an examiner declares a tie with 李强; the enterprise staffs its skill session, and assigning that examiner is refused with the reason on the page', async () => {
    // The plan, 李强's admitted application and the seated session are the subject of other journeys: set up through the API.
    const exam = addDays(shanghaiDate(new Date()), 40);
    const enterprise = await e2e.server.as('enterprise-admin');
    const plan = await openPlan(enterprise, await e2e.server.as('pudong-officer'), await institutionIdOf(enterprise), { examStart: exam, examEnd: exam });
    const applied = await (await e2e.server.as('candidate-2')).post(`/api/v1/plans/${plan.id}/registrations`, {});
    const admitted = await enterprise.post(`/api/v1/registrations/${applied.body.id}/review`, { version: applied.body.version, decision: 'admit' });
    assert.equal(admitted.status, 200, JSON.stringify(admitted.body));
    const session = await insertSession(e2e.server.database, plan.id, { component: 'skill', room: '数控实操车间', startsAt: `${exam}T05:00:00.000Z`, endsAt: `${exam}T08:00:00.000Z` });
    await seat(e2e.server.database, session, applied.body.id, 1);

    const pages: Record<string, Page | undefined> = {};
    await withPageReport(
      () => pages,
      async () => {
        // 周建平 declares, from his own workspace, that he is 李强's master.
        const zhou = await e2e.signedIn('enterprise-examiner-2');
        pages.examiner = zhou.page;
        await zhou.page.goto('/examiner/conflicts');
        await zhou.page.getByText('上海浦江精密机械有限公司（企业技能人才自主评价） · 考评员 周建平').waitFor();
        await zhou.page.getByRole('button', { name: '申报回避' }).click();
        const dialog = zhou.page.getByRole('dialog');
        await choose(zhou.page, dialog, '评价计划', `6-18-01-01（数控车工） 四级 · ${exam}`);
        // The candidate is looked up on the server by part of the name: a plan may admit thousands.
        await dialog.getByLabel('考生', { exact: true }).click();
        await dialog.getByLabel('考生', { exact: true }).fill('李');
        await zhou.page
          .locator('.ant-select-dropdown:visible')
          .getByTitle(/^李强 /)
          .click();
        await choose(zhou.page, dialog, '关系', '师徒关系');
        await dialog.getByLabel('说明（选填）').fill('带教三年');
        await dialog.getByRole('button', { name: '提交' }).click();
        await zhou.page.getByRole('cell', { name: '带教三年' }).waitFor();
        await zhou.page.getByRole('cell', { name: '考评人员本人' }).waitFor();
        await zhou.context.close();

        // The enterprise opens the plan's staffing: the session needs three examiners and a supervisor.
        const { context, page } = await e2e.signedIn('enterprise-admin');
        pages.institution = page;
        await page.goto('/institution/plans');
        await page
          .getByRole('link', { name: '人员安排' })
          .and(page.locator(`[href$="/plans/${plan.id}/staffing"]`))
          .click();
        const card = page.locator('.ant-card').filter({ hasText: '操作技能考核 · 数控实操车间' });
        await card.getByText('以下规则未满足，本场不能开考：').waitFor();
        await card.getByText('本场 1 名考生需 3 名，现有 0 名').waitFor();
        await card.getByText('每场考试须有 1 名内部质量督导员（逢考必督），现有 0 名。').waitFor();

        // 周建平 is refused, and the page says which rule and whom.
        await choose(page, card, '人员', '周建平');
        await card.getByRole('button', { name: '安排' }).click();
        await card.getByRole('alert').filter({ hasText: '不能安排：周建平 与考生 李* 已申报师徒关系，须回避。' }).waitFor();
        assert.equal(await card.getByRole('cell', { name: '周建平' }).count(), 0, 'not assigned');

        // 孙国华 is assigned; the session still lacks examiners, and says so.
        await choose(page, card, '人员', '孙国华');
        await card.getByRole('button', { name: '安排' }).click();
        await card.getByRole('cell', { name: '孙国华' }).waitFor();
        await card.getByText('本场 1 名考生需 3 名，现有 1 名').waitFor();
        await choose(page, card, '职责', '内部质量督导员');
        await choose(page, card, '人员', '郑质量');
        await card.getByRole('button', { name: '安排' }).click();
        await card.getByRole('cell', { name: '郑质量' }).waitFor();
        await card.getByText('现有 0 名。').waitFor({ state: 'detached' });
        await context.close();
      },
    );
  });
});
