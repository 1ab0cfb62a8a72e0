import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays, shanghaiDate } from '@jiping/domain';
import { e2eSkipReason, startE2E, withPageReport, type E2E } from './support/browser.ts';
import { examWorld } from '../packages/server/test/helpers/exam-fixtures.ts';

const skip = e2eSkipReason();

describe('scores journey in Chromium', { skip }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(async () => {
    await e2e?.close();
  });

  test('three examiners score 李强 and the combined score shows; the enterprise signs off; a correction asked by an examiner is approved by the administrator; 李强 and Pudong read the result', async () => {
    type Session = Awaited<ReturnType<E2E['signedIn']>>;
    const pages: Record<string, Session | undefined> = {};
    await withPageReport(
      () => Object.fromEntries(Object.entries(pages).map(([name, session]) => [name, session?.page])),
      async () => {
        // The plan, 李强's admission, his ticket, seats and the examiners' staffing, as the sessions module leaves them on an ended exam day.
        const exam = addDays(shanghaiDate(new Date()), 40);
        await examWorld(e2e.server, { examDate: exam, extraCandidates: 0 });

        // 评分: each examiner opens the skill session and types a score for 李强.
        for (const [username, score] of [
          ['enterprise-examiner', '72'],
          ['enterprise-examiner-2', '85.5'],
          ['enterprise-examiner-3', '90'],
        ] as const) {
          const examiner = (pages[username] = await e2e.signedIn(username));
          await examiner.page.goto('/examiner/scoring');
          await examiner.page
            .getByRole('link', { name: /^评分 .*操作技能考核/ })
            .first()
            .click();
          await examiner.page.waitForURL(/\/examiner\/scoring\/[^/]+$/);
          const input = examiner.page.getByLabel('李强 的成绩');
          await input.fill(score);
          await input.press('Enter');
          await examiner.page.getByText('已保存 李强 的成绩').waitFor();
        }
        // The last examiner sees the mean of the three and the warning: 90 and 72 are 18 points apart.
        const wu = pages['enterprise-examiner-3']!.page;
        const row = wu.getByRole('row', { name: /李强/ });
        await row.getByText('82.5', { exact: true }).waitFor();
        await row.getByText('合格', { exact: true }).waitFor();
        await row.getByText('评分差 18 分，超过 10 分，请复核').waitFor();
        // A score out of range is refused with the reason under the field, and the saved one stays.
        const input = wu.getByLabel('李强 的成绩');
        await input.fill('101');
        await input.press('Enter');
        await wu.getByRole('alert').getByText('成绩应在 0–100 分之间。').waitFor();

        // 成绩管理: the enterprise enters theory, then signs both sessions off.
        const enterprise = (pages.enterprise = await e2e.signedIn('enterprise-admin'));
        const page = enterprise.page;
        for (const component of ['理论知识考试', '操作技能考核']) {
          await page.goto('/institution/scores');
          await page
            .getByRole('link', { name: new RegExp(`^管理 .*${component}`) })
            .first()
            .click();
          await page.waitForURL(/\/institution\/scores\/[^/]+$/);
          if (component === '理论知识考试') {
            const theory = page.getByLabel('李强 的成绩');
            await theory.fill('78');
            await theory.press('Enter');
            await page.getByText('已保存 李强 的成绩').waitFor();
          }
          await page.getByRole('button', { name: '成绩确认' }).click();
          await page.getByRole('dialog').getByRole('button', { name: '成绩确认' }).click();
          await page.getByText('成绩已确认并锁定').waitFor();
          await page.getByText('已签核').first().waitFor();
        }
        await page.getByRole('row', { name: /李强/ }).getByText('已锁定').waitFor();

        // After sign-off: 孙国华 asks to correct his score's effect (the combined 82.5 → 80), with a reason.
        const sun = pages['enterprise-examiner']!.page;
        await sun.reload();
        await sun.getByRole('row', { name: /李强/ }).getByRole('button', { name: '申请更正' }).click();
        const dialog = sun.getByRole('dialog');
        await dialog.getByLabel('更正后成绩').fill('80');
        await dialog.getByLabel('更正理由').fill('孙国华评分表誊录错误，复核原始记录后更正');
        await dialog.getByRole('button', { name: '提交' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await sun.getByRole('row', { name: /李强/ }).getByText('更正待审批').waitFor();

        // The administrator, a second person, approves it from 成绩管理.
        await page.goto('/institution/scores');
        const pending = page.getByRole('region', { name: '待审批的成绩更正' });
        await pending.getByRole('row', { name: /李强/ }).getByRole('button', { name: '审批' }).click();
        await page.getByRole('dialog').getByText('82.5 → 80').waitFor();
        await page.getByRole('dialog').getByRole('button', { name: '批准', exact: true }).click();
        await page.getByRole('dialog').waitFor({ state: 'hidden' });
        await pending.getByText('暂无成绩更正记录').waitFor();

        // 李强 reads his own results: theory 78, skill 80 after the correction, passed.
        const li = (pages.li = await e2e.signedIn('candidate-2'));
        await li.page.goto('/candidate/my-scores');
        const card = li.page.getByRole('region', { name: new RegExp(`车工.*${exam}`) });
        await card.getByText('80', { exact: true }).waitFor();
        await card.getByText('78', { exact: true }).waitFor();
        await card.getByText('合格').first().waitFor();

        // Pudong reads the correction's history: who asked, who approved, and why. It decides nothing.
        const pudong = (pages.pudong = await e2e.signedIn('pudong-officer'));
        await pudong.page.goto('/government/score-corrections');
        const history = pudong.page.getByRole('row', { name: /李强/ });
        await history.getByText('82.5 → 80').waitFor();
        await history.getByText('已批准').waitFor();
        await history.getByText(/浦江精密 评价管理员/).waitFor();
        assert.equal(await history.getByRole('button', { name: '审批' }).count(), 0);
      },
    );
  });
});
