import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { addDays, shanghaiDate } from '@jiping/domain';
import { e2eSkipReason, startE2E, withPageReport, type E2E } from './support/browser.ts';
import { rows } from '../packages/server/src/platform/db/client.ts';
import { JOBS } from '../packages/server/src/jobs/index.ts';
import { qrCodesIn } from '../packages/server/test/helpers/pdf.ts';
import { tamperedCredentialFile, verifyOffline } from '../packages/server/test/helpers/verify-offline.ts';

const skip = e2eSkipReason();

type Session = Awaited<ReturnType<E2E['signedIn']>>;

/** The bytes of the file a click makes the browser download. */
async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return fs.readFileSync((await file.path())!);
}

async function choose(page: Page, scope: ReturnType<Page['getByRole']> | ReturnType<Page['locator']>, label: string, option: string | RegExp) {
  await scope.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible')
    .getByTitle(option, { exact: typeof option === 'string' })
    .click();
}

/**
 * Whether the page fits the phone's screen: its user never zooms out or scrolls sideways to read it.
 * (A mobile browser widens its window to overflowing content, so the screen's width is the measure.)
 */
async function fitsThePhone(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= screen.width);
}

/** The demo's five candidates: 李强 has an account; 马丽 does not come. */
const PRESENT = ['李强', '张伟', '刘洋', '黄磊'];
const ABSENT = '马丽';

