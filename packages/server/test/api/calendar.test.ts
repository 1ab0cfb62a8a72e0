import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addWorkingDays } from '@jiping/domain';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { auditActions, auditCount } from '../helpers/audit.ts';
import { systemContext } from '../../src/boot.ts';
import { workCalendar } from '../../src/modules/calendar/calendar.ts';
import { loadReferenceData } from '../../src/seed/reference-data.ts';
import { loadOfficialCalendar } from '../../src/seed/official-calendar.ts';

interface Day {
  date: string;
  kind: string;
  name: string;
  source: string;
}

for (const target of dbTargets()) {
  describe(`the holiday calendar drives working-day deadlines (${target})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(target);
    });
    after(() => server.close());

    test('the State Council arrangement for 2026 is there after start, marked official', async () => {
      const year = await server.client().get('/api/v1/calendar?year=2026');
      assert.equal(year.status, 200);
      const days = year.body as Day[];
      assert.deepEqual(
        days.find((d) => d.date === '2026-10-01'),
        { date: '2026-10-01', kind: 'holiday', name: '国庆节', source: 'official' },
      );
      assert.deepEqual(
        days.find((d) => d.date === '2026-10-10'),
        { date: '2026-10-10', kind: 'workday', name: '国庆节调休', source: 'official' },
      );
      assert.equal(days.find((d) => d.date === '2026-02-17')?.kind, 'holiday');
      // Earlier years come from the same package, not only the demo's year.
      const y2024 = (await server.client().get('/api/v1/calendar?year=2024')).body as Day[];
      assert.ok(y2024.some((d) => d.date === '2024-10-01' && d.kind === 'holiday'));
    });

    test('the public reads the year; only the city changes a day, with a reason, audited', async () => {
      assert.equal((await (await server.as('pudong-officer')).request('PUT', '/api/v1/calendar/2026-12-30', { kind: 'holiday', reason: 'x' }, {})).status, 403);
      const city = await server.as('city-admin');
      assert.equal((await city.request('PUT', '/api/v1/calendar/2026-12-30', { kind: 'holiday' }, {})).status, 400);
      const auditBefore = await auditCount(server.database);
      const set = await city.request('PUT', '/api/v1/calendar/2026-12-30', { kind: 'holiday', name: '跨年', reason: '市政府通知' }, {});
      assert.equal(set.status, 200);
      assert.deepEqual(await auditActions(server.database, auditBefore), ['calendar.day_set']);

      const ctx = systemContext(server.database, server.clock, 'test');
      // 29 Dec (Tue) + 1 working day skips the new holiday on 30 Dec.
      assert.equal(addWorkingDays('2026-12-29', 1, await workCalendar(ctx, '2026-12-01', '2026-12-31')), '2026-12-31');
      await city.request('PUT', '/api/v1/calendar/2026-12-30', { kind: null, reason: '撤销' }, {});
      assert.equal(addWorkingDays('2026-12-29', 1, await workCalendar(ctx, '2026-12-01', '2026-12-31')), '2026-12-30');
    });

    test("the city's edits survive reloading the official arrangement, and a reload changes nothing twice", async () => {
      const city = await server.as('city-admin');
      // The city keeps 7 Oct (an official holiday) as a working day and adds 8 Oct as a holiday.
      assert.equal((await city.request('PUT', '/api/v1/calendar/2026-10-07', { kind: null, reason: '本市安排' }, {})).status, 200);
      assert.equal((await city.request('PUT', '/api/v1/calendar/2026-10-08', { kind: 'holiday', name: '本市调整', reason: '本市安排' }, {})).status, 200);

      const ctx = systemContext(server.database, server.clock, 'reference-data');
      const auditBefore = await auditCount(server.database);
      await loadReferenceData(ctx); // what every start runs
      assert.equal(await auditCount(server.database), auditBefore, 'an unchanged arrangement is not rewritten');
      // A corrected package that says otherwise about the city's days still does not overwrite them.
      await loadOfficialCalendar(ctx, [
        { date: '2026-10-07', kind: 'holiday', name: '国庆节' },
        { date: '2026-10-08', kind: 'workday', name: '国庆节调休' },
      ]);

      const days = (await server.client().get('/api/v1/calendar?year=2026')).body as Day[];
      assert.equal(
        days.find((d) => d.date === '2026-10-07'),
        undefined,
        'the day the city cleared stays ordinary',
      );
      assert.deepEqual(
        days.find((d) => d.date === '2026-10-08'),
        { date: '2026-10-08', kind: 'holiday', name: '本市调整', source: 'city' },
      );
      const calendar = await workCalendar(ctx, '2026-10-01', '2026-10-31');
      // 6 Oct (holiday) + 1 working day: 7 Oct is worked by the city's decision.
      assert.equal(addWorkingDays('2026-10-06', 1, calendar), '2026-10-07');
      assert.equal(addWorkingDays('2026-10-07', 1, calendar), '2026-10-09');
    });
  });
}
