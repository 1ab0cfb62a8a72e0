import { WORKSPACE_OF_ROLE, WORKSPACES, type Workspace } from './roles.ts';
import { grantsOf, hasRole, type Actor } from './policy/actor.ts';
import { auditPolicy } from './policy/audit-policy.ts';
import { institutionPolicy } from './policy/institution-policy.ts';
import { userPolicy } from './policy/user-policy.ts';
import { canListFilings } from './policy/filing-policy.ts';
import { cataloguePolicy } from './policy/catalogue-policy.ts';
import { identityClaimPolicy } from './policy/identity-claim-policy.ts';
import { canActAsStaff } from './policy/staffing-policy.ts';
import { canListResults } from './policy/results-policy.ts';
import { canListCertificates } from './policy/certificate-policy.ts';
import { nationalExportPolicy } from './policy/national-export-policy.ts';
import { appointmentPolicy, type AppointmentInstitutionFacts } from './policy/appointment-policy.ts';
import { canListInspections, canListSupervisionRequests, canSupervise } from './policy/supervision-policy.ts';

/**
 * The menus a user sees, derived from what the policies allow: the web app renders this list and
 * never decides on its own which roles see what (docs/ux.md "Workspaces and menus").
 * Each entry names a page that exists; later capabilities add theirs here with their policy.
 */
export const MENU_KEYS = [
  'dashboard',
  'filings',
  'plans',
  'results',
  'certificates',
  'national-export',
  'direct-recognition',
  'people',
  'staff',
  'identity-claims',
  'institutions',
  'catalogue',
  'audit',
  'users',
  'my-profile',
  'apply',
  'my-registrations',
  'my-sessions',
  'conflicts',
  'scoring',
  'scores',
  'score-corrections',
  'my-scores',
  'my-certificates',
  'appointments',
  'inspection-tasks',
  'inspections',
  'rectifications',
  'document-requests',
  'inspection-registry',
  'profile',
] as const;
export type MenuKey = (typeof MENU_KEYS)[number];

export interface MenuEntry {
  key: MenuKey;
  path: string;
}

export interface WorkspaceView {
  workspace: Workspace;
  menus: MenuEntry[];
}

const MENU_PATHS: Record<MenuKey, string> = {
  dashboard: '',
  filings: '/filings',
  plans: '/plans',
  results: '/results',
  certificates: '/certificates',
  'national-export': '/national-export',
  'direct-recognition': '/direct-recognition',
  people: '/people',
  staff: '/staff',
  'identity-claims': '/identity-claims',
  institutions: '/institutions',
  catalogue: '/catalogue',
  audit: '/audit',
  users: '/users',
  'my-profile': '/my-profile',
  apply: '/apply',
  'my-registrations': '/my-registrations',
  'my-sessions': '/my-sessions',
  conflicts: '/conflicts',
  scoring: '/scoring',
  scores: '/scores',
  'score-corrections': '/score-corrections',
  'my-scores': '/my-scores',
  'my-certificates': '/my-certificates',
  appointments: '/appointments',
  'inspection-tasks': '/inspection-tasks',
  inspections: '/inspections',
  rectifications: '/rectifications',
  'document-requests': '/document-requests',
  'inspection-registry': '/inspection-registry',
  profile: '/profile',
};

function entry(workspace: Workspace, key: MenuKey): MenuEntry {
  return { key, path: `/${workspace}${MENU_PATHS[key]}` };
}

/** What the menus depend on beyond the grants: the institutions the user administers, with their category. */
export interface MenuFacts {
  institutions?: readonly AppointmentInstitutionFacts[];
}

