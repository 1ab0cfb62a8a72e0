import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer, DEMO_PASSWORD } from '../helpers/server.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import { importFinished, openPlan } from '../helpers/plan-fixtures.ts';
import { craftedXlsx, repeated, SHEET_END, SHEET_START, SST_END, SST_START } from '../helpers/crafted-xlsx.ts';
import type { HttpClient } from '../helpers/http.ts';
import { rows as dbRows } from '../../src/platform/db/client.ts';

const CELL_OPEN = '<row r="1"><c r="A1" t="inlineStr"><is><t>';
const CELL_CLOSE = '</t></is></c></row>';

/** The files a hostile or careless upload might bring, each with the reason it must be refused for. */
const CRAFTED: Array<{ name: string; file: () => Promise<Buffer>; reason: RegExp; english: RegExp }> = [
  {
    // 293 KB on the wire, 300 MB inflated: the sizes it declares give it away.
    name: 'a zip bomb: one cell of 300,000,000 characters',
    file: () => craftedXlsx({ sheet: [SHEET_START + CELL_OPEN, ...repeated('A', 300_000_000), CELL_CLOSE + SHEET_END] }),
    reason: /工作表解压后超过 256 MB/,
    english: /expands to more than 256 MB/,
  },
  {
    // The same bomb declaring 1 000 bytes per part: only counting what really inflates catches it.
    name: 'the same zip bomb lying about its size',
    file: () => craftedXlsx({ declaredSize: 1000, sheet: [SHEET_START + CELL_OPEN, ...repeated('A', 300_000_000), CELL_CLOSE + SHEET_END] }),
    reason: /单元格超过 32767 个字符/,
    english: /more than 32767 characters/,
  },
  {
    name: 'a cell just over the Excel limit',
    file: () => craftedXlsx({ declaredSize: 1000, sheet: [SHEET_START + CELL_OPEN, ...repeated('B', 40_000), CELL_CLOSE + SHEET_END] }),
    reason: /单元格超过 32767 个字符/,
    english: /more than 32767 characters/,
  },
  {
    name: 'a huge shared-strings table',
    file: () =>
      craftedXlsx({
        declaredSize: 1000,
        sharedStrings: [SST_START, ...repeated('<si><t>重复的文字</t></si>', 5_000_000), SST_END],
        sheet: [SHEET_START + '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' + SHEET_END],
      }),
    reason: /共享字符串）解压后超过 64 MB/,
    english: /shared-strings table expands to more than 64 MB/,
  },
  {
    name: 'a million columns',
    file: () => craftedXlsx({ sheet: [SHEET_START + '<row r="1">', ...millionCells(), '</row>' + SHEET_END] }),
    reason: /超过 16384 列/,
    english: /more than 16384 columns/,
  },
];

/** Cells A1 … BDWGN1, as Excel names them, a thousand to a chunk. */
function* millionCells(): Generator<string> {
  const letters = (n: number): string => (n > 0 ? letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)) : '');
  for (let start = 1; start <= 1_000_000; start += 1000) {
    let chunk = '';
    for (let column = start; column < start + 1000; column += 1) chunk += `<c r="${letters(column)}1"><v>1</v></c>`;
    yield chunk;
  }
}

for (const target of dbTargets()) {
  describe(`uploads cannot exhaust the server [${target}]`, () => {
    let server: TestServer;
    let enterprise: HttpClient;
    let planId: string;
    const files = new Map<string, Buffer>();

    before(async () => {
      server = await startTestServer(target);
      enterprise = await server.as('enterprise-admin');
      const pudong = await server.as('pudong-officer');
      planId = (await openPlan(enterprise, pudong, await institutionIdOf(enterprise))).id;
      for (const crafted of CRAFTED) files.set(crafted.name, await crafted.file());
    });
    after(() => server.close());

    for (const crafted of CRAFTED) {
      test(`group import: ${crafted.name} is refused with its reason while the server keeps answering`, async () => {
        const content = files.get(crafted.name)!;
        assert.ok(content.length < 5_000_000, `the crafted file is small on the wire (${content.length} bytes)`);
        const started = await enterprise.upload(`/api/v1/plans/${planId}/registration-imports`, 'crafted.xlsx', content, { mode: 'valid_rows' }, { 'idempotency-key': randomUUID() });
        assert.equal(started.status, 202, JSON.stringify(started.body));
        // Health is asked for the whole time the import is being processed; every ask is answered.
        const health = server.client();
        let processing = true;
        const answers: number[] = [];
        const polling = (async () => {
          while (processing) {
            answers.push((await health.get('/api/health')).status);
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        })();
        const result = await importFinished(enterprise, started.body.id).finally(() => (processing = false));
        await polling;
        assert.equal(result.status, 'rejected');
        assert.match(result.message, crafted.reason);
        assert.ok(answers.length > 0 && answers.every((status) => status === 200), JSON.stringify(answers));
        const [written] = await dbRows<{ n: number }>(server.database.db, sql`select count(*)::int as n from registrations where import_id = ${started.body.id}`);
        assert.equal(written!.n, 0);
      });
    }

    test('the reason is in English for an English client', async () => {
      const english = server.client({ locale: 'en' });
      const login = await english.post('/api/v1/auth/login', { username: 'enterprise-admin', password: DEMO_PASSWORD });
      assert.equal(login.status, 200);
      for (const crafted of CRAFTED.slice(0, 2)) {
        const started = await english.upload(`/api/v1/plans/${planId}/registration-imports`, 'crafted.xlsx', files.get(crafted.name)!, { mode: 'valid_rows' }, { 'idempotency-key': randomUUID() });
        const result = await importFinished(english, started.body.id);
        assert.match(result.message, crafted.english);
      }
    });

    test('catalogue import: the same files are refused with 4xx and their reason, and the catalogue is unchanged', async () => {
      const city = await server.as('city-admin');
      const [before] = await dbRows<{ n: number }>(server.database.db, sql`select count(*)::int as n from occupations`);
      for (const crafted of CRAFTED) {
        const response = await city.upload('/api/v1/catalogue/imports', 'catalogue.xlsx', files.get(crafted.name)!);
        assert.equal(response.status, 400, `${crafted.name}: ${JSON.stringify(response.body)}`);
        assert.match(response.body.detail, crafted.reason, crafted.name);
      }
      const [afterwards] = await dbRows<{ n: number }>(server.database.db, sql`select count(*)::int as n from occupations`);
      assert.equal(afterwards!.n, before!.n);
      assert.equal((await server.client().get('/api/health')).status, 200);
    });
  });
}
