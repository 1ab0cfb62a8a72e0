import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addWorkingDays } from '@jiping/domain';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { systemContext } from '../../src/boot.ts';
import { workCalendar } from '../../src/modules/calendar/calendar.ts';

describe('the holiday calendar drives working-day deadlines', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('pglite');
  });
  after(() => server.close());

  test('the public reads the year; only the city changes a day, with a reason, audited', async () => {
    const year = await server.client().get('/api/v1/calendar?year=2026');
    assert.equal(year.status, 200);
    assert.ok(year.body.some((d: { date: string; kind: string }) => d.date === '2026-10-10' && d.kind === 'workday'));
    assert.equal((await (await server.as('pudong-officer')).request('PUT', '/api/v1/calendar/2026-12-31', { kind: 'holiday', reason: 'x' }, {})).status, 403);
    const city = await server.as('city-admin');
    const noReason = await city.request('PUT', '/api/v1/calendar/2026-12-31', { kind: 'holiday' }, {});
    assert.equal(noReason.status, 400);
    const set = await city.request('PUT', '/api/v1/calendar/2026-12-31', { kind: 'holiday', name: '跨年', reason: '市政府通知' }, {});
    assert.equal(set.status, 200);

    const ctx = systemContext(server.database, server.clock, 'test');
    const calendar = await workCalendar(ctx, '2026-12-01', '2027-01-31');
    // 30 Dec (Wed) + 1 working day skips the new holiday on 31 Dec and lands on 1 Jan 2027 (Fri).
    assert.equal(addWorkingDays('2026-12-30', 1, calendar), '2027-01-01');
    await city.request('PUT', '/api/v1/calendar/2026-12-31', { kind: null, reason: '撤销' }, {});
    assert.equal(addWorkingDays('2026-12-30', 1, await workCalendar(ctx, '2026-12-01', '2027-01-31')), '2026-12-31');
  });
});
