import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { relationProblems, type EmploymentType, type RelationKind } from '@jiping/domain';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import { importFinished, openPlan } from '../helpers/plan-fixtures.ts';
import { residentId, writeRegistrationWorkbook, type CandidateRow } from '../helpers/registration-workbook.ts';
import type { HttpClient } from '../helpers/http.ts';

/** One relation as a clerk would enter it, in whichever path. */
interface Case {
  name: string;
  kind: RelationKind;
  employmentType?: EmploymentType;
  employerName?: string;
  agreement?: 'cooperation' | 'entrustment';
  graduationDate?: string;
  validFrom: string;
  validUntil?: string;
}

const CASES: Case[] = [
  { name: 'direct employee, no employer named', kind: 'employee', employmentType: 'direct', validFrom: '2024-01-01' },
  { name: 'direct employee, employer named', kind: 'employee', employmentType: 'direct', employerName: '上海某机床厂', validFrom: '2024-01-01' },
  { name: 'dispatched worker without the dispatching company', kind: 'employee', employmentType: 'dispatched', validFrom: '2024-01-01' },
  { name: 'outsourced worker with the outsourcing company', kind: 'employee', employmentType: 'outsourced', employerName: '上海某外包公司', validFrom: '2024-01-01' },
  { name: 'direct employee with a graduation date', kind: 'employee', employmentType: 'direct', graduationDate: '2026-07-01', validFrom: '2024-01-01' },
  { name: 'dispatched worker whose contract ends before it starts', kind: 'employee', employmentType: 'dispatched', employerName: '上海某派遣公司', validFrom: '2024-01-01', validUntil: '2023-06-30' },
  { name: 'partner-school student, complete', kind: 'cooperation_student', agreement: 'cooperation', graduationDate: '2026-07-01', validFrom: '2025-09-01' },
  { name: 'partner-school student without a graduation date', kind: 'cooperation_student', agreement: 'cooperation', validFrom: '2025-09-01' },
  { name: 'partner-school student without an agreement', kind: 'cooperation_student', graduationDate: '2026-07-01', validFrom: '2025-09-01' },
  { name: 'partner-school student with an employer', kind: 'cooperation_student', agreement: 'cooperation', employerName: '上海某公司', graduationDate: '2026-07-01', validFrom: '2025-09-01' },
  { name: 'entrusted employee without their employer', kind: 'entrusted_employee', agreement: 'entrustment', validFrom: '2024-01-01' },
  { name: 'entrusted employee, complete', kind: 'entrusted_employee', agreement: 'entrustment', employerName: '上海某委托企业', validFrom: '2024-01-01' },
];

const IMPORT_LABEL: Record<string, string> = {
  'employee:direct': '在岗职工',
  'employee:dispatched': '劳务派遣',
  'employee:outsourced': '劳务外包',
  'cooperation_student:': '校企合作毕业学年学生',
  'entrusted_employee:': '委托单位职工',
};
/** The sheet column each relation field is reported against. */
const FIELD_OF_COLUMN: Record<string, string> = {
  与本机构关系: 'employmentType',
  用人单位: 'employerName',
  合作或委托单位: 'agreementId',
  预计毕业日期: 'graduationDate',
  关系终止日期: 'validUntil',
};
const PARTNER = { cooperation: '上海某职业技术学院', entrustment: '上海某委托企业' } as const;
const CREDIT_CODE = '91350100M000100Y43';

