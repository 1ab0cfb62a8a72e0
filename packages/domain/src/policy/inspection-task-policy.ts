import { districtName } from '../districts.ts';
import type { Locale } from '../locale.ts';
import { RISK_CLASSES, RISK_CLASS_RATIO_RANGE, type DrawTaskScope, type DrawTaskStatus, type RiskClass, type RiskRatios } from '../supervision/vocabulary.ts';
import type { Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, wrongState, type Decision } from './decision.ts';
import { canSupervise, supervisingDepartments, type SupervisingDepartment } from './supervision-policy.ts';

/**
 * Random-inspection tasks (双随机抽查任务, docs/draws.md). A task belongs to the department that
 * created it: the city bureau (all districts), a district bureau (its district: 属地管理) or an
 * industry authority (its occupations). Only that department edits, publishes, draws and cancels
 * it; the city reads every task, since it answers for the city's supervision as a whole.
 */
export const INSPECTION_TASK_ACTIONS = ['edit', 'publish', 'draw', 'cancel'] as const;
export type InspectionTaskAction = (typeof INSPECTION_TASK_ACTIONS)[number];
export type InspectionTaskOperation = 'read' | InspectionTaskAction;

/** The facts of a task its policy needs. */
export interface InspectionTaskFacts {
  status: DrawTaskStatus;
  /** `city`, `district:<code>` or `industry:<occupation codes, comma-separated>`. */
  department: string;
}

/** States in which each action is possible (who may act is checked first). */
const STATES: Record<InspectionTaskAction, readonly DrawTaskStatus[]> = {
  // After publishing, scope, ratios, pool and witnesses are frozen with the commitment.
  edit: ['draft'],
  publish: ['draft'],
  draw: ['committed'],
  cancel: ['draft', 'committed'],
};

/** The key a department is recorded under on its tasks and in the draw record. */
export function departmentKey(department: SupervisingDepartment): string {
  if (department.kind === 'city') return 'city';
  if (department.kind === 'district') return `district:${department.districtCode}`;
  return `industry:${[...department.occupationCodes].sort().join(',')}`;
}

/** The department a new task of the actor belongs to: the widest it supervises for (the city before a district). */
export function taskDepartmentOf(actor: Actor): SupervisingDepartment | null {
  return supervisingDepartments(actor)[0] ?? null;
}

/** A department key in words: 上海市人社局, 浦东新区人社局, 行业主管部门（6-18-01-01…）. */
export function departmentName(key: string, locale: Locale = 'zh-CN'): string {
  const zh = locale === 'zh-CN';
  if (key === 'city') return zh ? '上海市人力资源和社会保障局' : 'Shanghai Municipal Human Resources and Social Security Bureau';
  if (key.startsWith('district:')) {
    const name = districtName(key.slice('district:'.length), locale);
    return zh ? `${name}人力资源和社会保障局` : `${name} District Human Resources and Social Security Bureau`;
  }
  const rest = key.replace(/^industry:/, '');
  return zh ? `行业主管部门（${rest.split(',').join('、')}）` : `Industry authority (${rest.split(',').join(', ')})`;
}

function ownsTask(actor: Actor, department: string): boolean {
  return supervisingDepartments(actor).some((d) => departmentKey(d) === department);
}

/**
 * Who may do what with a task: officers create tasks for their department; the owning department
 * runs its tasks, the city reads them all. Who first, state second: another department is refused
 * (naming the task's department) before anything about the task's state is said.
 */
export function inspectionTaskPolicy(actor: Actor, operation: InspectionTaskOperation | 'create', task?: InspectionTaskFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  const officer = canSupervise(actor);
  if (!officer.allowed) return officer;
  if (operation === 'create' || !task) return ALLOW;
  const owns = ownsTask(actor, task.department);
  if (operation === 'read') {
    if (owns || supervisingDepartments(actor).some((d) => d.kind === 'city')) return ALLOW;
    return deny('policy.inspectionTask.otherDepartment', { department: departmentName(task.department) });
  }
  if (!owns) return deny('policy.inspectionTask.otherDepartment', { department: departmentName(task.department) });
  return STATES[operation].includes(task.status) ? ALLOW : wrongState('policy.inspectionTask.wrongStatus', { taskStatus: task.status });
}

/** Actions the actor may take on a task now (the page's buttons). */
export function allowedInspectionTaskActions(actor: Actor, task: InspectionTaskFacts): InspectionTaskAction[] {
  return INSPECTION_TASK_ACTIONS.filter((action) => inspectionTaskPolicy(actor, action, task).allowed);
}

/**
 * The scope a department's task may have. The city's may span every district; a district
 * bureau's is its district (an empty list means its district); an industry authority's is its
 * occupations (an empty list means all of them). Returns the scope as it will be stored, or the
 * refusal naming what lies outside.
 */
export function scopeForDepartment(department: SupervisingDepartment, scope: DrawTaskScope): { ok: true; scope: DrawTaskScope } | { ok: false; decision: Decision } {
  if (department.kind === 'district') {
    const outside = scope.districtCodes.find((code) => code !== department.districtCode);
    if (outside) return { ok: false, decision: deny('policy.inspectionTask.districtOutOfScope', { district: districtName(outside), own: districtName(department.districtCode) }) };
    return { ok: true, scope: { ...scope, districtCodes: [department.districtCode] } };
  }
  if (department.kind === 'industry') {
    const outside = scope.occupationCodes.find((code) => !department.occupationCodes.includes(code));
    if (outside) return { ok: false, decision: deny('policy.inspectionTask.occupationOutOfScope', { occupation: outside }) };
    return { ok: true, scope: { ...scope, occupationCodes: scope.occupationCodes.length ? scope.occupationCodes : [...department.occupationCodes].sort() } };
  }
  return { ok: true, scope };
}

/** Each class's sampling ratio must lie in its range (RISK_CLASS_RATIO_RANGE); the classes that do not, with their range. */
export function riskRatioProblems(ratios: RiskRatios): Array<{ riskClass: RiskClass; value: number; min: number; max: number }> {
  return RISK_CLASSES.flatMap((riskClass) => {
    const value = ratios[riskClass];
    const { min, max } = RISK_CLASS_RATIO_RANGE[riskClass];
    return Number.isInteger(value) && value >= min && value <= max ? [] : [{ riskClass, value, min, max }];
  });
}

/**
 * The witnesses of a draw are named in advance, at least two, each once: a value typed by one
 * person could be chosen after seeing the others; two people who are not the operator make that
 * collusion visible. Returns the index of the first repeated name, if any.
 */
export function repeatedWitness(witnesses: readonly string[]): number | null {
  const seen = new Set<string>();
  for (const [i, name] of witnesses.entries()) {
    const key = name.normalize('NFKC').replace(/\s+/g, '');
    if (seen.has(key)) return i;
    seen.add(key);
  }
  return null;
}
