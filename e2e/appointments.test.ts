import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { addDays, addYears, shanghaiDate } from '@jiping/domain';
import { e2eSkipReason, startE2E, withPageReport, type E2E } from './support/browser.ts';
import { institutionIdOf } from '../packages/server/test/helpers/filing-fixtures.ts';
import { hireEmployee, insertCertificate } from '../packages/server/test/helpers/appointment-fixtures.ts';
import { rows } from '../packages/server/src/platform/db/client.ts';

const skip = e2eSkipReason();

async function choose(page: Page, scope: ReturnType<Page['getByRole']>, label: string, option: string | RegExp) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option).click();
}

describe('新八级工 appointments journey in Chromium', { skip }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(() => e2e?.close());

  test('the enterprise is told why one worker cannot be made 特级技师, appoints 李强 who qualifies, 浦东 reads it, the portal lists him masked, and ending his term needs a reason', async () => {
    type Session = Awaited<ReturnType<E2E['signedIn']>>;
    let enterprise: Session | undefined;
    let pudong: Session | undefined;
    let visitor: Awaited<ReturnType<E2E['newPage']>> | undefined;
    await withPageReport(
      () => ({ enterprise: enterprise?.page, pudong: pudong?.page, visitor: visitor?.page }),
      async () => {
        // Certificates come from issuance, the subject of other journeys: written into the tables.
        const today = shanghaiDate(new Date());
        const api = await e2e.server.as('enterprise-admin');
        const enterpriseId = await institutionIdOf(api);
        const [li] = await rows<{ id: string }>(e2e.server.database.db, sql`select id from persons where name = '李强'`);
        await insertCertificate(e2e.server.database, { institutionId: enterpriseId, personId: li!.id, issueDate: addYears(today, -5) });
        const young = await hireEmployee(api, enterpriseId, 9301, '钱新秀');
        const youngSince = addDays(addYears(today, -1), -10);
        await insertCertificate(e2e.server.database, { institutionId: enterpriseId, personId: young, issueDate: youngSince });

        enterprise = await e2e.signedIn('enterprise-admin');
        const page = enterprise.page;
        await page.goto('/institution');
        await page.getByRole('menuitem', { name: '新八级工评聘' }).click();
        await page.getByText('特级技师：本单位职工，持本职业有效高级技师（一级）证书满 4 年').waitFor();
        await page.getByTestId('quota-special').getByText('已聘 0 / 上限 1').waitFor();
        await page.getByText('本单位持有效高级技师证书职工 2 人').waitFor();

        // 钱新秀 has held the certificate for one year only: the refusal says so, with the day it will be four.
        await page.getByRole('button', { name: '聘任', exact: true }).click();
        const dialog = page.getByRole('dialog');
        await choose(page, dialog, '职工', /^钱新秀（/);
        await choose(page, dialog, '职业（工种）', '车工（6-18-01-01）');
        await choose(page, dialog, '技能业绩类别', '省级以上职业技能竞赛获奖');
        await dialog.getByLabel('业绩说明').fill('上海市数控车工技能大赛一等奖');
        await dialog.locator('input[type=file]').setInputFiles({ name: '获奖证书.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 merit') });
        await dialog.getByText('获奖证书.pdf').waitFor();
        await dialog.getByRole('button', { name: '聘任', exact: true }).click();
        const refusal = dialog.getByRole('alert').filter({ hasText: '不能聘任' });
        await refusal.getByText('不符合的条件').waitFor();
        await refusal.getByText(`自 ${youngSince} 起仅持有 1 年，须满 4 年（${addYears(youngSince, 4)} 起可聘）`, { exact: false }).waitFor();
        // The same reason stands under the field it concerns.
        await dialog.locator('.ant-form-item-explain-error', { hasText: '仅持有 1 年' }).waitFor();

        // 李强 has held his for five years: appointed for three.
        await choose(page, dialog, '职工', /^李强（/);
        await dialog.getByRole('button', { name: '聘任', exact: true }).click();
        await dialog.waitFor({ state: 'hidden' });
        await page.getByText('已聘任 李强 为特级技师').waitFor();
        const row = page.getByRole('row').filter({ hasText: '李强' });
        await row.getByText('在聘').waitFor();
        await row.getByText(`${today} ~ ${addDays(addYears(today, 3), -1)}`).waitFor();
        await page.getByTestId('quota-special').getByText('已聘 1 / 上限 1').waitFor();

        // 浦东 reads the enterprise's posts from its page, without the buttons.
        pudong = await e2e.signedIn('pudong-officer');
        await pudong.page.goto(`/government/institutions/${enterpriseId}`);
        await pudong.page.getByRole('link', { name: '新八级工评聘' }).click();
        await pudong.page.getByRole('row').filter({ hasText: '李强' }).getByText('特级技师').waitFor();
        await pudong.page.getByText('本页供查阅').waitFor();
        assert.equal(await pudong.page.getByRole('button', { name: '聘任', exact: true }).count(), 0);
        assert.equal(await pudong.page.getByRole('button', { name: '续聘或解聘' }).count(), 0);

        // Anyone reads the published list on a phone: the name is masked.
        visitor = await e2e.newPage({ viewport: { width: 390, height: 844 } });
        await visitor.page.goto('/');
        await visitor.page.getByRole('link', { name: /特级技师、首席技师公示/ }).click();
        await visitor.page.getByText('李*', { exact: true }).waitFor();
        await visitor.page.getByText('车工（6-18-01-01）').waitFor();
        const text = await visitor.page.locator('body').innerText();
        assert.ok(!text.includes('李强'), 'the public list shows no full name');
        assert.ok(!text.includes('钱新秀'), 'a refused appointment is not listed');
        assert.ok((await visitor.page.evaluate(() => document.documentElement.scrollWidth)) <= 390, 'the portal page fits the phone');

        // His record in 人员与关系 shows the post.
        await page.getByRole('menuitem', { name: '人员与关系' }).click();
        await page.getByRole('link', { name: '李强' }).click();
        await page.getByRole('heading', { name: '新八级工聘任与学徒' }).waitFor();
        await page.getByRole('row').filter({ hasText: '上海浦江精密机械有限公司' }).getByText('特级技师').waitFor();

        // Ending the term early needs a reason; once given, the post is ended and leaves the public list.
        await page.getByRole('menuitem', { name: '新八级工评聘' }).click();
        await page.getByRole('row').filter({ hasText: '李强' }).getByRole('button', { name: '续聘或解聘' }).click();
        const decision = page.getByRole('dialog');
        await decision.getByText('续聘：新聘期自').waitFor();
        await decision.getByRole('button', { name: '解聘', exact: true }).click();
        await decision.getByText('解聘须说明理由').waitFor();
        await decision.getByLabel('解聘理由（解聘时必填）').fill('本人调离本单位');
        await decision.getByRole('button', { name: '解聘', exact: true }).click();
        await decision.waitFor({ state: 'hidden' });
        await page.getByRole('row').filter({ hasText: '李强' }).getByText('已解聘').waitFor();
        await page.getByText(`${today} 解聘：本人调离本单位`).waitFor();
        await visitor.page.reload();
        await visitor.page.getByText('暂无在聘的特级技师或首席技师').waitFor();
      },
    );
  });
});