export function workspacesFor(actor: Actor, facts: MenuFacts = {}): WorkspaceView[] {
  const held = new Set(grantsOf(actor).map((grant) => WORKSPACE_OF_ROLE[grant.role]));
  return WORKSPACES.filter((workspace) => held.has(workspace)).map((workspace) => {
    const menus: MenuEntry[] = [entry(workspace, 'dashboard')];
    if ((workspace === 'government' || workspace === 'institution') && canListFilings(actor).allowed) menus.push(entry(workspace, 'filings'), entry(workspace, 'plans'));
    // 结果公示与报送: the institution publishes and submits, supervisors follow and open the plan's file.
    if ((workspace === 'government' || workspace === 'institution') && canListResults(actor).allowed) menus.push(entry(workspace, 'results'));
    // 证书: the institution issues, corrects and revokes its own; supervisors read those in scope.
    if ((workspace === 'government' || workspace === 'institution') && canListCertificates(actor).allowed) menus.push(entry(workspace, 'certificates'));
    if (workspace === 'government' && nationalExportPolicy(actor, 'read').allowed) menus.push(entry(workspace, 'national-export'));
    // 破格: the second approval of an institution's request belongs to the district bureau (and the city).
    if (workspace === 'government' && (hasRole(actor, 'district_officer') || hasRole(actor, 'municipal_admin'))) menus.push(entry(workspace, 'direct-recognition'));
    // An institution records the people it evaluates and how they stand to it (relations, agreements).
    if (workspace === 'institution' && hasRole(actor, 'institution_admin')) menus.push(entry(workspace, 'people'));
    // Its examiners and supervisors, named in its filing: linked to people and accounts, their conflicts recorded.
    if (workspace === 'institution' && hasRole(actor, 'institution_admin')) menus.push(entry(workspace, 'staff'));
    // Candidates whose record has no phone are confirmed at a counter: the district's or a related institution's.
    if ((workspace === 'government' && (hasRole(actor, 'district_officer') || hasRole(actor, 'municipal_admin'))) || (workspace === 'institution' && hasRole(actor, 'institution_admin'))) {
      if (identityClaimPolicy(actor, 'list').allowed) menus.push(entry(workspace, 'identity-claims'));
    }
    if ((workspace === 'government' || workspace === 'institution') && institutionPolicy(actor, 'list').allowed) {
      menus.push(entry(workspace, 'institutions'));
    }
    if (workspace === 'government' && cataloguePolicy(actor, 'import').allowed) menus.push(entry(workspace, 'catalogue'));
    if (workspace === 'government' && auditPolicy(actor, 'list').allowed) menus.push(entry(workspace, 'audit'));
    if (workspace === 'government' && userPolicy(actor, 'list').allowed) menus.push(entry(workspace, 'users'));
    // A candidate declares their record, applies to open plans and follows their applications.
    if (workspace === 'candidate' && hasRole(actor, 'candidate')) menus.push(entry(workspace, 'my-profile'), entry(workspace, 'apply'), entry(workspace, 'my-registrations'));
    // 我的场次: an examiner works the sessions staffing assigned them to (check-in, incidents, the record).
    if (workspace === 'examiner' && hasRole(actor, 'examiner')) menus.push(entry(workspace, 'my-sessions'));
    // A member of staff declares their own ties to candidates (回避申报).
    if (workspace === 'examiner' && canActAsStaff(actor).allowed) menus.push(entry(workspace, 'conflicts'));
    // Scores: examiners score their sessions, the institution manages and signs them off, the
    // bureaus read the corrections of locked scores, candidates read their own results.
    if (workspace === 'examiner' && hasRole(actor, 'examiner')) menus.push(entry(workspace, 'scoring'));
    if (workspace === 'institution' && hasRole(actor, 'institution_admin')) menus.push(entry(workspace, 'scores'));
    if (workspace === 'government' && (hasRole(actor, 'district_officer') || hasRole(actor, 'municipal_admin'))) menus.push(entry(workspace, 'score-corrections'));
    if (workspace === 'candidate' && hasRole(actor, 'candidate')) menus.push(entry(workspace, 'my-scores'));
    // 我的证书: the certificates issued to the person the account is linked to.
    if (workspace === 'candidate' && hasRole(actor, 'candidate')) menus.push(entry(workspace, 'my-certificates'));
    // 新八级工评聘: an employer's administrator appoints its 特级技师 and 首席技师 (the bureaus read them from the institution's page).
    if (workspace === 'institution' && (facts.institutions ?? []).some((i) => appointmentPolicy(actor, 'write', i).allowed)) menus.push(entry(workspace, 'appointments'));
    // 监督检查 (双随机、一公开): officers run tasks and draws, inspectors work their inspections, the
    // institution answers rectification orders and document requests addressed to it.
    if (workspace === 'government' && canSupervise(actor).allowed) menus.push(entry(workspace, 'inspection-tasks'));
    if (workspace === 'government' && canListInspections(actor).allowed) menus.push(entry(workspace, 'inspections'));
    if ((workspace === 'government' || (workspace === 'institution' && hasRole(actor, 'institution_admin'))) && canListSupervisionRequests(actor).allowed) {
      menus.push(entry(workspace, 'rectifications'), entry(workspace, 'document-requests'));
    }
    if (workspace === 'government' && canSupervise(actor).allowed) menus.push(entry(workspace, 'inspection-registry'));
    menus.push(entry(workspace, 'profile'));
    return { workspace, menus };
  });
}
