import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays, shanghaiDate } from '@jiping/domain';
import { e2eSkipReason, startE2E, withPageReport, type E2E } from './support/browser.ts';
import { issuedPlan } from '../packages/server/test/helpers/credential-fixtures.ts';
import { keyringFor, systemContext } from '../packages/server/src/boot.ts';
import { sealCredentials } from '../packages/server/src/modules/credentials/index.ts';

const skip = e2eSkipReason();

describe('credential signing keys journey in Chromium', { skip }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(() => e2e?.close());

  test('the enterprise sees the key its certificates were signed with and rotates it; the old key is kept as retired', async () => {
    type Session = Awaited<ReturnType<E2E['signedIn']>>;
    let enterprise: Session | undefined;
    await withPageReport(
      () => ({ enterprise: enterprise?.page }),
      async () => {
        // Issuance is another module's journey: certificates are written through the fixture and signed as issuance does.
        const { server } = e2e;
        const exam = addDays(shanghaiDate(server.clock.now()), 30);
        const plan = await issuedPlan(server, { exam, workers: 0, issueDate: addDays(exam, 20) });
        server.clock.set(`${addDays(exam, 20)}T02:00:00.000Z`);
        const sealed = await sealCredentials(
          systemContext(server.database, server.clock, 'e2e'),
          keyringFor(server.config),
          server.config.publicUrl,
          plan.certificates.map((c) => c.id),
        );
        assert.equal(sealed, 1);

        enterprise = await e2e.signedIn('enterprise-admin');
        await enterprise.page.goto(`/institution/institutions/${plan.institutionId}`);
        const card = enterprise.page.locator('.ant-card').filter({ hasText: '证书签名密钥' });
        await card.getByText('使用中').waitFor();
        assert.equal(await card.getByRole('row').count(), 2, 'a header and one key');
        await card.getByRole('button', { name: '轮换密钥' }).click();
        await enterprise.page.getByText('此前签发的证书仍然有效').waitFor();
        await enterprise.page.getByRole('button', { name: /确\s*定/ }).click();
        await enterprise.page.getByText('已轮换签名密钥').waitFor();
        await card.getByText('已停用').waitFor();
        assert.equal(await card.getByRole('row').count(), 3, 'the retired key is still listed');
        await card.getByText('使用中').waitFor();
      },
    );
  });
});
