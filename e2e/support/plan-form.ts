import type { Page } from 'playwright-core';

export interface PlanInput {
  exam: string;
  site: string;
  room: string;
  expected: number;
  examiner: string;
  supervisor: string;
}

/** Drafts a 车工（数控车工）四级 plan through the page and files it, as an institution clerk does. */
export async function draftAndFilePlan(page: Page, plan: PlanInput) {
  await page.goto('/institution/plans');
  await page.getByRole('button', { name: '新建评价计划' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('职业', { exact: true }).fill('6-18-01-01');
  await dialog.getByLabel('工种', { exact: true }).fill('数控车工');
  await dialog.getByLabel('等级', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('四级', { exact: true }).click();
  await dialog.getByLabel('考试开始日期').fill(plan.exam);
  await dialog.getByLabel('考试结束日期').fill(plan.exam);
  await dialog.getByLabel('考点名称').fill(plan.site);
  await dialog.getByLabel('考场', { exact: true }).fill(plan.room);
  await page.keyboard.press('Enter');
  await dialog.getByLabel('预计人数').fill(String(plan.expected));
  await dialog.getByLabel('考评员', { exact: true }).fill(plan.examiner);
  await page.keyboard.press('Enter');
  await dialog.getByLabel('内部质量督导员').fill(plan.supervisor);
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByRole('cell', { name: '草稿' }).waitFor();
  await page.getByRole('button', { name: '报送' }).click();
  await page.getByRole('cell', { name: '待确认' }).waitFor();
}
