import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays, shanghaiDate } from '@jiping/domain';
import { e2eSkipReason, startE2E, withPageReport, type E2E } from './support/browser.ts';
import { planWithCandidates, signOffSessions } from '../packages/server/test/helpers/results-fixtures.ts';

const skip = e2eSkipReason();

describe('results journey in Chromium', { skip }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(() => e2e?.close());

  test('the enterprise publishes a plan’s results, a visitor objects on the portal, the enterprise answers, the results become final and 浦东 accepts them', async () => {
    type Session = Awaited<ReturnType<E2E['signedIn']>>;
    let enterprise: Session | undefined;
    let visitor: Awaited<ReturnType<E2E['newPage']>> | undefined;
    let pudong: Session | undefined;
    await withPageReport(
      () => ({ enterprise: enterprise?.page, visitor: visitor?.page, pudong: pudong?.page }),
      async () => {
        // The exam and its scores are the subject of other journeys: set up through the API and the tables.
        const exam = addDays(shanghaiDate(e2e.server.clock.now()), 30);
        const plan = await planWithCandidates(e2e.server, { exam, workers: 1 });
        await signOffSessions(e2e.server.database, plan.planId, Object.fromEntries(plan.candidates.map((c, i) => [c.registrationId, { theory: 80, skill: i === 0 ? 75 : 40 }])));
        // The server's clock moves to the day after the exam; the browser signs in afresh after each move.
        e2e.server.clock.set(`${addDays(exam, 1)}T02:00:00.000Z`);

        enterprise = await e2e.signedIn('enterprise-admin');
        await enterprise.page.goto('/institution/results');
        // The demo's exam of the day is a 车工 四级 plan too: this one is told by its id.
        await enterprise.page
          .getByRole('row')
          .filter({ has: enterprise.page.locator(`a[href$="/results/${plan.planId}"]`) })
          .getByRole('cell', { name: '待公示' })
          .waitFor();
        await enterprise.page
          .getByRole('link', { name: /车工（数控车工） 四级/ })
          .and(enterprise.page.locator(`[href$="/results/${plan.planId}"]`))
          .click();
        await enterprise.page.getByRole('button', { name: '公示结果' }).click();
        const publish = enterprise.page.getByRole('dialog');
        await publish.getByText('不少于 5 个工作日').waitFor();
        await publish.getByRole('button', { name: '公示结果' }).click();
        await publish.waitFor({ state: 'hidden' });
        await enterprise.page.getByText('公示中', { exact: true }).waitFor();
        const period = await enterprise.page.getByText(/（5 个工作日）/).innerText();
        const endsOn = /至 (\d{4}-\d{2}-\d{2})/.exec(period)![1]!;

        // Anyone, without an account, reads the list and objects on a phone.
        visitor = await e2e.newPage({ viewport: { width: 390, height: 844 } });
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
        await visitor.page.getByLabel('异议理由').fill('第 1 条的考生当天未到场，请核实。');
        await visitor.page.getByRole('button', { name: '提交异议' }).click();
        await visitor.page.getByText(/异议已受理（编号 /).waitFor();
        assert.ok((await visitor.page.evaluate(() => document.documentElement.scrollWidth)) <= 390, 'the portal page fits the phone');

        // The enterprise answers it from its workbench.
        await enterprise.page.goto('/institution');
        await enterprise.page.getByText('待答复的异议').waitFor();
        await enterprise.page.getByRole('link', { name: '王先生' }).click();
        await enterprise.page.getByText('第 1 条的考生当天未到场，请核实。').waitFor();
        await enterprise.page.getByRole('button', { name: '答复', exact: true }).click();
        const answer = enterprise.page.getByRole('dialog');
        await answer.getByText('答复将发送至其邮箱').waitFor();
        await answer.getByLabel('答复内容').fill('经核对签到记录与监控录像，该考生按时到场参加考试。');
        await answer.getByRole('button', { name: '答复', exact: true }).click();
        await answer.waitFor({ state: 'hidden' });
        await enterprise.page.getByText(/答复（.*）：经核对签到记录与监控录像/).waitFor();

        // Publicity ends: the results are final and the enterprise submits them to 浦东.
        e2e.server.clock.set(`${addDays(endsOn, 1)}T02:00:00.000Z`);
        await enterprise.context.close();
        enterprise = await e2e.signedIn('enterprise-admin');
        await enterprise.page.goto(`/institution/results/${plan.planId}`);
        await enterprise.page.getByText('结果已确定', { exact: true }).waitFor();
        await enterprise.page.getByText(/截止 \d{4}-\d{2}-\d{2} · 剩余 \d+ 个工作日/).waitFor();
        await enterprise.page.getByRole('button', { name: '报送区人社局' }).click();
        await enterprise.page
          .getByRole('dialog')
          .getByRole('button', { name: /确\s*定|OK/ })
          .click();
        await enterprise.page.getByText('已报送待核验', { exact: true }).waitFor();

        pudong = await e2e.signedIn('pudong-officer');
        await pudong.page.goto('/government');
        await pudong.page.getByText('待核验的评价结果报送').waitFor();
        await pudong.page
          .getByRole('link', { name: /上海浦江精密机械有限公司/ })
          .first()
          .click();
        await pudong.page.waitForURL(new RegExp(`/government/results/${plan.planId}$`));
        await pudong.page.getByText('按期').first().waitFor();
        await pudong.page.getByRole('button', { name: '核验报送的结果' }).click();
        const check = pudong.page.getByRole('dialog');
        await check.getByRole('button', { name: '核验通过' }).click();
        await check.waitFor({ state: 'hidden' });
        await pudong.page.getByText('已核验归档', { exact: true }).waitFor();
        await pudong.page.getByRole('link', { name: '下载评价档案' }).waitFor();
        await enterprise.page.reload();
        await enterprise.page.getByText('已核验归档', { exact: true }).waitFor();
      },
    );
  });
});