for (const target of dbTargets()) {
  describe(`a relation gets the same verdict from the form's rules, the API and the group import [${target}]`, () => {
    let server: TestServer;
    let enterprise: HttpClient;
    let enterpriseId: string;
    let planId: string;
    const agreementIds: Record<string, string> = {};
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-relation-rules-'));

    before(async () => {
      server = await startTestServer(target);
      enterprise = await server.as('enterprise-admin');
      enterpriseId = await institutionIdOf(enterprise);
      planId = (await openPlan(enterprise, await server.as('pudong-officer'), enterpriseId)).id;
      for (const kind of ['cooperation', 'entrustment'] as const) {
        const created = await enterprise.post(`/api/v1/institutions/${enterpriseId}/agreements`, {
          kind,
          counterpartName: PARTNER[kind],
          counterpartCreditCode: CREDIT_CODE,
          validFrom: '2025-01-01',
          validUntil: '2027-12-31',
          evidenceFileIds: [],
        });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        agreementIds[kind] = created.body.id;
      }
    });
    after(async () => {
      await server.close();
      fs.rmSync(workDir, { recursive: true, force: true });
    });

    const person = (n: number) => ({ idType: 'resident_id', idNumber: residentId(n), name: `关系考生${n}` });
    const apiBody = (c: Case, n: number) => ({
      person: person(n),
      kind: c.kind,
      ...(c.employmentType ? { employmentType: c.employmentType } : {}),
      employerName: c.employerName ?? '',
      ...(c.agreement ? { agreementId: agreementIds[c.agreement] } : {}),
      ...(c.graduationDate ? { graduationDate: c.graduationDate } : {}),
      validFrom: c.validFrom,
      ...(c.validUntil ? { validUntil: c.validUntil } : {}),
    });
    const sheetRow = (c: Case, n: number): CandidateRow => ({
      name: person(n).name,
      idType: '居民身份证',
      idNumber: person(n).idNumber,
      relation: IMPORT_LABEL[`${c.kind}:${c.employmentType ?? ''}`],
      employer: c.employerName ?? '',
      relationFrom: c.validFrom,
      relationUntil: c.validUntil ?? '',
      agreementParty: c.agreement ? PARTNER[c.agreement] : '',
      graduationDate: c.graduationDate ?? '',
    });
    const importErrors = async (rows: CandidateRow[]) => {
      const file = path.join(workDir, `${randomUUID()}.xlsx`);
      await writeRegistrationWorkbook(file, rows);
      const started = await enterprise.upload(`/api/v1/plans/${planId}/registration-imports`, 'relations.xlsx', fs.readFileSync(file), { mode: 'valid_rows' }, { 'idempotency-key': randomUUID() });
      assert.equal(started.status, 202, JSON.stringify(started.body));
      const done = await importFinished(enterprise, started.body.id);
      assert.equal(done.status, 'completed', JSON.stringify(done));
      return done.errors as Array<{ row: number; column: string; message: string }>;
    };

    test('each row: accepted or refused on the same fields, with the same words', async () => {
      const formVerdicts = CASES.map((c) =>
        relationProblems(c.kind, {
          employmentType: c.employmentType ?? null,
          employerName: c.employerName ?? '',
          agreement: c.agreement ?? null,
          graduationDate: c.graduationDate ?? null,
          validFrom: c.validFrom,
          validUntil: c.validUntil ?? null,
        })
          .map((p) => p.field)
          .sort(),
      );
      const apiVerdicts: string[][] = [];
      const apiMessages = new Map<string, string>();
      for (const [i, c] of CASES.entries()) {
        const response = await enterprise.post(`/api/v1/institutions/${enterpriseId}/relations`, apiBody(c, 9000 + i));
        if (response.status === 201) apiVerdicts.push([]);
        else {
          assert.equal(response.status, 400, `${c.name}: ${JSON.stringify(response.body)}`);
          const errors = response.body.errors as Array<{ field: string; message: string }>;
          for (const e of errors) apiMessages.set(`${i}:${e.field}`, e.message);
          apiVerdicts.push(errors.map((e) => e.field).sort());
        }
      }
      const errors = await importErrors(CASES.map((c, i) => sheetRow(c, 9500 + i)));
      const importVerdicts = CASES.map((_, i) =>
        errors
          .filter((e) => e.row === i + 2)
          .map((e) => FIELD_OF_COLUMN[e.column] ?? e.column)
          .sort(),
      );

      for (const [i, c] of CASES.entries()) {
        assert.deepEqual(apiVerdicts[i], formVerdicts[i], `API vs form rules: ${c.name}`);
        assert.deepEqual(importVerdicts[i], formVerdicts[i], `import vs form rules: ${c.name}`);
        for (const e of errors.filter((e) => e.row === i + 2)) {
          assert.equal(e.message, apiMessages.get(`${i}:${FIELD_OF_COLUMN[e.column]}`), `same message: ${c.name}`);
        }
      }
      // The rules do refuse something, and the form's required fields are those refused when empty.
      assert.deepEqual(formVerdicts[2], ['employerName']);
      assert.deepEqual(formVerdicts[7], ['graduationDate']);
      assert.match(apiMessages.get('2:employerName') ?? '', /须填写用人单位名称/);
    });

    test('a relation already on record: the identical one is reused, an overlapping different one refused, in both paths', async () => {
      const recorded: Case = { name: 'recorded', kind: 'employee', employmentType: 'dispatched', employerName: '上海某派遣公司', validFrom: '2024-01-01' };
      const conflicting: Case = { ...recorded, employmentType: 'direct', employerName: '', validFrom: '2025-01-01' };
      for (const n of [9100, 9101]) assert.equal((await enterprise.post(`/api/v1/institutions/${enterpriseId}/relations`, apiBody(recorded, n))).status, 201);

      const identical = await enterprise.post(`/api/v1/institutions/${enterpriseId}/relations`, apiBody(recorded, 9100));
      assert.equal(identical.status, 201, JSON.stringify(identical.body));
      const list = (await enterprise.get(`/api/v1/institutions/${enterpriseId}/relations?q=${encodeURIComponent(person(9100).name)}`)).body.items;
      assert.equal(list.length, 1, 'the identical relation is not recorded twice');
      assert.equal(identical.body.id, list[0].id);
      const refused = await enterprise.post(`/api/v1/institutions/${enterpriseId}/relations`, apiBody(conflicting, 9100));
      assert.equal(refused.status, 409);
      assert.match(refused.body.detail, /已有一条与此期间重叠的“本单位职工”关系（2024-01-01 起）/);

      const errors = await importErrors([sheetRow(recorded, 9101), sheetRow(conflicting, 9100)]);
      assert.deepEqual(
        errors.filter((e) => e.row === 2),
        [],
        'the identical relation is reused',
      );
      const conflict = errors.filter((e) => e.row === 3);
      assert.equal(conflict.length, 1, JSON.stringify(errors));
      assert.equal(conflict[0]!.message, refused.body.detail);
      const after = (await enterprise.get(`/api/v1/institutions/${enterpriseId}/relations?q=${encodeURIComponent(person(9101).name)}`)).body.items;
      assert.equal(after.length, 1, 'the import reused the relation on record');
    });
  });
}
