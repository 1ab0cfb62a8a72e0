import { DEFAULT_RISK_CLASS, type ChecklistLine, type DepartmentKind, type RiskClass } from '../supervision/vocabulary.ts';
import { actorUserId, grantsOf, hasRole, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, type Decision } from './decision.ts';
import { canSupervise } from './supervision-policy.ts';

/**
 * The supervision registries (检查名录库, docs/domain.md "Supervision registries"): the inspectable
 * items with their checklists, the inspectors (执法检查人员名录) with their declared conflicts, and
 * the parties (受检对象名录) with their risk classes. The city keeps the items and the risk classes
 * (the city bureau directs supervision for the whole city); a district bureau keeps the inspectors
 * of its own department (属地管理); an inspector declares their own conflicts.
 */

/** The department an inspector belongs to, and the account they sign in with: what decides who may change their record. */
export interface InspectorFacts {
  departmentKind: DepartmentKind;
  districtCode: string | null;
  userId: string | null;
}

const isCity = (actor: Actor) => actor.kind === 'system' || hasRole(actor, 'municipal_admin');
const districtsOf = (actor: Actor) => grantsOf(actor).flatMap((g) => (g.role === 'district_officer' ? [g.districtCode] : []));

/** Inspectable items and their checklists: every supervising officer and every inspector reads them (the checklist is what an inspector fills in). */
export function canReadInspectionItems(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (canSupervise(actor).allowed || hasRole(actor, 'inspector')) return ALLOW;
  return deny('policy.inspectionRegistry.readersOnly');
}

/** Only the city writes the list of inspectable items (检查事项清单). */
export function canWriteInspectionItems(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  return isCity(actor) ? ALLOW : deny('policy.inspectionRegistry.cityKeepsItems');
}

/** The inspector registry and the party registry: the supervising officers (the parties further narrowed to each officer's scope). */
export function canReadSupervisionRegistries(actor: Actor): Decision {
  return canSupervise(actor);
}

/** Officers who may add inspectors at all: the city (any department) and district officers (their own district's). */
export function canAddInspectors(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (isCity(actor) || districtsOf(actor).length) return ALLOW;
  return deny('policy.inspectionRegistry.inspectorKeepers');
}

/**
 * Creating, editing or deactivating an inspector of a department: the city any, a district officer
 * only inspectors of their own district's bureau (an inspector moved to another department must
 * stay one the officer keeps, so both the old and the new department are asked).
 */
export function inspectorPolicy(actor: Actor, inspector: Pick<InspectorFacts, 'departmentKind' | 'districtCode'>): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (isCity(actor)) return ALLOW;
  const districts = districtsOf(actor);
  if (!districts.length) return deny('policy.inspectionRegistry.inspectorKeepers');
  if (inspector.departmentKind !== 'district') return deny('policy.inspectionRegistry.cityOrIndustryInspector', { departmentKind: inspector.departmentKind });
  if (inspector.districtCode && districts.includes(inspector.districtCode)) return ALLOW;
  return deny('policy.inspectionRegistry.otherDistrictInspector', { district: inspector.districtCode ?? '' });
}

/** Declaring or withdrawing an inspector's conflict (回避): whoever keeps the inspector's record, and the inspector themself. */
export function inspectorConflictPolicy(actor: Actor, inspector: InspectorFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  const self = actorUserId(actor);
  if (self && inspector.userId === self) return ALLOW;
  const keeper = inspectorPolicy(actor, inspector);
  if (keeper.allowed) return keeper;
  return hasRole(actor, 'inspector') ? deny('policy.inspectionRegistry.ownConflictsOnly') : keeper;
}

/** The city sets a party's risk class (风险分类), with its basis. */
export function canSetRiskClass(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  return isCity(actor) ? ALLOW : deny('policy.inspectionRegistry.cityClassesRisk');
}

/** A party's class as sampled: the one set, or DEFAULT_RISK_CLASS (general risk) while nobody has classed it. */
export function effectiveRiskClass(assigned: RiskClass | null | undefined): { riskClass: RiskClass; assessed: boolean } {
  return assigned ? { riskClass: assigned, assessed: true } : { riskClass: DEFAULT_RISK_CLASS, assessed: false };
}

export const MAX_CHECKLIST_LINES = 60;

export interface RegistryProblem {
  field: string;
  messageKey: string;
  params?: Record<string, string>;
}

/** A checklist template holds 1 to 60 lines whose keys are unique (findings and answers refer to a line by its key). */
export function checklistProblems(lines: readonly ChecklistLine[]): RegistryProblem[] {
  if (lines.length === 0) return [{ field: 'checklist', messageKey: 'inspectionItem.checklistEmpty' }];
  if (lines.length > MAX_CHECKLIST_LINES) return [{ field: 'checklist', messageKey: 'inspectionItem.checklistTooLong', params: { max: String(MAX_CHECKLIST_LINES) } }];
  const seen = new Map<string, number>();
  const problems: RegistryProblem[] = [];
  lines.forEach((line, index) => {
    const first = seen.get(line.key);
    if (first === undefined) seen.set(line.key, index);
    else problems.push({ field: `checklist.${index}.key`, messageKey: 'inspectionItem.duplicateKey', params: { key: line.key, line: String(first + 1) } });
  });
  return problems;
}

/** A city inspector names no district or industry; a district inspector names their district, an industry inspector their authority. */
export function inspectorDepartmentProblems(department: { departmentKind: DepartmentKind; districtCode: string | null; industry: string | null }): RegistryProblem[] {
  if (department.departmentKind === 'district' && !department.districtCode) return [{ field: 'districtCode', messageKey: 'inspector.districtRequired' }];
  if (department.departmentKind === 'industry' && !department.industry) return [{ field: 'industry', messageKey: 'inspector.industryRequired' }];
  return [];
}
