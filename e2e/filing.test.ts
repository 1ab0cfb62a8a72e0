import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { e2eSkipReason, startE2E, type E2E } from './support/browser.ts';

const skip = e2eSkipReason();

/**
 * Picks an option in the antd Select labelled `label` (the nth one on the page). Long lists are
 * virtualised, so the option is typed into the search first, as a user would.
 */
async function choose(page: Page, label: string, option: string, nth = 0, search?: string) {
  await page.getByLabel(label, { exact: true }).nth(nth).click();
  if (search) await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

describe('filing (备案) journeys in Chromium', { skip }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(() => e2e?.close());

  test('the social organisation files 车工 levels 3–5; Huangpu returns it, it is resubmitted and approved, and appears in the public directory; Pudong cannot see or decide it', async () => {
    const { context, page } = await e2e.signedIn('social-admin');
    await page.goto('/institution/filings');
    await page.getByText('尚未备案').waitFor();
    await page.getByRole('button', { name: '申请备案' }).click();

    // Step 1: scope.
    for (const [row, level] of ['五级', '四级', '三级'].entries()) {
      await page.getByRole('button', { name: '添加范围' }).click();
      await choose(page, '职业', '6-18-01-01 车工', row, '车工');
      await choose(page, '工种', '数控车工', row);
      await choose(page, '等级', level, row);
    }
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存').waitFor();

    // Step 2: examiners and the internal supervisor.
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '添加' }).first().click();
    await page.getByLabel('姓名').first().fill('王师傅');
    await page.getByLabel('证书编号').first().fill('KPY-2024-0001');
    await choose(page, '职业', '6-18-01-01 车工', 3, '车工');
    await page.getByLabel('考评等级').first().click();
    for (const level of ['五级', '四级', '三级']) await page.locator('.ant-select-dropdown:visible').getByTitle(level, { exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '添加' }).nth(1).click();
    await page.getByLabel('姓名').nth(1).fill('赵督导');

    // Step 3: a site with a video-monitored room.
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '添加', exact: true }).first().click();
    await page.getByLabel('考点名称').fill('西藏中路考点');
    await page.getByLabel('地址').fill('上海市黄浦区西藏中路 200 号');
    await choose(page, '所属区', '黄浦区');
    await page.getByRole('button', { name: '添加 考场' }).click();
    await page.getByLabel('考场名称').fill('实操车间 A');

    // Step 4: item bank and rules, then submit.
    await page.getByRole('button', { name: '下一步' }).click();
    await choose(page, '题库来源', '国家题库');
    await page.getByLabel('管理制度').fill('考务、督导、档案管理制度齐全。');
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.waitForURL(/\/institution\/filings\/[0-9a-f-]{36}$/);
    await page.getByText('待审核').first().waitFor();
    const filingId = page.url().split('/').at(-1)!;

    // Huangpu returns it with a reason.
    const huangpu = await e2e.signedIn('huangpu-officer');
    await huangpu.page.goto('/government/filings');
    await huangpu.page.getByRole('link', { name: '上海市黄浦区职业技能培训评价协会' }).click();
    await huangpu.page.getByRole('button', { name: '退回' }).click();
    await huangpu.page.getByRole('button', { name: '确定' }).click();
    await huangpu.page.getByText('请填写理由').waitFor();
    await huangpu.page.getByLabel('理由').fill('请补充题库说明');
    await huangpu.page.getByRole('button', { name: '确定' }).click();
    await huangpu.page.getByText('理由：请补充题库说明').waitFor();

    // Pudong can neither see nor decide it.
    const pudong = await e2e.signedIn('pudong-officer');
    assert.equal((await pudong.page.request.get(`/api/v1/filings/${filingId}`)).status(), 403);
    assert.equal((await pudong.page.request.post(`/api/v1/filings/${filingId}/approve`, { data: { version: 1 } })).status(), 403);
    await pudong.page.goto(`/government/filings/${filingId}`);
    await pudong.page.getByRole('alert').filter({ hasText: '超出管辖范围' }).waitFor();

    // The institution corrects and resubmits.
    await page.reload();
    await page.getByText('理由：请补充题库说明').waitFor();
    await page.getByRole('button', { name: '修改' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('题库说明').fill('使用国家题库，按职业技能标准组卷');
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.waitForURL(/\/institution\/filings\/[0-9a-f-]{36}$/);
    await page.getByText('待审核').first().waitFor();

    // Huangpu approves with the bureau's certificate-number segments.
    await huangpu.page.reload();
    await huangpu.page.getByRole('button', { name: '通过' }).click();
    await huangpu.page.getByLabel('机构代码（4 位，由市局分配）').fill('0101');
    await huangpu.page.getByLabel('考点序列号（6 位，由市局分配）').fill('000001');
    await huangpu.page.getByRole('button', { name: '确定' }).click();
    await huangpu.page.getByText('0101 · 31 · 000001').waitFor();

    // The public directory lists it with its scope, no login needed.
    const visitor = await e2e.newPage();
    await visitor.page.goto('/portal/institutions?occupation=车工');
    await visitor.page.getByRole('link', { name: '上海市黄浦区职业技能培训评价协会' }).waitFor();
    await visitor.page
      .locator('tr, .ant-list-item, .ant-card')
      .filter({ hasText: '上海市黄浦区职业技能培训评价协会' })
      .getByText('车工（数控车工）五级、车工（数控车工）四级、车工（数控车工）三级')
      .first()
      .waitFor();
    for (const session of [huangpu, pudong, visitor]) await session.context.close();
    await context.close();
  });

  test('a catalogue import with one bad row writes nothing and reports it; a good one shows at once in the filing form', async () => {
    const { context, page } = await e2e.signedIn('city-admin');
    await page.goto('/government/catalogue');
    const header = '职业编码,职业名称,工种,等级,标准版本';
    await page.locator('input[type=file]').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, '6-18-01-05,镗工,,5|4|3,2018', '6-18-01-06,刨插工,,5|7,2018'].join('\n')),
    });
    await page.getByText('导入未执行：1 处错误').waitFor();
    await page.getByRole('cell', { name: '3', exact: true }).waitFor();
    await page.getByRole('cell', { name: '等级', exact: true }).waitFor();
    assert.equal(await page.getByRole('cell', { name: '镗工' }).count(), 0);

    await page.locator('input[type=file]').setInputFiles({
      name: 'good.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, '6-18-01-05,镗工,,5|4|3,2018'].join('\n')),
    });
    await page.getByText('导入成功：1 个职业').waitFor();
    await page.getByRole('cell', { name: '镗工' }).waitFor();

    const enterprise = await e2e.signedIn('enterprise-admin');
    await enterprise.page.goto('/institution/filings/new/initial');
    await enterprise.page.getByRole('button', { name: '添加范围' }).click();
    await enterprise.page.getByLabel('职业', { exact: true }).first().click();
    await enterprise.page.keyboard.type('镗工');
    await enterprise.page.locator('.ant-select-dropdown:visible').getByTitle('6-18-01-05 镗工', { exact: true }).waitFor();
    await enterprise.context.close();
    await context.close();
  });

  test("the city sets 车工's related occupations on the catalogue screen: an unknown code is refused under the field, a saved one is there after reload", async () => {
    const { context, page } = await e2e.signedIn('city-admin');
    await page.goto('/government/catalogue');
    await page
      .getByRole('row', { name: /^6-18-01-01 车工/ })
      .getByRole('button', { name: '申报条件' })
      .click();
    let drawer = page.getByRole('dialog');
    const related = drawer.getByLabel('相关职业', { exact: true });
    await related.click();
    await page.keyboard.type('6-99-99-99');
    await page.keyboard.press('Enter');
    await drawer.getByRole('button', { name: '保存' }).click();
    await drawer.locator('.ant-form-item-explain-error', { hasText: '职业编码 6-99-99-99 不在职业目录中。' }).waitFor();

    // Remove the refused code by its tag's own close button (a Backspace can land before the field has focus).
    const refused = drawer.locator('.ant-select-selection-item', { hasText: '6-99-99-99' });
    await refused.locator('.ant-select-selection-item-remove').click();
    await refused.waitFor({ state: 'detached' });
    await related.click();
    await page.keyboard.type('养老护理员');
    await page.locator('.ant-select-dropdown:visible').getByTitle('4-10-01-05 养老护理员', { exact: true }).click();
    await drawer.locator('.ant-select-selection-item', { hasText: '养老护理员' }).waitFor();
    await drawer.getByRole('button', { name: '保存' }).click();
    // Saving closes the drawer; the toast saying so may already be gone on a slow machine.
    await drawer.waitFor({ state: 'hidden' });

    await page.reload();
    await page
      .getByRole('row', { name: /^6-18-01-01 车工/ })
      .getByRole('button', { name: '申报条件' })
      .click();
    drawer = page.getByRole('dialog');
    await drawer.getByTitle('4-10-01-05 养老护理员', { exact: true }).waitFor();
    assert.equal(await drawer.getByText('6-99-99-99').count(), 0);
    await context.close();
  });
});
