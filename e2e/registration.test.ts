import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { addDays, shanghaiDate } from '@jiping/domain';
import { e2eSkipReason, startE2E, withPageReport, type E2E } from './support/browser.ts';
import { draftAndFilePlan } from './support/plan-form.ts';
import { dispatchedWorker, residentId, writeRegistrationWorkbook, type CandidateRow } from '../packages/server/test/helpers/registration-workbook.ts';

const skip = e2eSkipReason();

describe('registration journey in Chromium', { skip }, () => {
  let e2e: E2E;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-e2e-'));
  before(async () => {
    e2e = await startE2E();
  });
  after(async () => {
    await e2e?.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  test('the enterprise files a 车工 四级 plan, Pudong acknowledges it, a dispatched worker is admitted and an outsider refused with reasons, a group import reports its 3 bad rows', async () => {
    type Session = Awaited<ReturnType<E2E['signedIn']>>;
    let enterprise: Session;
    let pudong: Session;
    let worker: Session;
    let outsider: Session;
    await withPageReport(
      () => ({ enterprise: enterprise?.page, pudong: pudong?.page, worker: worker?.page, outsider: outsider?.page }),
      async () => {
        const exam = addDays(shanghaiDate(new Date()), 40);
        enterprise = await e2e.signedIn('enterprise-admin');
        const page = enterprise.page;
        await draftAndFilePlan(page, { exam, site: '张江实训中心', room: '数控实操车间', expected: 12, examiner: '孙国华', supervisor: '郑质量' });

        // Pudong's workbench lists the filed plan with its deadline and leads to where it is acknowledged.
        pudong = await e2e.signedIn('pudong-officer');
        await pudong.page.goto('/government');
        await pudong.page.getByText('待确认的评价计划').waitFor();
        await pudong.page
          .getByText(/截止 \d{4}-\d{2}-\d{2} · 剩余 \d+ 个工作日/)
          .first()
          .waitFor();
        await pudong.page
          .getByRole('link', { name: /上海浦江精密机械有限公司/ })
          .first()
          .click();
        await pudong.page.waitForURL(/\/government\/plans$/);
        await pudong.page.getByRole('button', { name: '确认' }).click();
        await pudong.page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
        await pudong.page.getByRole('dialog').waitFor({ state: 'hidden' });
        await pudong.page.reload();
        // The demo's exam of the day is an acknowledged plan too: this one is told by its exam date.
        await pudong.page
          .getByRole('row', { name: new RegExp(exam) })
          .getByRole('cell', { name: '已确认' })
          .waitFor();

        // 李强, dispatched to the enterprise, 车工 五级 since 2022: applies and reads why he qualifies.
        worker = await e2e.signedIn('candidate-2');
        await worker.page.goto('/candidate/apply');
        await worker.page.getByRole('button', { name: '申请报名' }).first().click();
        await worker.page.getByRole('button', { name: '提交报名' }).click();
        await worker.page.getByRole('dialog').waitFor({ state: 'hidden' });
        await worker.page.goto('/candidate/my-registrations');
        await worker.page.getByRole('cell', { name: '待审核' }).waitFor();
        await worker.page
          .getByText(/符合申报条件：取得本职业或相关职业五级\/初级工证书后，累计从事本职业或相关职业工作满 4 年/)
          .first()
          .waitFor();

        // On a phone (390 px) the candidate pages are cards: the status is in view, nothing scrolls sideways.
        const phone = await e2e.signedIn('candidate-2', { viewport: { width: 390, height: 844 } });
        const fitsTheScreen = async () => assert.ok((await phone.page.evaluate(() => document.documentElement.scrollWidth)) <= 390, `${phone.page.url()} is wider than the phone`);
        await phone.page.goto('/candidate/my-registrations');
        const status = phone.page.getByText('待审核', { exact: true }).first();
        await status.waitFor();
        const box = await status.boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `the status is outside the screen: ${JSON.stringify(box)}`);
        await fitsTheScreen();
        await phone.page.goto('/candidate/apply');
        await phone.page.getByRole('button', { name: '已报名' }).first().waitFor();
        await fitsTheScreen();
        await phone.page.goto('/candidate/my-profile');
        await phone.page.getByRole('heading', { name: '我的档案' }).waitFor();
        await fitsTheScreen();
        await phone.context.close();

        // The enterprise admits him.
        await page.goto('/institution/plans');
        await page.getByRole('link', { name: '报名管理' }).first().click();
        await page.getByRole('cell', { name: '李强' }).waitFor();
        await page.getByRole('row', { name: /李强/ }).getByRole('button', { name: '审核' }).click();
        await page.getByRole('dialog').getByRole('button', { name: '准予报名' }).click();
        await page.getByRole('row', { name: /李强/ }).getByText('准予报名').waitFor();

        await worker.page.reload();
        await worker.page.getByText('准予报名').first().waitFor();
        await worker.page.getByRole('button', { name: '查看判定依据' }).first().click();
        const explanation = worker.page.getByRole('region', { name: '判定依据' });
        await explanation
          .getByText(/劳务派遣/)
          .first()
          .waitFor();
        await explanation
          .getByText(/五级\/初级工证书/)
          .first()
          .waitFor();

        // 王芳 works for another company that has not entrusted the enterprise: refused, and told why.
        outsider = await e2e.signedIn('candidate-3');
        await outsider.page.goto('/candidate/apply');
        await outsider.page.getByRole('button', { name: '申请报名' }).first().click();
        await outsider.page.getByRole('button', { name: '提交报名' }).click();
        await outsider.page.getByRole('dialog').waitFor({ state: 'hidden' });
        await outsider.page.goto('/candidate/my-registrations');
        await outsider.page.getByText('不符合条件').first().waitFor();
        await outsider.page
          .getByText(/与本机构无在岗职工（含劳务派遣、劳务外包）、校企合作毕业学年学生或委托评价关系记录/)
          .first()
          .waitFor();

        // Group registration: 500 rows, 3 of them wrong; only the valid ones are taken, the 3 are listed.
        const rows: CandidateRow[] = Array.from({ length: 500 }, (_, i) => dispatchedWorker(3000 + i));
        const good = residentId(9000);
        rows[41] = { ...rows[41]!, idNumber: good.slice(0, 17) + (good.endsWith('0') ? '1' : '0') };
        rows[202] = { ...rows[202]!, relation: '临时工' };
        rows[417] = { ...rows[417]!, workFrom: '2019-01-01', workUntil: '2018-01-01' };
        const file = path.join(workDir, '团体报名.xlsx');
        await writeRegistrationWorkbook(file, rows);
        await page.reload();
        await page.getByRole('button', { name: '团体报名' }).click();
        const importDialog = page.getByRole('dialog');
        await importDialog.getByLabel('只导入正确的行').check();
        await importDialog.locator('input[type=file]').setInputFiles(file);
        await importDialog.getByText('已选择：团体报名.xlsx').waitFor();
        await importDialog.getByRole('button', { name: '上传并导入' }).click();
        await importDialog.getByText('导入完成：成功导入 497 行，3 行有错误未导入').waitFor({ timeout: 60_000 });
        const errors = importDialog.getByRole('table').last();
        for (const [row, column] of [
          ['43', '证件号码'],
          ['204', '与本机构关系'],
          ['419', '本职业工作终止日期'],
        ] as const) {
          await errors.getByRole('row', { name: new RegExp(`^${row} ${column}`) }).waitFor();
        }
      },
    );
    for (const session of [enterprise!, pudong!, worker!, outsider!]) await session.context.close();
  });
});
