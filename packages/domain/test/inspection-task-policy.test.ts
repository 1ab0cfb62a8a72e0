import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  allowedInspectionTaskActions,
  departmentKey,
  departmentName,
  inspectionTaskPolicy,
  repeatedWitness,
  riskRatioProblems,
  scopeForDepartment,
  taskDepartmentOf,
  DEFAULT_RISK_RATIOS,
  DRAW_TASK_STATUSES,
  type Actor,
  type Grant,
} from '../src/index.ts';

const user = (...grants: Grant[]): Actor => ({ kind: 'user', userId: 'u', username: 'u', displayName: 'u', grants, locale: null });
const city = user({ role: 'municipal_admin' });
const huangpu = user({ role: 'district_officer', districtCode: '310101' });
const pudong = user({ role: 'district_officer', districtCode: '310115' });
const industry = user({ role: 'industry_officer', occupationCodes: ['6-31-01-03', '6-18-01-01'] });
const inspector = user({ role: 'inspector' });
const emptyScope = { districtCodes: [], categories: [], occupationCodes: [], riskClasses: [] };

test('a task belongs to its creator’s widest department; an industry authority is keyed by its occupations in order', () => {
  assert.equal(departmentKey(taskDepartmentOf(city)!), 'city');
  assert.equal(departmentKey(taskDepartmentOf(user({ role: 'district_officer', districtCode: '310101' }, { role: 'municipal_admin' }))!), 'city');
  assert.equal(departmentKey(taskDepartmentOf(huangpu)!), 'district:310101');
  assert.equal(departmentKey(taskDepartmentOf(industry)!), 'industry:6-18-01-01,6-31-01-03');
  assert.equal(taskDepartmentOf(inspector), null);
  assert.equal(departmentName('district:310115'), '浦东新区人力资源和社会保障局');
});

test('only the owning department runs a task, in the states its actions allow; the city reads every task', () => {
  const task = (status: (typeof DRAW_TASK_STATUSES)[number]) => ({ status, department: 'district:310101' });
  assert.deepEqual(allowedInspectionTaskActions(huangpu, task('draft')), ['edit', 'publish', 'cancel']);
  assert.deepEqual(allowedInspectionTaskActions(huangpu, task('committed')), ['draw', 'cancel']);
  assert.deepEqual(allowedInspectionTaskActions(huangpu, task('drawn')), []);
  assert.deepEqual(allowedInspectionTaskActions(huangpu, task('cancelled')), []);
  const other = inspectionTaskPolicy(pudong, 'read', task('draft'));
  assert.equal(other.allowed, false);
  assert.deepEqual(other, { allowed: false, status: 403, reason: 'policy.inspectionTask.otherDepartment', params: { department: '黄浦区人力资源和社会保障局' } });
  assert.equal(inspectionTaskPolicy(city, 'read', task('draft')).allowed, true);
  assert.equal(inspectionTaskPolicy(city, 'publish', task('draft')).allowed, false, 'the city reads a district’s task but does not run it');
  const wrong = inspectionTaskPolicy(huangpu, 'draw', task('draft'));
  assert.equal(!wrong.allowed && wrong.status, 409);
  assert.equal(inspectionTaskPolicy(inspector, 'create').allowed, false);
  assert.equal(inspectionTaskPolicy({ kind: 'anonymous' }, 'read', task('drawn')).allowed, false);
});

test('a district task covers its district (empty means its own), an industry task its occupations; outside is refused naming it', () => {
  const own = scopeForDepartment(taskDepartmentOf(huangpu)!, emptyScope);
  assert.deepEqual(own.ok && own.scope.districtCodes, ['310101']);
  const outside = scopeForDepartment(taskDepartmentOf(huangpu)!, { ...emptyScope, districtCodes: ['310101', '310115'] });
  assert.deepEqual(!outside.ok && outside.decision, { allowed: false, status: 403, reason: 'policy.inspectionTask.districtOutOfScope', params: { district: '浦东新区', own: '黄浦区' } });
  const trade = scopeForDepartment(taskDepartmentOf(industry)!, emptyScope);
  assert.deepEqual(trade.ok && trade.scope.occupationCodes, ['6-18-01-01', '6-31-01-03']);
  assert.equal(scopeForDepartment(taskDepartmentOf(industry)!, { ...emptyScope, occupationCodes: ['4-01-02-01'] }).ok, false);
  const all = scopeForDepartment(taskDepartmentOf(city)!, { ...emptyScope, districtCodes: ['310101', '310115'] });
  assert.deepEqual(all.ok && all.scope.districtCodes, ['310101', '310115']);
});

test('each ratio lies in its class’s range; the defaults do; a repeated witness is found whatever its spacing or width', () => {
  assert.deepEqual(riskRatioProblems(DEFAULT_RISK_RATIOS), []);
  assert.deepEqual(riskRatioProblems({ A: 6, B: 5, C: 20, D: 100 }), [
    { riskClass: 'A', value: 6, min: 1, max: 5 },
    { riskClass: 'C', value: 20, min: 21, max: 60 },
  ]);
  assert.deepEqual(
    riskRatioProblems({ A: 1.5, B: 15, C: 40, D: 80 }).map((p) => p.riskClass),
    ['A'],
  );
  assert.equal(repeatedWitness(['王见证', '李见证']), null);
  assert.equal(repeatedWitness(['王见证', '李见证', '王 见证']), 2);
  assert.equal(repeatedWitness(['ＡＢ', 'AB']), 1);
});
