import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { e2eSkipReason, startE2E, withPageReport, type E2E } from './support/browser.ts';

const skip = e2eSkipReason();
const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true };

describe('inspection journey on a tablet in Chromium', { skip }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(() => e2e?.close());

  test('an inspector starts the assigned inspection, answers the checklist line by line, records a finding and the conclusion and submits; the public reads published results', async () => {
    type Session = Awaited<ReturnType<E2E['signedIn']>>;
    let inspector: Session | undefined;
    let visitor: Session | undefined;
    await withPageReport(
      () => ({ inspector: inspector?.page, visitor: visitor?.page }),
      async () => {
        inspector = await e2e.signedIn('inspector-1', TABLET);
        const { page } = inspector;
        await page.goto('/government/inspections');
        // 我的检查 first: the demo’s special supervision assigned to 陈明 and 刘芳.
        await page.getByText('我的检查').waitFor();
        await page
          .getByRole('row', { name: /车工（数控车工）评价质量专项督导/ })
          .getByRole('link')
          .click();
        await page.getByRole('button', { name: '开始检查' }).click();
        await page.getByText('检查已开始').waitFor();
        for (const line of ['备案信息', '仅在备案的职业', '制度齐全并执行', '设有内部质量督导人员', '考场、实操场地', '收费项目和标准公示', '评价计划、评价结果按规定公示']) {
          await page
            .getByRole('radiogroup', { name: new RegExp(line) })
            .getByText('合格', { exact: true })
            .click();
        }
        await page
          .getByRole('radiogroup', { name: /评价档案按规定期限保存/ })
          .getByText('不合格', { exact: true })
          .click();
        await page.getByText('不合格须填写说明').waitFor();
        await page.getByRole('textbox', { name: /评价档案.*说明/ }).fill('签到表缺少监考人员签名');
        await page.getByRole('button', { name: '保存检查表' }).click();
        await page.getByText('检查表已保存').waitFor();
        await page.getByText('已填写 8 / 8 项').waitFor();

        await page.getByLabel('问题描述').fill('签到表缺少监考人员签名栏。');
        await page.getByRole('button', { name: '记录问题' }).click();
        await page.getByText('问题已记录').waitFor();

        await page.getByText('限期整改', { exact: true }).click();
        await page.getByLabel('检查情况小结').fill('考务档案不完整，限期整改。');
        await page.getByRole('button', { name: '保存结论' }).click();
        await page.getByText('结论已保存').waitFor();
        await page.getByRole('button', { name: '提交检查结果' }).click();
        await page.getByText('已提交，等待督导员逐一确认').waitFor();
        await page.getByRole('button', { name: '确认检查结果' }).waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 768, `no sideways scrolling on the tablet (${width} px)`);

        visitor = await e2e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
        await visitor.page.goto('/');
        await visitor.page.getByText('监督检查结果').click();
        await visitor.page.getByText('监督检查结果公开').waitFor();
        await visitor.page.getByText('上海浦江精密机械有限公司（企业技能人才自主评价）').first().click();
        await visitor.page.getByText('陈明、刘芳').waitFor();
      },
    );
  });
});
