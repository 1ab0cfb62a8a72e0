import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matchRecordedRelation, relationFieldNeeds, relationProblems, type RecordedRelation, type RelationFields, type RelationKind } from '../src/index.ts';

const base: RelationFields = { employmentType: null, employerName: '', agreement: null, graduationDate: null, validFrom: '2024-01-01', validUntil: null };
const fieldsOf = (kind: RelationKind, fields: Partial<RelationFields>) => relationProblems(kind, { ...base, ...fields }).map((p) => `${p.field}:${p.code}`);

describe('which fields a relation kind needs', () => {
  const cases: Array<[string, RelationKind, Partial<RelationFields>, string[]]> = [
    ['a direct employee needs no employer name', 'employee', { employmentType: 'direct' }, []],
    ['a direct employee may name one', 'employee', { employmentType: 'direct', employerName: '某公司' }, []],
    ['a dispatched worker names the dispatching company', 'employee', { employmentType: 'dispatched' }, ['employerName:employerNameRequired']],
    ['an outsourced worker names the outsourcing company', 'employee', { employmentType: 'outsourced', employerName: '   ' }, ['employerName:employerNameRequired']],
    ['an employee has an employment type', 'employee', {}, ['employmentType:employmentTypeRequired']],
    ['an employee has no graduation date', 'employee', { employmentType: 'direct', graduationDate: '2026-07-01' }, ['graduationDate:graduationDateNotApplicable']],
    ['an employee rests on no agreement', 'employee', { employmentType: 'direct', agreement: 'cooperation' }, ['agreementId:agreementNotApplicable']],
    ['a partner-school student: agreement and graduation date', 'cooperation_student', { agreement: 'cooperation', graduationDate: '2026-07-01' }, []],
    ['a partner-school student without either', 'cooperation_student', {}, ['agreementId:agreementRequired', 'graduationDate:graduationDateRequired']],
    ['a partner-school student on an entrustment agreement', 'cooperation_student', { agreement: 'entrustment', graduationDate: '2026-07-01' }, ['agreementId:agreementKind']],
    ['an agreement the caller could not find is its to report', 'cooperation_student', { agreement: 'unresolved', graduationDate: '2026-07-01' }, []],
    ['an enrolled student needs a graduation date too', 'enrolled_student', {}, ['graduationDate:graduationDateRequired']],
    ['an enrolled student has no employer', 'enrolled_student', { graduationDate: '2026-07-01', employerName: '某公司' }, ['employerName:employerNameNotApplicable']],
    ['an entrusted employee names their employer', 'entrusted_employee', { agreement: 'entrustment' }, ['employerName:employerNameRequired']],
    ['an entrusted employee with everything', 'entrusted_employee', { agreement: 'entrustment', employerName: '某公司' }, []],
    ['a resident has no employment type', 'shanghai_residence', { employmentType: 'direct' }, ['employmentType:employmentTypeOnlyEmployee']],
    ['a resident cites no agreement, even an unknown one', 'shanghai_residence', { agreement: 'unresolved' }, ['agreementId:agreementNotApplicable']],
    ['a relation cannot end before it starts', 'shanghai_household', { validUntil: '2023-12-31' }, ['validUntil:period']],
    ['ending the day it starts is a period of one day', 'shanghai_household', { validUntil: '2024-01-01' }, []],
  ];
  for (const [name, kind, fields, expected] of cases) test(name, () => assert.deepEqual(fieldsOf(kind, fields), expected));

  test("the form asks what the rules require: an employee's employer name once the type says so", () => {
    assert.equal(relationFieldNeeds('employee', undefined).employerName, 'optional');
    assert.equal(relationFieldNeeds('employee', 'dispatched').employerName, 'required');
    assert.equal(relationFieldNeeds('cooperation_student', null).graduationDate, 'required');
    assert.equal(relationFieldNeeds('enrolled_student', null).graduationDate, 'required');
    assert.equal(relationFieldNeeds('entrusted_employee', null).agreementKind, 'entrustment');
  });
});

describe('a new relation against those on record', () => {
  const recorded: RecordedRelation = {
    id: 'r1',
    kind: 'employee',
    employmentType: 'dispatched',
    employerName: '派遣公司',
    agreementId: null,
    graduationDate: null,
    validFrom: '2024-01-01',
    validUntil: '2024-12-31',
  };
  const { id: _, ...same } = recorded;
  test('the identical relation is the one on record', () => assert.deepEqual(matchRecordedRelation(same, [recorded]), { outcome: 'same', id: 'r1' }));
  test('an overlapping one that differs conflicts', () => {
    assert.equal(matchRecordedRelation({ ...same, employmentType: 'direct', employerName: '' }, [recorded]).outcome, 'conflict');
    assert.equal(matchRecordedRelation({ ...same, validFrom: '2024-12-31', validUntil: null }, [recorded]).outcome, 'conflict', 'sharing one day is overlapping');
  });
  test('one after the recorded one ended, or of another kind, is new', () => {
    assert.equal(matchRecordedRelation({ ...same, validFrom: '2025-01-01', validUntil: null }, [recorded]).outcome, 'new');
    assert.equal(matchRecordedRelation({ ...same, kind: 'shanghai_work', employmentType: null }, [recorded]).outcome, 'new');
  });
  test('an open-ended record overlaps everything after its start', () => {
    assert.equal(matchRecordedRelation({ ...same, validFrom: '2030-01-01' }, [{ ...recorded, validUntil: null }]).outcome, 'conflict');
  });
});
