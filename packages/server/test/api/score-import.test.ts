import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { examWorld, markAbsent, type ExamWorld } from '../helpers/exam-fixtures.ts';
import { craftedXlsx, SHEET_END, SHEET_START, SST_END, SST_START } from '../helpers/crafted-xlsx.ts';
import { scoreImportFinished, SKILL_HEADER, writeScoreWorkbook, type ScoreSheetCell } from '../helpers/score-workbook.ts';
import type { HttpClient } from '../helpers/http.ts';
import { rows as dbRows } from '../../src/platform/db/client.ts';
import ExcelJS from '../../src/platform/files/xlsx.ts';

for (const target of dbTargets()) {
  describe(`score sheet import [${target}]`, () => {
    let server: TestServer;
    let world: ExamWorld;
    let elsewhere: ExamWorld;
    let enterprise: HttpClient;
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-score-import-'));
    const count = async (table: string) => Number((await dbRows<{ n: number }>(server.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);
    const upload = async (session: string, content: Buffer, key = randomUUID(), client = enterprise) =>
      client.upload(`/api/v1/exam-sessions/${session}/score-imports`, 'scores.xlsx', content, {}, { 'idempotency-key': key });
    const importFile = async (session: string, content: Buffer) => {
      const started = await upload(session, content);
      assert.equal(started.status, 202, JSON.stringify(started.body));
      return scoreImportFinished(enterprise, started.body.id) as Promise<{
        id: string;
        status: string;
        acceptedRows: number;
        errorRows: number;
        message: string | null;
        errors: Array<{ row: number; column: string; message: string }>;
      }>;
    };
    const workbook = async (header: readonly string[], rows: ScoreSheetCell[][]) => {
      const file = path.join(workDir, `${randomUUID()}.xlsx`);
      await writeScoreWorkbook(file, header, rows);
      return fs.readFileSync(file);
    };
    const results = async (session: string) =>
      Object.fromEntries((await enterprise.get(`/api/v1/exam-sessions/${session}/scores`)).body.rows.map((r: { name: string; result: { score: number } | null }) => [r.name, r.result?.score ?? null]));

    before(async () => {
      server = await startTestServer(target);
      world = await examWorld(server, { extraCandidates: 4 });
      elsewhere = await examWorld(server, { examDate: '2026-04-15', extraCandidates: 1, firstCandidate: 7100, withLiQiang: false });
      server.clock.set('2026-04-01T10:00:00Z');
      enterprise = await server.as('enterprise-admin');
    });
    after(async () => {
      await server.close();
      fs.rmSync(workDir, { recursive: true, force: true });
    });

    test('the template names the session’s candidates by seat and one score column per examiner', async () => {
      const response = await fetch(`${server.baseUrl}/api/v1/exam-sessions/${world.sessions.skill}/score-template.xlsx`, {
        headers: { cookie: `jiping_session=${enterprise.cookie('jiping_session')}` },
      });
      assert.equal(response.status, 200);
      assert.match(decodeURIComponent(response.headers.get('content-disposition') ?? ''), /成绩表-车工-操作技能考核-2026-04-01\.xlsx/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), ['准考证号*', '姓名*', '座位号', ...SKILL_HEADER.slice(3).map((h) => `${h}*`)]);
      assert.equal(sheet.rowCount, 1 + world.candidates.length);
      assert.deepEqual((sheet.getRow(2).values as unknown[]).slice(1, 4), [world.candidates[0]!.ticket, world.candidates[0]!.name, 1]);
      const theory = await fetch(`${server.baseUrl}/api/v1/exam-sessions/${world.sessions.theory}/score-template.xlsx`, {
        headers: { cookie: `jiping_session=${enterprise.cookie('jiping_session')}` },
      });
      const theoryBook = new ExcelJS.Workbook();
      await theoryBook.xlsx.load(Buffer.from(await theory.arrayBuffer()) as unknown as ArrayBuffer);
      assert.deepEqual((theoryBook.worksheets[0]!.getRow(1).values as unknown[]).slice(1), ['准考证号*', '姓名*', '座位号', '成绩*']);
    });

    test('every bad row is reported by row and column, nothing is written, and the full report downloads as .xlsx and CSV', async () => {
      const [li, a, b, c, d] = world.candidates;
      await markAbsent(server, world.sessions.skill!, [d!.registrationId]);
      const stranger = elsewhere.candidates[0]!;
      const content = await workbook(SKILL_HEADER, [
        [li!.ticket, li!.name, 1, 80, 82.5, 85],
        [a!.ticket, a!.name, 2, 101, 70, 70],
        [b!.ticket, '王五', 3, 70, 70.125, 'abc'],
        [li!.ticket, li!.name, 1, 80, 80, 80],
        ['ZK-NOBODY', '某人', null, 70, 70, 70],
        [stranger.ticket, stranger.name, null, 70, 70, 70],
        [c!.ticket, c!.name, 4, 70, null, 70],
        [d!.ticket, d!.name, 5, 60, '缺考', null],
      ]);
      const before = await count('examiner_scores');
      const done = await importFile(world.sessions.skill!, content);
      assert.equal(done.status, 'rejected');
      assert.equal(done.acceptedRows, 0);
      assert.equal(done.errorRows, 7);
      const byRow = (row: number) => done.errors.filter((e) => e.row === row).map((e) => `${e.column}: ${e.message}`);
      assert.deepEqual(byRow(2), [], 'a good row');
      assert.deepEqual(byRow(3), ['孙国华（KPY-2023-1501）: 成绩应在 0–100 分之间。']);
      assert.deepEqual(byRow(4), ['姓名: 姓名与该准考证号的考生不一致，请核对。', '周建平（KPY-2023-1502）: 成绩最多保留两位小数。', '吴秀兰（KPY-2023-1503）: 成绩应为数字（0–100 分）。']);
      assert.deepEqual(byRow(5), ['准考证号: 与第 2 行准考证号重复。']);
      assert.deepEqual(byRow(6), ['准考证号: 准考证号“ZK-NOBODY”不存在。']);
      assert.deepEqual(byRow(7), [`准考证号: 准考证号“${stranger.ticket}”的考生未安排在本场次。`]);
      assert.deepEqual(byRow(8), ['周建平（KPY-2023-1502）: 成绩必须填写（缺考须由考务登记后留空）。']);
      assert.deepEqual(byRow(9), ['孙国华（KPY-2023-1501）: 该考生本场次缺考，缺考不计成绩。']);
      assert.equal(await count('examiner_scores'), before, 'all or nothing: the good row is not written either');
      assert.equal(await count('score_import_rows'), 0, 'nothing left staged');

      const csv = await enterprise.get(`/api/v1/score-imports/${done.id}/errors.csv`);
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
      const lines = (csv.body as string)
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(lines[0], '行号,列,错误说明');
      assert.equal(lines.length, 1 + done.errors.length);
      const xlsx = await fetch(`${server.baseUrl}/api/v1/score-imports/${done.id}/errors.xlsx`, { headers: { cookie: `jiping_session=${enterprise.cookie('jiping_session')}` } });
      const report = new ExcelJS.Workbook();
      await report.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
      assert.equal(report.worksheets[0]!.rowCount, 1 + done.errors.length);
      assert.deepEqual((report.worksheets[0]!.getRow(2).values as unknown[]).slice(1), [3, '孙国华（KPY-2023-1501）', '成绩应在 0–100 分之间。']);
    });

    test('a header that does not fit the session is refused column by column before any row is read', async () => {
      const done = await importFile(
        world.sessions.skill!,
        await workbook(['准考证号', '姓名', '孙国华（KPY-2023-1501）', '周建平（KPY-2023-1502）', '赵六', '孙国华'], [[world.candidates[0]!.ticket, '李强', 80, 80, 80, 80]]),
      );
      assert.equal(done.status, 'rejected');
      assert.match(done.message ?? '', /表头与本场次的成绩表不一致/);
      assert.deepEqual(
        done.errors.map((e) => [e.row, e.column, e.message.slice(0, 12)]),
        [
          [1, '赵六', '本场次没有这一列；评分列'],
          [1, '孙国华', '此列出现了两次。'],
          [1, '吴秀兰（KPY-2023-1503）', '缺少此列。'],
        ],
      );
    });

    test('a good sheet is written whole: each examiner’s score, the combined results, one audit event; a retry returns the first import', async () => {
      const [li, a, b, c, d] = world.candidates;
      const rows: ScoreSheetCell[][] = [
        [li!.ticket, li!.name, 1, 80, 82.5, 85],
        [a!.ticket, a!.name, 2, 60, 60, 60],
        [b!.ticket, b!.name, 3, '70', '７５', 80.25],
        // An examiner-named column by the bare name is accepted too.
        [c!.ticket, c!.name, 4, 40, 45, 50],
        [d!.ticket, d!.name, 5, null, '缺考', null],
      ];
      const content = await workbook(['准考证号', '姓名', '座位号', '孙国华', '周建平（KPY-2023-1502）', '吴秀兰（KPY-2023-1503）'], rows);
      const key = randomUUID();
      const started = await upload(world.sessions.skill!, content, key);
      assert.equal(started.status, 202);
      const done = await scoreImportFinished(enterprise, started.body.id);
      assert.equal(done.status, 'completed', JSON.stringify(done));
      assert.equal(done.acceptedRows, 4);
      assert.deepEqual(await results(world.sessions.skill!), { [li!.name]: 82.5, [a!.name]: 60, [b!.name]: 75.08, [c!.name]: 45, [d!.name]: null });
      assert.equal(await count(`examiner_scores where import_id = '${started.body.id}'`), 12);
      const events = await dbRows<{ action: string }>(server.database.db, sql`select action from audit_events where entity_id = ${started.body.id} order by seq`);
      assert.deepEqual(
        events.map((e) => e.action),
        ['score.import_started', 'score.imported'],
      );
      const retry = await upload(world.sessions.skill!, content, key);
      assert.equal(retry.status, 200);
      assert.equal(retry.body.id, started.body.id);
      const reused = await upload(world.sessions.skill!, await workbook(SKILL_HEADER, rows), key);
      assert.equal(reused.status, 409, 'the same key for another file');
      const listed = (await enterprise.get(`/api/v1/exam-sessions/${world.sessions.skill}/score-imports`)).body.items;
      assert.equal(listed.length, 3, 'two refused, one completed; the retry is the same import');
    });

    test('theory sheets as LibreOffice and WPS write them: shared and inline strings, references left out, formulas, full-width digits', async () => {
      const [li, a, b, c, d] = world.candidates;
      const strings = ['准考证号', '姓名', '成绩', li!.ticket, li!.name];
      const sst = `${SST_START}${strings.map((s) => `<si><t>${s}</t></si>`).join('')}${SST_END}`;
      const inline = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;
      const sheet = [
        SHEET_START,
        // LibreOffice: shared strings with references, numbers typed "n".
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
        `<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="n"><v>78</v></c></row>`,
        // WPS-like: inline strings and no references at all.
        `<row>${inline(a!.ticket)}${inline(a!.name)}<c><f>50+9.5</f><v>59.5</v></c></row>`,
        `<row>${inline(b!.ticket)}${inline(b!.name)}${inline('８８．５')}</row>`,
        `<row><c t="str"><f>"${c!.ticket.slice(0, 4)}"&amp;"${c!.ticket.slice(4)}"</f><v>${c!.ticket}</v></c>${inline(c!.name)}<c t="n"><v>100</v></c></row>`,
        `<row>${inline(d!.ticket)}<c t="inlineStr"><is><r><t>${d!.name.slice(0, 1)}</t></r><r><t>${d!.name.slice(1)}</t></r></is></c><c t="n"><v>0</v></c></row>`,
        SHEET_END,
      ];
      const done = await importFile(world.sessions.theory!, await craftedXlsx({ sheet, sharedStrings: [sst] }));
      assert.equal(done.status, 'completed', JSON.stringify(done.errors));
      assert.deepEqual(await results(world.sessions.theory!), { [li!.name]: 78, [a!.name]: 59.5, [b!.name]: 88.5, [c!.name]: 100, [d!.name]: 0 });
      const passed = await dbRows<{ passed: boolean }>(server.database.db, sql`select passed from component_scores where session_id = ${world.sessions.theory} order by score_centi`);
      assert.deepEqual(
        passed.map((p) => p.passed),
        [false, false, true, true, true],
      );
    });

    test('refused up front: not a workbook, no key, an examiner, a signed-off session', async () => {
      const notXlsx = await upload(world.sessions.skill!, Buffer.from('准考证号,姓名\n'));
      assert.equal(notXlsx.status, 415);
      const noKey = await enterprise.upload(`/api/v1/exam-sessions/${world.sessions.skill}/score-imports`, 'scores.xlsx', await workbook(SKILL_HEADER, []));
      assert.equal(noKey.status, 400);
      const examiner = await upload(world.sessions.skill!, await workbook(SKILL_HEADER, []), randomUUID(), await server.as('enterprise-examiner'));
      assert.equal(examiner.status, 403);
      const { version } = (await enterprise.get(`/api/v1/exam-sessions/${world.sessions.theory}/scores`)).body.session;
      assert.equal((await enterprise.post(`/api/v1/exam-sessions/${world.sessions.theory}/sign-off`, { version })).status, 200);
      const locked = await upload(world.sessions.theory!, await workbook(['准考证号', '姓名', '成绩'], [[world.candidates[0]!.ticket, '李强', 90]]));
      assert.equal(locked.status, 409);
      assert.match(locked.body.detail, /已确认并锁定/);
    });
  });
}
