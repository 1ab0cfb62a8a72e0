import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  canAddInspectors,
  canReadInspectionItems,
  canReadSupervisionRegistries,
  canSetRiskClass,
  canWriteInspectionItems,
  checklistProblems,
  effectiveRiskClass,
  inspectorConflictPolicy,
  inspectorDepartmentProblems,
  inspectorPolicy,
  type Actor,
  type Decision,
  type Grant,
  type InspectorFacts,
} from '../src/index.ts';

const user = (id: string, ...grants: Grant[]): Actor => ({ kind: 'user', userId: id, username: id, displayName: id, grants, locale: null });
const ACTORS = {
  anonymous: { kind: 'anonymous' } as Actor,
  city: user('city', { role: 'municipal_admin' }),
  pudong: user('pudong', { role: 'district_officer', districtCode: '310115' }),
  huangpu: user('huangpu', { role: 'district_officer', districtCode: '310101' }),
  industry: user('industry', { role: 'industry_officer', occupationCodes: ['6-18-01-01'] }),
  inspector: user('inspector', { role: 'inspector' }),
  otherInspector: user('other-inspector', { role: 'inspector' }),
  admin: user('admin', { role: 'institution_admin', institutionId: 'inst' }),
  candidate: user('candidate', { role: 'candidate', personId: 'p' }),
};
type Who = keyof typeof ACTORS;

const outcome = (d: Decision) => (d.allowed ? true : [d.status, d.reason]);

const CITY_INSPECTOR: InspectorFacts = { departmentKind: 'city', districtCode: null, userId: 'inspector' };
const PUDONG_INSPECTOR: InspectorFacts = { departmentKind: 'district', districtCode: '310115', userId: null };
const INDUSTRY_INSPECTOR: InspectorFacts = { departmentKind: 'industry', districtCode: null, userId: null };

