import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addDays, shanghaiDate } from '@jiping/domain';
import { e2eSkipReason, startE2E, withPageReport, type E2E } from './support/browser.ts';
import { LI_QIANG_ID } from '../packages/server/test/helpers/results-fixtures.ts';
import { finalPlan, issueCertificates } from '../packages/server/test/helpers/export-fixtures.ts';

const skip = e2eSkipReason();

/** The bytes of the file a click makes the browser download. */
async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return fs.readFileSync((await file.path())!);
}

describe('national export journey in Chromium', { skip }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(() => e2e?.close());

  test('the city batches waiting certificate changes, downloads the CSV, records a rejection, sends the new attempt and records its receipt', async () => {
    type Session = Awaited<ReturnType<E2E['signedIn']>>;
    let city: Session | undefined;
    await withPageReport(
      () => ({ city: city?.page }),
      async () => {
        // Results and certificates are the subject of other journeys: set up through the API and the tables.
        const exam = addDays(shanghaiDate(e2e.server.clock.now()), 30);
        const plan = await finalPlan(e2e.server, {
          exam,
          workers: 1,
          marks: (p) => Object.fromEntries(p.candidates.map((c) => [c.registrationId, { theory: 80, skill: 75 }])),
          publicity: { startsOn: addDays(exam, 1), endsOn: addDays(exam, 7), finalOn: addDays(exam, 8) },
        });
        const issuedOn = addDays(exam, 9);
        await issueCertificates(
          e2e.server,
          plan,
          plan.candidates.map((c) => c.name),
          new Date(`${issuedOn}T10:00:00+08:00`),
        );
        e2e.server.clock.set(`${issuedOn}T04:00:00.000Z`);

        city = await e2e.signedIn('city-admin');
        const { page } = city;
        await page.goto('/government');
        await page.getByRole('menuitem', { name: '全国联网上报' }).click();
        await page.getByText('待上报变更').waitFor();
        await page.getByText('变更后 5 个工作日内').waitFor();
        await page.getByRole('button', { name: '生成上报批次' }).click();
        await page.getByText('已生成第 1 批').waitFor();
        await page.getByRole('link', { name: '#1' }).click();
        await page.getByText('待导出', { exact: true }).waitFor();
        await page.getByRole('cell', { name: '李强' }).waitFor();
        assert.equal(await page.getByText(LI_QIANG_ID).count(), 0, 'the page shows no ID number');

        const csv = await download(page, () => page.getByRole('link', { name: '下载 CSV' }).click());
        assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
        assert.ok(csv.toString('utf8').includes(LI_QIANG_ID), 'the file carries the full ID number');
        await page.reload();
        await page.getByText('已导出待回执', { exact: true }).waitFor();

        await page.getByRole('button', { name: '登记退回' }).click();
        const reject = page.getByRole('dialog');
        await reject.getByRole('button', { name: '登记退回' }).click();
        await reject.getByText('请填写全国系统给出的退回原因').waitFor();
        await reject.getByLabel('退回原因').fill('证件号码校验未通过');
        await reject.getByRole('button', { name: '登记退回' }).click();
        await reject.waitFor({ state: 'hidden' });
        // The same changes went into a new attempt, which the page opens.
        await page.getByText('重报第 1 批').waitFor();
        await page.getByText('第 2 次报送').first().waitFor();

        const again = await download(page, () => page.getByRole('link', { name: '下载 CSV' }).click());
        assert.deepEqual(again, csv, 'the new attempt downloads to the same bytes');
        await page.reload();
        await page.getByRole('button', { name: '登记回执' }).click();
        const receipt = page.getByRole('dialog');
        await receipt.getByLabel('回执编号').fill('QG-2026-0001');
        await receipt.getByLabel('回执日期').fill(issuedOn);
        await receipt.getByRole('button', { name: '登记回执' }).click();
        await receipt.waitFor({ state: 'hidden' });
        await page.getByText('已回执', { exact: true }).waitFor();
        await page.getByText('QG-2026-0001').waitFor();

        await page.getByRole('link', { name: '全国联网上报' }).first().click();
        await page.getByRole('row').filter({ hasText: '#1' }).getByText('已退回').waitFor();
        await page.getByRole('row').filter({ hasText: '#2' }).getByText('已回执').waitFor();
        await page.getByText('暂无待上报的证书变更').waitFor();
      },
    );
  });
});
