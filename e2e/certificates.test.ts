import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays, shanghaiDate } from '@jiping/domain';
import { e2eSkipReason, startE2E, withPageReport, type E2E } from './support/browser.ts';
import { finalPlan } from '../packages/server/test/helpers/certificate-fixtures.ts';

const skip = e2eSkipReason();

describe('certificates journey in Chromium', { skip }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(() => e2e?.close());

  test('the enterprise issues the certificates of a plan whose results are final, revokes one with a reason, and 李强 finds his own under 我的证书', async () => {
    type Session = Awaited<ReturnType<E2E['signedIn']>>;
    let enterprise: Session | undefined;
    let li: Session | undefined;
    await withPageReport(
      () => ({ enterprise: enterprise?.page, li: li?.page }),
      async () => {
        // Exam, scores, publicity and the final results are other journeys' subject: set up through the API and the tables.
        const today = shanghaiDate(e2e.server.clock.now());
        const plan = await finalPlan(e2e.server, { workers: 1, start: today, exam: addDays(today, 30) });
        const worker = plan.passed.find((c) => c.name !== '李强')!;

        enterprise = await e2e.signedIn('enterprise-admin');
        const { page } = enterprise;
        await page.goto(`/institution/results/${plan.planId}`);
        await page
          .getByRole('link', { name: '证书' })
          .and(page.locator(`[href$="/certificates/plans/${plan.planId}"]`))
          .click();
        await page.getByRole('button', { name: '为全部合格且未发证人员发证' }).click();
        await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
        await page.getByText('已发证 2 张').waitFor();
        const numbers = await page.getByRole('link', { name: /^Y\d{21}$/ }).allInnerTexts();
        assert.equal(numbers.length, 2);

        await page
          .getByRole('row')
          .filter({ hasText: worker.name })
          .getByRole('link', { name: /^Y\d{21}$/ })
          .click();
        await page.getByText('证书记录').waitFor();
        await page.getByRole('button', { name: '撤销证书' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('button', { name: '撤销证书' }).click();
        await dialog.getByText('请填写撤销理由（至少 5 个字）').waitFor();
        await dialog.getByLabel('撤销理由').fill('考生冒名顶替，经查属实。');
        await dialog.getByRole('button', { name: '撤销证书' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await page.getByText('已撤销', { exact: true }).first().waitFor();
        await page.getByText('考生冒名顶替，经查属实。').first().waitFor();
        assert.equal(await page.getByRole('button', { name: '撤销证书' }).count(), 0, 'a revoked certificate offers nothing more');

        await page.goto('/institution/certificates?status=revoked');
        await page.getByRole('row').filter({ hasText: worker.name }).waitFor();

        li = await e2e.signedIn('candidate-2');
        await li.page.goto('/candidate');
        await li.page.getByRole('menuitem', { name: '我的证书' }).click();
        const card = li.page.getByRole('region').filter({ hasText: '车工（数控车工）' });
        await card.getByText('有效').waitFor();
        const number = (await card.getAttribute('aria-label'))!;
        assert.match(number, /^Y\d{21}$/);
        assert.equal(await card.getByRole('link', { name: '分享查询链接' }).getAttribute('href'), `/verify/${number}`);
        assert.ok(!(await li.page.locator('body').innerText()).includes(worker.name), 'only his own certificates');
        await card.getByRole('link', { name: '查看' }).click();
        await li.page.getByRole('cell', { name: '李强', exact: true }).waitFor();
        await li.page.getByText(`/verify/${number}`).waitFor();
        assert.equal(await li.page.getByRole('button', { name: '撤销证书' }).count(), 0);
      },
    );
  });
});
