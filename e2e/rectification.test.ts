import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays, shanghaiDate } from '@jiping/domain';
import { e2eSkipReason, startE2E, withPageReport, type E2E } from './support/browser.ts';
import { institutionIdOf } from '../packages/server/test/helpers/filing-fixtures.ts';
import { insertInspection } from '../packages/server/test/helpers/supervision-fixtures.ts';

const skip = e2eSkipReason();
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

describe('rectification journey in Chromium', { skip }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(() => e2e?.close());

  test('an inspector orders rectification, the institution answers with a photo on a phone, the inspector reopens and then accepts; the institution sees its record', async () => {
    type Session = Awaited<ReturnType<E2E['signedIn']>>;
    let inspector: Session | undefined;
    let institution: Session | undefined;
    await withPageReport(
      () => ({ inspector: inspector?.page, institution: institution?.page }),
      async () => {
        const enterpriseId = await institutionIdOf(await e2e.server.as('enterprise-admin'));
        const { inspectionId } = await insertInspection(e2e.server.database, { institutionId: enterpriseId });
        const deadline = addDays(shanghaiDate(new Date()), 10);
        const created = await (
          await e2e.server.as('inspector-1')
        ).post(`/api/v1/inspections/${inspectionId}/rectifications`, {
          requirement: '补齐 2 号机位视频监控录像',
          deadline,
        });
        assert.equal(created.status, 201, JSON.stringify(created.body));

        institution = await e2e.signedIn('enterprise-admin', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
        const phone = institution.page;
        await phone.goto('/institution/rectifications');
        await phone.getByText('未结整改').waitFor();
        await phone.getByRole('link', { name: created.body.number }).click();
        await phone.getByText('补齐 2 号机位视频监控录像').first().waitFor();
        await phone.locator('input[type=file]').setInputFiles({ name: '监控修复.png', mimeType: 'image/png', buffer: PNG });
        await phone.getByText('已上传 监控修复.png').waitFor();
        await phone.getByLabel('整改情况').fill('已更换硬盘并补录。');
        await phone.getByRole('button', { name: '提交整改情况' }).click();
        await phone.getByText('已提交整改情况').first().waitFor();
        await phone.getByText('待验收').first().waitFor();

        inspector = await e2e.signedIn('inspector-1');
        const { page } = inspector;
        await page.goto(`/government/rectifications/${created.body.id}`);
        await page.getByRole('button', { name: '验收' }).click();
        await page.getByRole('button', { name: '退回重新整改' }).click();
        await page.getByText('请填写理由').waitFor();
        await page.getByLabel('意见（退回时必填）').fill('未附检修记录');
        await page.getByRole('button', { name: '退回重新整改' }).click();
        await page.getByText('已退回重新整改').first().waitFor();
        await page.getByText('未附检修记录').first().waitFor();

        await phone.reload();
        await phone.getByText('退回重改').first().waitFor();
        await phone.getByLabel('整改情况').fill('补交检修记录。');
        await phone.getByRole('button', { name: '提交整改情况' }).click();
        await phone.getByText('已提交整改情况').first().waitFor();

        await page.reload();
        await page.getByRole('button', { name: '验收' }).click();
        await page.getByRole('button', { name: '验收通过' }).click();
        await page.getByText('已验收通过').first().waitFor();
        await page.getByText('已验收', { exact: true }).first().waitFor();
      },
    );
  });
});
