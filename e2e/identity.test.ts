import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { e2eSkipReason, startE2E, withPageReport, type E2E } from './support/browser.ts';
import { hashPassword } from '../packages/server/src/platform/auth/password.ts';
import { rows } from '../packages/server/src/platform/db/client.ts';
import { DEMO_PASSWORD } from '../packages/server/test/helpers/server.ts';

const skip = e2eSkipReason();

describe('identity verification journey in Chromium', { skip }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(async () => {
    await e2e?.close();
  });

  test('a wrong name is refused, the right one only sends a code, the code links; a new ID links at once; a record without a phone is confirmed in person', async () => {
    type Session = Awaited<ReturnType<E2E['signedIn']>>;
    let candidate: Session;
    let city: Session;
    let newcomer: Session;
    let waiting: Session;
    let pudong: Session;
    await withPageReport(
      () => ({ candidate: candidate?.page, city: city?.page, newcomer: newcomer?.page, waiting: waiting?.page, pudong: pudong?.page }),
      async () => {
        // candidate-1 claims 陈静, a worker the enterprise recorded with a phone.
        candidate = await e2e.signedIn('candidate-1');
        const page = candidate.page;
        await page.goto('/candidate/my-profile');
        await page.getByLabel('证件号码').fill('310115199006060025');
        await page.getByLabel('姓名').fill('张三');
        await page.getByRole('button', { name: '提交核验' }).click();
        await page.getByText('该证件号码已登记的姓名与填写的姓名不一致，请核对证件号码和姓名。').first().waitFor();
        if ((await page.locator('body').innerText()).includes('陈静')) throw new Error('the recorded name was disclosed');

        await page.getByLabel('姓名').fill('陈静');
        await page.getByRole('button', { name: '提交核验' }).click();
        await page.getByText(/验证码已发送至该证件登记的手机号/).waitFor();
        if (/137\*{4}0025/.test(await page.locator('body').innerText())) throw new Error('the phone on the record was disclosed');

        // Without the code the account sees nothing of her.
        await page.goto('/candidate/my-registrations');
        await page.getByText(/请先在“我的档案”中/).waitFor();

        // The demo has no SMS gateway: the city's administrator reads the code in the outbox.
        city = await e2e.signedIn('city-admin');
        await city.page.goto('/government/identity-claims');
        await city.page.getByRole('link', { name: '短信发件箱' }).click();
        const text = await city.page
          .getByRole('cell', { name: /验证码 \d{6}/ })
          .first()
          .innerText();
        const code = /验证码 (\d{6})/.exec(text)![1]!;

        await page.goto('/candidate/my-profile');
        await page.getByLabel('短信验证码').fill(code === '000000' ? '111111' : '000000');
        await page.getByRole('button', { name: '确认绑定' }).click();
        await page
          .getByText(/验证码不正确，还可尝试 4 次/)
          .first()
          .waitFor();
        await page.getByLabel('短信验证码').fill(code);
        await page.getByRole('button', { name: '确认绑定' }).click();
        await page.getByText('陈静').first().waitFor();
        await page.getByRole('button', { name: '保存档案' }).waitFor();

        // A candidate whose ID number the city does not know is linked at once.
        const hash = await hashPassword(DEMO_PASSWORD);
        const [user] = await rows<{ id: string }>(e2e.server.database.db, sql`insert into users (username, display_name, password_hash) values ('newcomer', '考生 周小川', ${hash}) returning id`);
        await e2e.server.database.db.execute(sql`insert into user_grants (user_id, role) values (${user!.id}, 'candidate')`);
        newcomer = await e2e.signedIn('newcomer');
        await newcomer.page.goto('/candidate/my-profile');
        await newcomer.page.getByLabel('证件号码').fill('310101199603150071');
        await newcomer.page.getByLabel('姓名').fill('周小川');
        await newcomer.page.getByRole('button', { name: '提交核验' }).click();
        await newcomer.page.getByRole('button', { name: '保存档案' }).waitFor();
        await newcomer.page.getByText('周小川').first().waitFor();

        // 赵敏's record has no phone: the claim waits until Pudong confirms it at the counter.
        waiting = await e2e.signedIn('candidate-4');
        await waiting.page.goto('/candidate/my-profile');
        await waiting.page.getByLabel('证件号码').fill('310115198801010049');
        await waiting.page.getByLabel('姓名').fill('赵敏');
        await waiting.page.getByRole('button', { name: '提交核验' }).click();
        await waiting.page.getByText(/赵敏（3101\*+0049）：待现场核验/).waitFor();
        await waiting.page.getByText(/请携带本人有效身份证件原件/).waitFor();

        pudong = await e2e.signedIn('pudong-officer');
        await pudong.page.goto('/government/identity-claims');
        await pudong.page.getByRole('row', { name: /赵敏/ }).getByRole('button', { name: '现场核验' }).click();
        const dialog = pudong.page.getByRole('dialog');
        await dialog.getByRole('button', { name: '确认身份' }).click();
        await dialog.getByText('请填写核验说明').waitFor();
        await dialog.getByLabel('核验说明').fill('已核对居民身份证原件，人证一致');
        await dialog.getByRole('button', { name: '确认身份' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await pudong.page.getByRole('tab', { name: '已确认' }).click();
        await pudong.page.getByRole('cell', { name: '已核对居民身份证原件，人证一致' }).waitFor();

        await waiting.page.reload();
        await waiting.page.getByRole('button', { name: '保存档案' }).waitFor();
        await waiting.page.getByText('赵敏').first().waitFor();
      },
    );
  });
});