describe('the demo exam of the day, end to end, in Chromium', { skip }, () => {
  let e2e: E2E;
  /** The demo plan the first journey takes to final results; the certificate journey continues with it. */
  let examPlanId: string | undefined;
  before(async () => {
    e2e = await startE2E();
  });
  after(() => e2e?.close());

  test('tickets, staffing with a refused tie, check-in, three examiners’ scores, sign-off, a correction, publicity with an objection, final results accepted by 浦东', async () => {
    const pages: Record<string, Session | undefined> = {};
    /** Signs a demo account in afresh (the server's clock moves during the day; the browser keeps real time). */
    const open = async (name: string, username: string, options?: Parameters<E2E['signedIn']>[1]) => {
      await pages[name]?.context.close();
      return (pages[name] = await e2e.signedIn(username, options));
    };
    await withPageReport(
      () => Object.fromEntries(Object.entries(pages).map(([name, session]) => [name, session?.page])),
      async () => {
        const db = e2e.server.database.db;
        // Only the test reads the sittings' hours from the tables, to move the server's clock through the day.
        const sittings = await rows<{ id: string; component: 'theory' | 'skill'; starts_at: Date; ends_at: Date; plan_id: string }>(
          db,
          sql`select id, component, starts_at, ends_at, plan_id from exam_sessions order by starts_at`,
        );
        assert.deepEqual(
          sittings.map((s) => s.component),
          ['theory', 'skill'],
        );
        const [theory, skill] = sittings as [(typeof sittings)[0], (typeof sittings)[0]];
        const planId = theory.plan_id;
        examPlanId = planId;
        const examDay = shanghaiDate(new Date(theory.starts_at));

        // 1. 李强 downloads his admission ticket; the enterprise downloads all of them, as one PDF and as a zip.
        const li = await open('li', 'candidate-2');
        await li.page.goto('/candidate/my-registrations');
        const own = await download(li.page, () => li.page.getByRole('link', { name: '下载准考证' }).first().click());
        assert.equal(own.subarray(0, 5).toString(), '%PDF-');

        let enterprise = await open('enterprise', 'enterprise-admin');
        await enterprise.page.goto('/institution/plans');
        await enterprise.page
          .getByRole('link', { name: '考务安排' })
          .and(enterprise.page.locator(`[href$="/plans/${planId}/exam-sessions"]`))
          .click();
        await enterprise.page.getByText('准予报名 5 人 · 已发准考证 5 张').waitFor();
        const all = await download(enterprise.page, () => enterprise.page.getByRole('link', { name: '下载全部准考证（PDF）' }).click());
        assert.equal(all.subarray(0, 5).toString(), '%PDF-');
        const zip = await download(enterprise.page, () => enterprise.page.getByRole('link', { name: '下载全部准考证（每人一个 PDF，压缩包）' }).click());
        assert.equal(zip.subarray(0, 2).toString(), 'PK');

        // 2. Staffing. The enterprise has filed a fourth examiner, 陈新民, with 浦东 (备案变更, done under 机构备案 and
        // approved by the district: set up through the API here, as its own journey covers those pages).
        const institutionId = (await (await enterprise.context.request.get('/api/v1/auth/me')).json()).grants[0].institutionId as string;
        const levels = [5, 4, 3];
        const amendment = await enterprise.context.request.post(`/api/v1/institutions/${institutionId}/amendments`, {
          data: {
            scope: levels.map((level) => ({ occupationCode: '6-18-01-01', workType: '数控车工', level })),
            content: {
              examiners: [
                { name: '孙国华', certificateNo: 'KPY-2023-1501', occupationCode: '6-18-01-01', levels },
                { name: '周建平', certificateNo: 'KPY-2023-1502', occupationCode: '6-18-01-01', levels },
                { name: '吴秀兰', certificateNo: 'KPY-2023-1503', occupationCode: '6-18-01-01', levels },
                { name: '陈新民', certificateNo: 'KPY-2024-1504', occupationCode: '6-18-01-01', levels },
              ],
              supervisors: [{ name: '郑质量', certificateNo: 'ND-1501' }],
              experts: [{ name: '钱高工', title: '高级工程师', field: '机械加工' }],
              sites: [
                {
                  name: '张江实训中心',
                  address: '上海市浦东新区张江路 100 号 3 号楼',
                  districtCode: '310115',
                  rooms: [
                    { name: '理论考场 301', capacity: 40, videoMonitoring: true },
                    { name: '数控实操车间', capacity: 12, videoMonitoring: true },
                  ],
                },
              ],
              itemBankSource: 'national',
              itemBankNote: '使用国家题库车工（数控车工）题库',
              managementRules: '考务管理、考评人员管理、质量督导、档案管理、证书管理制度齐全。',
              employerCommitment: true,
            },
          },
        });
        assert.equal(amendment.status(), 201, await amendment.text());
        const drafted = await amendment.json();
        const sent = await enterprise.context.request.post(`/api/v1/filings/${drafted.id}/submit`, { data: { version: drafted.version } });
        assert.equal(sent.status(), 200, await sent.text());
        const pudongApi = await e2e.signedIn('pudong-officer');
        const approved = await pudongApi.context.request.post(`/api/v1/filings/${drafted.id}/approve`, { data: { version: (await sent.json()).version, reason: '新增考评员资格属实。' } });
        assert.equal(approved.status(), 200, await approved.text());
        await pudongApi.context.close();

        // The enterprise records that 陈新民 is 李强's master (人员 → 回避关系 → 登记回避).
        await enterprise.page.goto('/institution/staff');
        await enterprise.page.getByRole('cell', { name: '陈新民' }).waitFor();
        await enterprise.page.getByRole('button', { name: '登记回避' }).click();
        const declare = enterprise.page.getByRole('dialog');
        await choose(enterprise.page, declare, '考评人员', '陈新民');
        await choose(enterprise.page, declare, '评价计划', `6-18-01-01（数控车工） 四级 · ${examDay}`);
        await choose(enterprise.page, declare, '考生', /^李强 /);
        await choose(enterprise.page, declare, '关系', '师徒关系');
        await declare.getByLabel('说明（选填）').fill('车间带教');
        await declare.getByRole('button', { name: '提交' }).click();
        await declare.waitFor({ state: 'hidden' });
        await enterprise.page.getByRole('cell', { name: '车间带教' }).waitFor();

        // 人员安排: a third invigilator for the theory sitting. 陈新民 is refused with the rule and whom; 吴秀兰 is assigned.
        await enterprise.page.goto('/institution/plans');
        await enterprise.page
          .getByRole('link', { name: '人员安排' })
          .and(enterprise.page.locator(`[href$="/plans/${planId}/staffing"]`))
          .click();
        const card = enterprise.page.locator('.ant-card').filter({ hasText: '理论知识考试 · 理论考场 301' });
        await card.getByText('人员安排符合全部规则，可以开考。').waitFor();
        await choose(enterprise.page, card, '人员', '陈新民');
        await card.getByRole('button', { name: '安排' }).click();
        await card.getByRole('alert').filter({ hasText: '不能安排：陈新民 与考生 李* 已申报师徒关系，须回避。' }).waitFor();
        assert.equal(await card.getByRole('cell', { name: '陈新民' }).count(), 0, 'not assigned');
        await choose(enterprise.page, card, '人员', '吴秀兰');
        await card.getByRole('button', { name: '安排' }).click();
        await card.getByRole('cell', { name: '吴秀兰' }).waitFor();
        await card.getByText('人员安排符合全部规则，可以开考。').waitFor();

        // 3. The theory sitting: 15 minutes before it, 孙国华 starts it on a tablet and the desk scanner checks in four of five.
        const sitting = async (session: typeof theory) => {
          e2e.server.clock.set(new Date(new Date(session.starts_at).getTime() - 15 * 60_000));
          const sun = await open('examiner', 'enterprise-examiner', { viewport: { width: 768, height: 1024 } });
          const tablet = sun.page;
          await tablet.goto('/examiner/my-sessions');
          await tablet
            .getByRole('link', { name: '进入考场' })
            .and(tablet.locator(`[href$="${session.id}"]`))
            .click();
          await tablet.getByRole('button', { name: '开考' }).click();
          await tablet.getByText('考试中').first().waitFor();
          // The ticket numbers are read off the page's seat list, as a clerk would read them off the tickets.
          await tablet.getByText('应到 5 · 已签到 0 · 缺考 0').waitFor();
          const seats = tablet.locator('.ant-card').filter({ hasText: '座位号' }).locator('tbody tr.ant-table-row');
          const tickets: Array<{ ticket: string; name: string }> = [];
          for (const row of await seats.all()) {
            const cells = await row.getByRole('cell').allInnerTexts();
            tickets.push({ ticket: cells[1]!.trim(), name: cells[2]!.trim() });
          }
          assert.equal(tickets.length, 5);
          const scan = tablet.getByLabel('扫描准考证二维码或输入证件号码');
          let checkedIn = 0;
          for (const { ticket, name } of tickets) {
            if (name.startsWith(ABSENT[0]!)) continue;
            await scan.focus();
            await tablet.keyboard.type(ticket);
            await tablet.keyboard.press('Enter');
            await tablet.getByText(new RegExp(`签到成功：座位 \\d+ · ${name.replace('*', '\\*')}`)).waitFor();
            checkedIn += 1;
            await tablet.getByText(`应到 5 · 已签到 ${checkedIn} · 缺考 0`).waitFor();
          }
          // The sitting's hours are over: it is ended, and 马丽 is recorded absent.
          e2e.server.clock.set(new Date(session.ends_at));
          await tablet.getByRole('button', { name: '结束考试' }).click();
          await tablet.getByRole('dialog').getByRole('button', { name: '结束考试' }).click();
          await tablet.getByText('应到 5 · 已签到 4 · 缺考 1').waitFor();

          // 郑质量, the internal supervisor, writes the sitting's record.
          const zheng = await open('supervisor', 'enterprise-supervisor');
          await zheng.page.goto('/examiner/my-sessions');
          await zheng.page
            .getByRole('link', { name: '进入考场' })
            .and(zheng.page.locator(`[href$="${session.id}"]`))
            .click();
          await zheng.page.getByLabel('考场记录').fill('考场秩序良好，监控录像完整；1 名考生缺考。');
          await zheng.page.getByRole('button', { name: '保存考场记录' }).click();
          await zheng.page.getByText('考场记录已保存').waitFor();
        };
        await sitting(theory);

        // 4. The skill sitting, then its three examiners each score the four who came.
        await sitting(skill);
        const scores: Record<string, number[]> = { 李强: [72, 85.5, 90], 张伟: [60, 64, 68], 刘洋: [50, 55, 45], 黄磊: [80, 82, 84] };
        for (const [index, username] of ['enterprise-examiner', 'enterprise-examiner-2', 'enterprise-examiner-3'].entries()) {
          const examiner = await open('examiner', username);
          await examiner.page.goto('/examiner/scoring');
          await examiner.page
            .getByRole('link', { name: /^评分 .*操作技能考核/ })
            .first()
            .click();
          await examiner.page.waitForURL(/\/examiner\/scoring\/[^/]+$/);
          for (const name of PRESENT) {
            const input = examiner.page.getByLabel(`${name} 的成绩`);
            await input.fill(String(scores[name]![index]));
            await input.press('Enter');
            await examiner.page.getByText(`已保存 ${name} 的成绩`).waitFor();
          }
          assert.equal(await examiner.page.getByLabel(`${ABSENT} 的成绩`).count(), 0, 'an absent candidate takes no score');
        }
        // The last examiner sees the combined score: the mean of the three.
        const wu = pages.examiner!.page;
        await wu.getByRole('row', { name: /李强/ }).getByText('82.5', { exact: true }).waitFor();
        await wu
          .getByRole('row', { name: /刘洋/ })
          .getByRole('cell', { name: /^50\s*不合格$/ })
          .waitFor();

        // 成绩管理: the enterprise enters theory and signs both sittings off, which locks them.
        enterprise = await open('enterprise', 'enterprise-admin');
        const page = enterprise.page;
        const theoryScores: Record<string, string> = { 李强: '78', 张伟: '66', 刘洋: '71', 黄磊: '90' };
        for (const component of ['理论知识考试', '操作技能考核']) {
          await page.goto('/institution/scores');
          await page
            .getByRole('link', { name: new RegExp(`^管理 .*${component}`) })
            .first()
            .click();
          await page.waitForURL(/\/institution\/scores\/[^/]+$/);
          if (component === '理论知识考试') {
            for (const name of PRESENT) {
              const input = page.getByLabel(`${name} 的成绩`);
              await input.fill(theoryScores[name]!);
              await input.press('Enter');
              await page.getByText(`已保存 ${name} 的成绩`).waitFor();
            }
          }
          await page.getByRole('button', { name: '成绩确认' }).click();
          await page.getByRole('dialog').getByRole('button', { name: '成绩确认' }).click();
          await page.getByText('成绩已确认并锁定').waitFor();
        }
        await page.getByRole('row', { name: /李强/ }).getByText('已锁定').waitFor();

        // 5. A locked score is corrected: the administrator asks (刘洋's skill 50 → 60 after a re-check), and
        // 浦东, the second person (the enterprise has one administrator), approves.
        await page.getByRole('row', { name: /刘洋/ }).getByRole('button', { name: '申请更正' }).click();
        const ask = page.getByRole('dialog');
        await ask.getByLabel('更正后成绩').fill('60');
        await ask.getByLabel('更正理由').fill('复核评分表，第 3 项工件尺寸测量有误，更正为 60 分');
        await ask.getByRole('button', { name: '提交' }).click();
        await ask.waitFor({ state: 'hidden' });
        await page.getByRole('row', { name: /刘洋/ }).getByText('更正待审批').waitFor();

        const pudong = await open('pudong', 'pudong-officer');
        await pudong.page.goto('/government/score-corrections');
        await pudong.page.getByRole('row', { name: /刘洋/ }).getByRole('button', { name: '审批' }).click();
        await pudong.page.getByRole('dialog').getByText('50 → 60').waitFor();
        await pudong.page.getByRole('dialog').getByRole('button', { name: '批准', exact: true }).click();
        await pudong.page.getByRole('dialog').waitFor({ state: 'hidden' });
        await pudong.page.getByRole('row', { name: /刘洋/ }).getByText('已批准').waitFor();

        // 6. Publicity: the enterprise publishes the results the day after the exam.
        e2e.server.clock.set(`${addDays(examDay, 1)}T02:00:00.000Z`);
        enterprise = await open('enterprise', 'enterprise-admin');
        await enterprise.page.goto(`/institution/results/${planId}`);
        await enterprise.page.getByRole('button', { name: '公示结果' }).click();
        const publish = enterprise.page.getByRole('dialog');
        await publish.getByText('不少于 5 个工作日').waitFor();
        await publish.getByRole('button', { name: '公示结果' }).click();
        await publish.waitFor({ state: 'hidden' });
        await enterprise.page.getByText('公示中', { exact: true }).waitFor();
        const period = await enterprise.page.getByText(/（5 个工作日）/).innerText();
        const endsOn = /至 (\d{4}-\d{2}-\d{2})/.exec(period)![1]!;

        // A visitor without an account objects on the portal.
        const visitor = await e2e.newPage();
        pages.visitor = visitor as Session;
        await visitor.page.goto('/');
        await visitor.page.getByRole('link', { name: /结果公示与异议/ }).click();
        await visitor.page
          .getByRole('link', { name: /车工（数控车工） 四级/ })
          .first()
          .click();
        await visitor.page.getByText('李*', { exact: false }).first().waitFor();
        assert.ok(!(await visitor.page.locator('body').innerText()).includes('李强'), 'the public list shows no full name');
        await visitor.page.getByLabel('您的姓名').fill('王先生');
        await visitor.page.getByLabel('联系方式（手机号码或电子邮箱）').fill('wang@example.com');
        await visitor.page.getByLabel('异议理由').fill('刘*的操作技能成绩先低后高，请说明更正依据。');
        await visitor.page.getByRole('button', { name: '提交异议' }).click();
        await visitor.page.getByText(/异议已受理（编号 /).waitFor();

        // The enterprise answers it from its workbench.
        await enterprise.page.goto('/institution');
        await enterprise.page.getByText('待答复的异议').waitFor();
        await enterprise.page.getByRole('link', { name: '王先生' }).click();
        await enterprise.page.getByRole('button', { name: '答复', exact: true }).click();
        const answer = enterprise.page.getByRole('dialog');
        await answer.getByLabel('答复内容').fill('该考生成绩经复核评分表后更正，已由浦东新区人社局审批。');
        await answer.getByRole('button', { name: '答复', exact: true }).click();
        await answer.waitFor({ state: 'hidden' });
        await enterprise.page.getByText(/答复（.*）：该考生成绩经复核评分表后更正/).waitFor();

        // Publicity ends; the hourly results-final job records the results as final.
        e2e.server.clock.set(`${addDays(endsOn, 1)}T02:00:00.000Z`);
        assert.equal(await JOBS['results-final']({ database: e2e.server.database, clock: e2e.server.clock, mail: e2e.server.mail }), 1);
        enterprise = await open('enterprise', 'enterprise-admin');
        await enterprise.page.goto(`/institution/results/${planId}`);
        await enterprise.page.getByText('结果已确定', { exact: true }).waitFor();
        await enterprise.page.getByRole('button', { name: '报送区人社局' }).click();
        await enterprise.page
          .getByRole('dialog')
          .getByRole('button', { name: /确\s*定|OK/ })
          .click();
        await enterprise.page.getByText('已报送待核验', { exact: true }).waitFor();

        const officer = await open('pudong', 'pudong-officer');
        await officer.page.goto('/government');
        await officer.page.getByText('待核验的评价结果报送').waitFor();
        await officer.page.goto(`/government/results/${planId}`);
        await officer.page.getByRole('button', { name: '核验报送的结果' }).click();
        const check = officer.page.getByRole('dialog');
        await check.getByRole('button', { name: '核验通过' }).click();
        await check.waitFor({ state: 'hidden' });
        await officer.page.getByText('已核验归档', { exact: true }).waitFor();

        // 李强 reads his result: theory 78, skill 82.5, passed.
        const liAgain = await open('li', 'candidate-2');
        await liAgain.page.goto('/candidate/my-scores');
        await liAgain.page.getByText('82.5', { exact: true }).first().waitFor();
        await liAgain.page.getByText('78', { exact: true }).first().waitFor();
      },
    );
  });
  test('the results become certificates: issued for all who passed, downloaded by 李强, checked on a phone from the QR code, verified offline, revoked with a reason', async () => {
    assert.ok(examPlanId, 'the exam journey took the plan to final results first');
    const planId = examPlanId;
    const pages: Record<string, Session | undefined> = {};
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-journey-'));
    await withPageReport(
      () => Object.fromEntries(Object.entries(pages).map(([name, session]) => [name, session?.page])),
      async () => {
        // 1. The enterprise opens 证书 from the plan's results page and issues the certificates of all who passed:
        // 李强, 张伟, 黄磊 and 刘洋 (after his correction); 马丽 did not come.
        const enterprise = (pages.enterprise = await e2e.signedIn('enterprise-admin'));
        const admin = enterprise.page;
        await admin.goto(`/institution/results/${planId}`);
        await admin
          .getByRole('link', { name: '证书' })
          .and(admin.locator(`[href$="/certificates/plans/${planId}"]`))
          .click();
        await admin.getByRole('button', { name: '为全部合格且未发证人员发证' }).click();
        await admin
          .getByRole('dialog')
          .getByRole('button', { name: /确\s*定/ })
          .click();
        await admin.getByText('已发证 4 张').waitFor();
        const numbers = await admin.getByRole('link', { name: /^Y\d{21}$/ }).allInnerTexts();
        assert.equal(numbers.length, 4);
        for (const n of numbers) assert.equal(n.length, 22);
        const number = await admin
          .getByRole('row')
          .filter({ hasText: '李强' })
          .getByRole('link', { name: /^Y\d{21}$/ })
          .innerText();
        assert.equal(
          await admin
            .getByRole('row')
            .filter({ hasText: ABSENT })
            .getByRole('link', { name: /^Y\d{21}$/ })
            .count(),
          0,
          'no certificate for the absent',
        );

        // 2. 李强 finds it under 我的证书 and downloads the signed PDF and the credential file.
        const li = (pages.li = await e2e.signedIn('candidate-2'));
        await li.page.goto('/candidate');
        await li.page.getByRole('menuitem', { name: '我的证书' }).click();
        const card = li.page.getByRole('region', { name: number });
        await card.getByText('有效').waitFor();
        await card.getByRole('link', { name: '查看' }).click();
        await li.page.getByRole('cell', { name: '李强', exact: true }).waitFor();
        const pdf = await download(li.page, () => li.page.getByRole('link', { name: '下载电子证书（PDF）' }).click());
        assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
        const [qr] = qrCodesIn(pdf);
        assert.ok(qr, 'the PDF carries a QR code');
        const printed = new URL(qr);
        assert.equal(printed.pathname, `/verify/${number}`);
        assert.match(printed.searchParams.get('d') ?? '', /\S/, 'the QR code carries the credential’s digest');
        const credentialBytes = await download(li.page, () => li.page.getByRole('link', { name: '下载电子凭证' }).click());
        const credential = JSON.parse(credentialBytes.toString('utf8')) as { credential: string };
        assert.match(credential.credential, /^eyJ[\w-]*\.[\w-]+\.[\w-]+$/);

        // 3. A phone opens the QR code's address (printed with the platform's public address; here the test server's).
        const phoneSession = (pages.phone = (await e2e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })) as Session);
        const phone = phoneSession.page;
        const verifyAddress = `${e2e.server.baseUrl}${printed.pathname}${printed.search}`;
        await phone.goto(verifyAddress);
        await phone.locator('[data-status="valid"]').getByText('有效', { exact: true }).waitFor();
        await phone.getByText('✓ 二维码与证书的电子凭证相符。').waitFor();
        await phone.getByText(number, { exact: true }).waitFor();
        await phone.getByText('李*', { exact: true }).waitFor();
        assert.ok(!(await phone.locator('body').innerText()).includes('李强'), 'the holder’s name stays masked until it is typed');
        await phone.getByLabel('持证人姓名（选填，用于核对）').fill('李强');
        await phone.getByRole('button', { name: '核对姓名' }).tap();
        await phone.getByText('✓ 姓名与证书相符').waitFor();
        await phone.getByText('李强', { exact: true }).waitFor();
        await phone.getByText('✓ 二维码与证书的电子凭证相符。').waitFor();
        assert.ok(await fitsThePhone(phone), 'nothing runs off the side of the phone’s screen');

        // 5. The credential file verifies offline (npx jiping verify); one changed digit of its payload is tampering.
        const good = path.join(dir, `${number}.vc.json`);
        fs.writeFileSync(good, credentialBytes);
        const valid = verifyOffline(good);
        assert.equal(valid.code, 0, valid.output);
        assert.match(valid.output, /有效/);
        const forged = path.join(dir, `${number}-forged.vc.json`);
        fs.writeFileSync(forged, JSON.stringify(tamperedCredentialFile(credential, number)));
        const tampered = verifyOffline(forged);
        assert.equal(tampered.code, 1, tampered.output);
        assert.match(tampered.output, /篡改/);

        // 4. The enterprise revokes it with a reason through the certificate's page.
        await admin.getByRole('link', { name: number }).click();
        await admin.getByText('证书记录').waitFor();
        await admin.getByRole('button', { name: '撤销证书' }).click();
        const dialog = admin.getByRole('dialog');
        const reason = '经核查，该考生报名所附工作年限证明不实。';
        await dialog.getByLabel('撤销理由').fill(reason);
        await dialog.getByRole('button', { name: '撤销证书' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await admin.getByText('已撤销', { exact: true }).first().waitFor();

        // The phone, reloaded, shows it revoked and why.
        await phone.reload();
        await phone.locator('[data-status="revoked"]').getByText('已撤销', { exact: true }).waitFor();
        await phone.getByText(`撤销原因：${reason}`).waitFor();

        // 6. The untampered credential pasted on the phone is refused as revoked.
        await phone.getByLabel('核验电子凭证').fill(credentialBytes.toString('utf8'));
        await phone.getByRole('button', { name: '核验凭证' }).tap();
        const verdict = phone.locator('.credential-result[data-verdict="revoked"]');
        await verdict.getByText('证书已被撤销或已被更正后的证书取代。').waitFor();
        await verdict.locator('[data-status="revoked"]').waitFor();
        assert.ok(await fitsThePhone(phone), 'the pasted credential and its verdict fit the phone’s screen');
      },
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
