import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { addDays, shanghaiDate } from '@jiping/domain';
import { e2eSkipReason, startE2E, withPageReport, type E2E } from './support/browser.ts';
import { createAndSubmit, institutionIdOf } from '../packages/server/test/helpers/filing-fixtures.ts';

const skip = e2eSkipReason();
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const TABLET = { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const ENTERPRISE = '上海浦江精密机械有限公司（企业技能人才自主评价）';
const SOCIAL = '上海市黄浦区职业技能培训评价协会';

async function choose(page: Page, scope: Locator | Page, label: string, option: string | RegExp) {
  await scope.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible')
    .getByTitle(option, { exact: typeof option === 'string' })
    .click();
}

/** Values typed into a tags field, each confirmed with Enter. */
async function typeTags(field: Locator, values: string[]) {
  for (const value of values) {
    await field.fill(value);
    await field.press('Enter');
  }
}

describe('双随机、一公开 in Chromium: the draw anyone can re-run, the inspection, rectification and the published result', { skip }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(() => e2e?.close());

  test('city-admin draws by risk class with witnesses; the public re-runs it; 陈明 inspects, orders rectification, the enterprise answers, he accepts; the result is published', async () => {
    type Session = Awaited<ReturnType<E2E['signedIn']>>;
    const sessions: Record<string, Session | undefined> = {};
    await withPageReport(
      () => Object.fromEntries(Object.entries(sessions).map(([name, s]) => [name, s?.page])),
      async () => {
        // The 黄浦 association's filing is approved first, so the city has two parties in two risk classes (A and C).
        const social = await e2e.server.as('social-admin');
        const filing = await createAndSubmit(social, await institutionIdOf(social));
        const approved = await (await e2e.server.as('huangpu-officer')).post(`/api/v1/filings/${filing.id}/approve`, { version: filing.version, institutionCode: '0101', siteSequence: '010001' });
        assert.equal(approved.status, 200, JSON.stringify(approved.body));

        // 1. The city drafts a task over all districts, with two witnesses named in advance.
        const city = (sessions.city = await e2e.signedIn('city-admin'));
        const { page } = city;
        await page.goto('/government/inspection-tasks');
        await page.getByRole('button', { name: '新建抽查任务' }).click();
        const form = page.getByRole('dialog');
        await form.getByLabel('任务名称').fill('2026 年度技能评价机构双随机抽查');
        await choose(page, form, '检查事项', /JCSX-01/);
        for (const field of ['职业技能评价', '考务管理', '机械加工']) await choose(page, form, '执法领域', field);
        await page.keyboard.press('Escape');
        await typeTags(form.getByLabel('见证人（抽取前公示，至少 2 名）'), ['王建华', '李晓梅']);
        await form.getByRole('button', { name: '新建抽查任务' }).click();
        await page
          .getByText(/沪技督抽〔\d{4}〕\d+号/)
          .first()
          .waitFor();

        // 2. The commitment is published before anyone knows the witnesses' values.
        await page.getByRole('button', { name: '公示承诺' }).click();
        await page.getByRole('dialog').getByRole('button', { name: '公示承诺' }).click();
        await page.getByText('已公示承诺值').first().waitFor();
        const taskUrl = page.url();
        const taskId = taskUrl.split('/').at(-1)!;

        // 3. At the draw each witness gives numbers; the secret is revealed and checked against the commitment.
        await page.getByRole('button', { name: '现场抽取' }).click();
        const drawForm = page.getByRole('dialog');
        await typeTags(drawForm.getByLabel('王建华 的数值'), ['2718']);
        await typeTags(drawForm.getByLabel('李晓梅 的数值'), ['31415', '926']);
        await drawForm.getByRole('button', { name: '现场抽取' }).click();
        await page.getByText('抽取完成').first().waitFor();
        await page.getByText('检查对象 2 个').waitFor();
        // Both parties are drawn (one per risk class); 赵磊 declared a conflict with the enterprise and is passed over.
        const enterpriseRow = page.getByRole('row', { name: new RegExp(ENTERPRISE.replace(/[（）]/g, '.')) });
        await enterpriseRow.waitFor();
        const enterpriseText = await enterpriseRow.innerText();
        assert.match(enterpriseText, /陈明/);
        assert.match(enterpriseText, /刘芳/);
        assert.doesNotMatch(enterpriseText, /赵磊/);
        await page.getByRole('row', { name: new RegExp(SOCIAL) }).waitFor();

        // 4. Anyone re-runs the draw in their own browser from the published record.
        const visitor = (sessions.visitor = await e2e.newPage(PHONE));
        await visitor.page.goto(`/portal/draws/${taskId}`);
        await visitor.page.getByText('王建华').first().waitFor();
        await visitor.page.getByRole('button', { name: '在本机重新抽取' }).click();
        await visitor.page.getByText('与公布结果一致').waitFor();

        // 5. 陈明 works the drawn inspection of the enterprise on a tablet and orders rectification.
        const chen = (sessions.chen = await e2e.signedIn('inspector-1', TABLET));
        await chen.page.goto('/government/inspections?mine=true');
        await chen.page.getByText('我的检查').waitFor();
        await chen.page
          .getByRole('row', { name: new RegExp(`2026 年度技能评价机构双随机抽查：${ENTERPRISE.replace(/[（）]/g, '.')}`) })
          .getByRole('link')
          .click();
        await chen.page.getByRole('button', { name: '开始检查' }).click();
        await chen.page.getByText('检查已开始').waitFor();
        for (const line of ['备案信息', '仅在备案的职业', '制度齐全并执行', '设有内部质量督导人员', '考场、实操场地', '收费项目和标准公示', '评价计划、评价结果按规定公示']) {
          await chen.page
            .getByRole('radiogroup', { name: new RegExp(line) })
            .getByText('合格', { exact: true })
            .click();
        }
        await chen.page
          .getByRole('radiogroup', { name: /评价档案按规定期限保存/ })
          .getByText('不合格', { exact: true })
          .click();
        await chen.page.getByRole('textbox', { name: /评价档案.*说明/ }).fill('2025 年第 2 批评价档案缺少考场录像');
        await chen.page.getByRole('button', { name: '保存检查表' }).click();
        await chen.page.getByText('检查表已保存').waitFor();
        await chen.page.getByLabel('问题描述').fill('2025 年第 2 批评价档案缺少考场录像。');
        await chen.page.getByRole('button', { name: '记录问题' }).click();
        await chen.page.getByText('问题已记录').waitFor();
        await chen.page.getByRole('button', { name: '下达整改通知' }).click();
        const order = chen.page.getByRole('dialog');
        await order.getByLabel('整改要求').fill('补齐 2025 年第 2 批评价档案的考场录像，并完善档案移交登记。');
        await order.getByLabel('期限').fill(addDays(shanghaiDate(new Date()), 15));
        await order.getByRole('button', { name: '下达整改通知' }).click();
        await chen.page
          .getByText(/已下达整改通知 ZG\d+/)
          .first()
          .waitFor();
        const number = (
          await chen.page
            .getByRole('link', { name: /^ZG\d+$/ })
            .first()
            .innerText()
        ).trim();

        // 6. The enterprise answers on a phone with a photo.
        const enterprise = (sessions.enterprise = await e2e.signedIn('enterprise-admin', PHONE));
        await enterprise.page.goto('/institution/rectifications');
        await enterprise.page.getByRole('link', { name: number }).click();
        await enterprise.page.locator('input[type=file]').setInputFiles({ name: '录像补录.png', mimeType: 'image/png', buffer: PNG });
        await enterprise.page.getByText('已上传 录像补录.png').waitFor();
        await enterprise.page.getByLabel('整改情况').fill('已从监控服务器恢复录像并归档，档案移交登记表已补签。');
        await enterprise.page.getByRole('button', { name: '提交整改情况' }).click();
        await enterprise.page.getByText('已提交整改情况').first().waitFor();

        // 7. 陈明 accepts the rectification, concludes, and both inspectors confirm.
        await chen.page.getByRole('link', { name: number }).first().click();
        await chen.page.getByRole('button', { name: '验收' }).click();
        await chen.page.getByRole('button', { name: '验收通过' }).click();
        await chen.page.getByText('已验收通过').first().waitFor();
        await chen.page.goBack();
        await chen.page.getByText('限期整改', { exact: true }).click();
        await chen.page.getByLabel('检查情况小结').fill('评价活动在备案范围内开展；档案缺少考场录像，已限期整改并验收。');
        await chen.page.getByRole('button', { name: '保存结论' }).click();
        await chen.page.getByText('结论已保存').waitFor();
        await chen.page.getByRole('button', { name: '提交检查结果' }).click();
        await chen.page.getByText('已提交，等待督导员逐一确认').waitFor();
        await chen.page.getByRole('button', { name: '确认检查结果' }).click();
        const inspectionUrl = new URL(chen.page.url()).pathname;
        const liu = (sessions.liu = await e2e.signedIn('inspector-2', TABLET));
        await liu.page.goto(inspectionUrl);
        await liu.page.getByRole('button', { name: '确认检查结果' }).click();
        await liu.page.getByText('已完成').first().waitFor();

        // 8. The city publishes the result; the public reads it.
        await page.goto(inspectionUrl);
        await page.getByRole('button', { name: '公开检查结果' }).click();
        const publish = page.getByRole('dialog');
        await publish.getByLabel('公开说明').fill('经现场检查，该机构评价档案缺少考场录像，已责令限期整改并验收通过。');
        await publish.getByRole('button', { name: '公开检查结果' }).click();
        await page.getByText('检查结果已公开').first().waitFor();

        await visitor.page.goto('/portal/inspections');
        await visitor.page.getByText('监督检查结果公开').waitFor();
        // The newest result first, with its conclusion and what the officer chose to publish.
        await visitor.page.getByText('已责令限期整改并验收通过').waitFor();
        await visitor.page.locator('.ant-card', { hasText: '已责令限期整改并验收通过' }).getByRole('link', { name: ENTERPRISE }).click();
        await visitor.page.getByText('← 返回检查结果列表').waitFor();
        await visitor.page.getByText('已责令限期整改并验收通过').waitFor();
        await visitor.page.getByText('双随机抽查').first().waitFor();
      },
    );
  });
});
