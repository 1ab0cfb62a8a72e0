import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { e2eSkipReason, startE2E, type E2E } from './support/browser.ts';

const skip = e2eSkipReason();

/** The menus each role sees, in Chinese, exactly: the server decides them, the page renders them. */
const MENUS: Record<string, { path: string; menus: string[] }> = {
  'city-admin': {
    path: '/government',
    menus: [
      '工作台',
      '备案管理',
      '评价计划',
      '结果公示与报送',
      '证书',
      '全国联网上报',
      '破格复核',
      '实名核验',
      '评价机构',
      '职业目录',
      '审计日志',
      '用户管理',
      '成绩更正',
      '双随机抽查',
      '督导检查',
      '整改',
      '调取资料',
      '检查名录库',
      '个人设置',
    ],
  },
  'huangpu-officer': {
    path: '/government',
    menus: ['工作台', '备案管理', '评价计划', '结果公示与报送', '证书', '破格复核', '实名核验', '评价机构', '成绩更正', '双随机抽查', '督导检查', '整改', '调取资料', '检查名录库', '个人设置'],
  },
  'pudong-officer': {
    path: '/government',
    menus: ['工作台', '备案管理', '评价计划', '结果公示与报送', '证书', '破格复核', '实名核验', '评价机构', '成绩更正', '双随机抽查', '督导检查', '整改', '调取资料', '检查名录库', '个人设置'],
  },
  'minhang-officer': {
    path: '/government',
    menus: ['工作台', '备案管理', '评价计划', '结果公示与报送', '证书', '破格复核', '实名核验', '评价机构', '成绩更正', '双随机抽查', '督导检查', '整改', '调取资料', '检查名录库', '个人设置'],
  },
  'industry-officer': { path: '/government', menus: ['工作台', '备案管理', '评价计划', '结果公示与报送', '证书', '评价机构', '双随机抽查', '督导检查', '整改', '调取资料', '检查名录库', '个人设置'] },
  'inspector-1': { path: '/government', menus: ['工作台', '结果公示与报送', '证书', '督导检查', '整改', '调取资料', '个人设置'] },
  'inspector-2': { path: '/government', menus: ['工作台', '结果公示与报送', '证书', '督导检查', '整改', '调取资料', '个人设置'] },
  'inspector-3': { path: '/government', menus: ['工作台', '结果公示与报送', '证书', '督导检查', '整改', '调取资料', '个人设置'] },
  'enterprise-admin': {
    path: '/institution',
    menus: ['工作台', '备案管理', '评价计划', '结果公示与报送', '证书', '人员与关系', '考评人员', '实名核验', '评价机构', '成绩管理', '新八级工评聘', '整改', '调取资料', '个人设置'],
  },
  'social-admin': {
    path: '/institution',
    menus: ['工作台', '备案管理', '评价计划', '结果公示与报送', '证书', '人员与关系', '考评人员', '实名核验', '评价机构', '成绩管理', '整改', '调取资料', '个人设置'],
  },
  'school-admin': {
    path: '/institution',
    menus: ['工作台', '备案管理', '评价计划', '结果公示与报送', '证书', '人员与关系', '考评人员', '实名核验', '评价机构', '成绩管理', '整改', '调取资料', '个人设置'],
  },
  'enterprise-examiner': { path: '/examiner', menus: ['工作台', '我的场次', '回避申报', '评分', '个人设置'] },
  'social-examiner': { path: '/examiner', menus: ['工作台', '我的场次', '回避申报', '评分', '个人设置'] },
  'school-examiner': { path: '/examiner', menus: ['工作台', '我的场次', '回避申报', '评分', '个人设置'] },
  'candidate-1': { path: '/candidate', menus: ['工作台', '我的档案', '报名', '我的报名', '我的成绩', '我的证书', '个人设置'] },
};

describe('foundation journeys in Chromium', { skip }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(() => e2e?.close());

  test('a new user signs in through the login page and lands in their workspace; a wrong password is explained', async () => {
    const { context, page } = await e2e.newPage();
    await page.goto('/login');
    await page.getByLabel('用户名').fill('huangpu-officer');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    await page.getByLabel('密码').fill('Demo-Password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/government**');
    await page.getByRole('menuitem', { name: '工作台' }).waitFor();
    await page.getByText('黄浦区').first().waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/login**');
    await page.goto('/government');
    await page.waitForURL('**/login**');
    await context.close();
  });

  for (const [username, expected] of Object.entries(MENUS)) {
    test(`${username} sees the menus of their role only`, async () => {
      const { context, page } = await e2e.signedIn(username);
      await page.goto(expected.path);
      const menu = page.getByRole('menu').first();
      await menu.getByRole('menuitem', { name: expected.menus[0] }).waitFor();
      const items = (await menu.getByRole('menuitem').allInnerTexts()).map((text) => text.trim());
      assert.deepEqual(items, expected.menus);
      await context.close();
    });
  }

  test("a district officer's calls for another district's data get 403, and the page says why", async () => {
    const { context, page } = await e2e.signedIn('huangpu-officer');
    const api = await page.request.get('/api/v1/districts/310115/institutions');
    assert.equal(api.status(), 403);
    await page.goto('/government/institutions');
    await page.getByRole('link', { name: '上海市黄浦区职业技能培训评价协会' }).waitFor();
    assert.equal(await page.getByRole('link', { name: /浦江精密/ }).count(), 0);
    await page.goto('/government/institutions?district=310115');
    await page.getByRole('alert').filter({ hasText: '超出管辖范围' }).waitFor();
    await context.close();
  });

  test('a workspace the user does not hold shows 无权访问 instead of data', async () => {
    const { context, page } = await e2e.signedIn('candidate-1');
    await page.goto('/government/audit');
    await page.getByText('无权访问').waitFor();
    await context.close();
  });

  test('the city verifies the audit chain from the audit page', async () => {
    const { context, page } = await e2e.signedIn('city-admin');
    await page.goto('/government/audit');
    await page.getByRole('button', { name: '核验审计链' }).click();
    await page.getByText(/审计链完整/).waitFor();
    await context.close();
  });

  test('switching to English changes the menus and is remembered', async () => {
    const { context, page } = await e2e.signedIn('pudong-officer');
    await page.goto('/government');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Dashboard' }).waitFor();
    await page.reload();
    await page.getByRole('menuitem', { name: 'Dashboard' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: '工作台' }).waitFor();
    await context.close();
  });

  test('the public portal needs no login and shows the catalogue', async () => {
    const { context, page } = await e2e.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: '上海市职业技能等级认定服务平台' }).waitFor();
    await page.goto('/portal/occupations');
    await page.getByRole('cell', { name: '车工', exact: true }).waitFor();
    await context.close();
  });
});