describe('inspection registry policy', () => {
  test('items: officers and inspectors read, only the city writes', () => {
    const read: Record<Who, unknown> = {
      anonymous: [401, 'auth.required'],
      city: true,
      pudong: true,
      huangpu: true,
      industry: true,
      inspector: true,
      otherInspector: true,
      admin: [403, 'policy.inspectionRegistry.readersOnly'],
      candidate: [403, 'policy.inspectionRegistry.readersOnly'],
    };
    for (const who of Object.keys(ACTORS) as Who[]) {
      assert.deepEqual(outcome(canReadInspectionItems(ACTORS[who])), read[who], `read as ${who}`);
      const write = outcome(canWriteInspectionItems(ACTORS[who]));
      assert.deepEqual(write, who === 'city' ? true : who === 'anonymous' ? [401, 'auth.required'] : [403, 'policy.inspectionRegistry.cityKeepsItems'], `write as ${who}`);
    }
  });

  test('inspector and party registries are the officers’; inspectors and institutions are refused', () => {
    for (const who of ['city', 'pudong', 'industry'] as const) assert.equal(canReadSupervisionRegistries(ACTORS[who]).allowed, true, who);
    for (const who of ['inspector', 'admin', 'candidate'] as const) assert.deepEqual(outcome(canReadSupervisionRegistries(ACTORS[who])), [403, 'policy.supervision.officersOnly'], who);
  });

  test('a district officer keeps only the inspectors of its own district bureau; the city keeps all', () => {
    const cases: Array<[Who, InspectorFacts, unknown]> = [
      ['city', CITY_INSPECTOR, true],
      ['city', INDUSTRY_INSPECTOR, true],
      ['pudong', PUDONG_INSPECTOR, true],
      ['huangpu', PUDONG_INSPECTOR, [403, 'policy.inspectionRegistry.otherDistrictInspector']],
      ['pudong', CITY_INSPECTOR, [403, 'policy.inspectionRegistry.cityOrIndustryInspector']],
      ['pudong', INDUSTRY_INSPECTOR, [403, 'policy.inspectionRegistry.cityOrIndustryInspector']],
      ['industry', INDUSTRY_INSPECTOR, [403, 'policy.inspectionRegistry.inspectorKeepers']],
      ['inspector', CITY_INSPECTOR, [403, 'policy.inspectionRegistry.inspectorKeepers']],
      ['anonymous', CITY_INSPECTOR, [401, 'auth.required']],
    ];
    for (const [who, inspector, expected] of cases) assert.deepEqual(outcome(inspectorPolicy(ACTORS[who], inspector)), expected, `${who} on ${inspector.departmentKind}`);
    const refusal = inspectorPolicy(ACTORS.huangpu, PUDONG_INSPECTOR);
    assert.equal(!refusal.allowed && refusal.params?.district, '310115', 'the refusal names the district the inspector belongs to');
    assert.equal(canAddInspectors(ACTORS.pudong).allowed, true);
    assert.equal(canAddInspectors(ACTORS.industry).allowed, false);
  });

  test('conflicts: the inspector themself, and whoever keeps the record; another inspector is told they declare only their own', () => {
    assert.equal(inspectorConflictPolicy(ACTORS.inspector, CITY_INSPECTOR).allowed, true);
    assert.deepEqual(outcome(inspectorConflictPolicy(ACTORS.otherInspector, CITY_INSPECTOR)), [403, 'policy.inspectionRegistry.ownConflictsOnly']);
    assert.equal(inspectorConflictPolicy(ACTORS.city, CITY_INSPECTOR).allowed, true);
    assert.equal(inspectorConflictPolicy(ACTORS.pudong, PUDONG_INSPECTOR).allowed, true);
    assert.deepEqual(outcome(inspectorConflictPolicy(ACTORS.huangpu, PUDONG_INSPECTOR)), [403, 'policy.inspectionRegistry.otherDistrictInspector']);
    assert.deepEqual(outcome(inspectorConflictPolicy(ACTORS.admin, PUDONG_INSPECTOR)), [403, 'policy.inspectionRegistry.inspectorKeepers']);
  });

  test('risk classes: the city alone sets them; an unclassed party is sampled as B and says so', () => {
    assert.equal(canSetRiskClass(ACTORS.city).allowed, true);
    for (const who of ['pudong', 'industry', 'inspector', 'admin'] as const) assert.deepEqual(outcome(canSetRiskClass(ACTORS[who])), [403, 'policy.inspectionRegistry.cityClassesRisk'], who);
    assert.deepEqual(effectiveRiskClass(null), { riskClass: 'B', assessed: false });
    assert.deepEqual(effectiveRiskClass('D'), { riskClass: 'D', assessed: true });
  });

  test('a checklist has 1 to 60 lines with unique keys, and a repeated key names the line it repeats', () => {
    const line = (key: string) => ({ key, label: key });
    assert.deepEqual(checklistProblems([line('a'), line('b')]), []);
    assert.deepEqual(checklistProblems([]), [{ field: 'checklist', messageKey: 'inspectionItem.checklistEmpty' }]);
    assert.equal(checklistProblems(Array.from({ length: 61 }, (_, i) => line(`k${i}`)))[0]!.messageKey, 'inspectionItem.checklistTooLong');
    assert.deepEqual(checklistProblems([line('a'), line('b'), line('a')]), [{ field: 'checklist.2.key', messageKey: 'inspectionItem.duplicateKey', params: { key: 'a', line: '1' } }]);
  });

  test('a district inspector names a district, an industry inspector an authority', () => {
    assert.deepEqual(inspectorDepartmentProblems({ departmentKind: 'district', districtCode: null, industry: null }), [{ field: 'districtCode', messageKey: 'inspector.districtRequired' }]);
    assert.deepEqual(inspectorDepartmentProblems({ departmentKind: 'industry', districtCode: null, industry: null }), [{ field: 'industry', messageKey: 'inspector.industryRequired' }]);
    assert.deepEqual(inspectorDepartmentProblems({ departmentKind: 'city', districtCode: null, industry: null }), []);
  });
});
