import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { e2eSkipReason, startE2E, type E2E } from './support/browser.ts';
import { draftAndFilePlan } from './support/plan-form.ts';
import { createAndSubmit, institutionIdOf } from '../packages/server/test/helpers/filing-fixtures.ts';
import { addDays, shanghaiDate } from '@jiping/domain';

const skip = e2eSkipReason();

describe('evaluation plan journey in Chromium', { skip }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(() => e2e?.close());

  test('the institution drafts and files a plan; its district acknowledges it with an external supervisor', async () => {
    // The filing itself is the subject of another journey: here it is set up through the API.
    const social = await e2e.server.as('social-admin');
    const filing = await createAndSubmit(social, await institutionIdOf(social));
    const approved = await (await e2e.server.as('huangpu-officer')).post(`/api/v1/filings/${filing.id}/approve`, { version: filing.version, institutionCode: '0601', siteSequence: '000006' });
    assert.equal(approved.status, 200);

    const exam = addDays(shanghaiDate(new Date()), 40);
    const { context, page } = await e2e.signedIn('social-admin');
    await page.goto('/institution/plans');
    await page.getByText('尚无评价计划').waitFor();
    await draftAndFilePlan(page, { exam, site: '西藏中路考点', room: '实操车间 A', expected: 8, examiner: '王师傅', supervisor: '赵督导' });

    const huangpu = await e2e.signedIn('huangpu-officer');
    await huangpu.page.goto('/government/plans');
    await huangpu.page.getByRole('button', { name: '确认' }).click();
    await huangpu.page.getByLabel('派出外部督导员（可选）').fill('钱外督');
    await huangpu.page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await huangpu.page.getByRole('cell', { name: '已确认' }).waitFor();
    await huangpu.page.getByRole('cell', { name: '赵督导 / 钱外督' }).waitFor();
    await huangpu.context.close();
    await context.close();
  });
});
