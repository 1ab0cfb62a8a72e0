import ExcelJS from '../../src/platform/files/xlsx.ts';

export type ScoreSheetCell = string | number | null;

/**
 * A score sheet as Excel writes one (shared strings, numbers as numbers), streamed, so a
 * benchmark can write 10 000 rows without holding them: the header, then one row per candidate.
 */
export async function writeScoreWorkbook(filePath: string, header: readonly string[], rows: Iterable<readonly ScoreSheetCell[]>) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('成绩');
  sheet.addRow([...header]).commit();
  for (const row of rows) sheet.addRow([...row]).commit();
  sheet.commit();
  await workbook.commit();
}

/** The header a session's template gives its skill sheet: fixed columns, then one per examiner. */
export const SKILL_HEADER = ['准考证号', '姓名', '座位号', '孙国华（KPY-2023-1501）', '周建平（KPY-2023-1502）', '吴秀兰（KPY-2023-1503）'] as const;

/** Polls a score import until it has finished. */
export async function scoreImportFinished(client: { get(path: string): Promise<{ body: { status: string } & Record<string, unknown> }> }, id: string) {
  for (let i = 0; i < 1200; i += 1) {
    const view = await client.get(`/api/v1/score-imports/${id}`);
    if (view.body.status !== 'running') return view.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('score import did not finish');
}
