import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  allowedNationalExportActions,
  formatExportScore,
  nationalExportCsv,
  nationalExportDueOn,
  nationalExportOverdue,
  nationalExportPolicy,
  statusAfter,
  type Actor,
  type NationalExportRecord,
} from '../src/index.ts';

const record: NationalExportRecord = {
  eventId: 7,
  changeKind: 'revoked',
  occurredAt: '2026-05-12T09:30:00+08:00',
  certificateNumber: 'Y150131150001264000002',
  status: statusAfter('revoked'),
  holderName: '张三',
  idType: 'resident_id',
  idNumber: '310104198601010002',
  occupationCode: '6-18-01-01',
  occupationName: '车工',
  workType: '',
  level: 4,
  institutionName: '上海浦江精密机械有限公司',
  issueDate: '2026-04-29',
  revokedOn: '2026-05-12',
  revocationReason: '考试作弊, 依规撤销 "A"',
  replacesNumber: '',
  replacedByNumber: '',
  theoryScore: formatExportScore({ scoreCenti: 8550, absent: false }),
  skillScore: formatExportScore({ scoreCenti: null, absent: true }),
  reviewScore: formatExportScore(undefined),
  planId: 'p',
  filingNumber: '沪评备20261150001',
};

test('the CSV starts with a byte-order mark, ends lines with CRLF and quotes only fields that need it', () => {
  const csv = nationalExportCsv([record]);
  assert.ok(csv.startsWith('\uFEFF变更序号,变更类型,'));
  const [, row, end] = csv.split('\r\n');
  assert.equal(end, '');
  assert.ok(row!.startsWith('7,revoked,2026-05-12T09:30:00+08:00,Y150131150001264000002,revoked,张三,'));
  assert.ok(row!.includes(',"考试作弊, 依规撤销 ""A""",'));
  assert.ok(row!.includes(',85.50,缺考,,p,'));
  assert.equal(nationalExportCsv([record]), csv, 'the same records give the same text');
});

test('a change is due N working days later through the calendar; only an unacknowledged batch becomes overdue', () => {
  const calendar = { holidays: new Set(['2026-05-01', '2026-05-04', '2026-05-05']), adjustedWorkdays: new Set(['2026-05-09']) };
  assert.equal(nationalExportDueOn('2026-04-29', 5, calendar), '2026-05-09');
  assert.equal(nationalExportOverdue({ status: 'exported', dueOn: '2026-05-09' }, '2026-05-09'), false);
  assert.equal(nationalExportOverdue({ status: 'exported', dueOn: '2026-05-09' }, '2026-05-11'), true);
  assert.equal(nationalExportOverdue({ status: 'acknowledged', dueOn: '2026-05-09' }, '2026-05-11'), false);
  assert.equal(nationalExportOverdue({ status: 'rejected', dueOn: '2026-05-09' }, '2026-05-11'), false);
});

test('only the city handles the export; receipts and rejections only for an exported batch', () => {
  const city: Actor = { kind: 'user', userId: 'u', username: 'city-admin', displayName: 'c', grants: [{ role: 'municipal_admin' }], locale: null } as Actor;
  const district: Actor = { kind: 'user', userId: 'd', username: 'pudong', displayName: 'd', grants: [{ role: 'district_officer', districtCode: '310115' }], locale: null } as Actor;
  assert.equal(nationalExportPolicy(district, 'read').allowed, false);
  assert.equal(nationalExportPolicy({ kind: 'anonymous' }, 'read').allowed, false);
  assert.deepEqual(allowedNationalExportActions(city, { status: 'prepared' }), ['download']);
  assert.deepEqual(allowedNationalExportActions(city, { status: 'exported' }), ['download', 'acknowledge', 'reject']);
  assert.deepEqual(allowedNationalExportActions(city, { status: 'acknowledged' }), ['download']);
  assert.deepEqual(allowedNationalExportActions(district, { status: 'exported' }), []);
});
