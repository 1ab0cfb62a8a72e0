import type { LocalizedText } from './locale.ts';
/**
 * Roles and the scope each one carries. A user may hold several grants (an examiner who is also
 * a candidate elsewhere); every decision looks at all of them.
 */
export const ROLES = ['municipal_admin', 'district_officer', 'industry_officer', 'inspector', 'institution_admin', 'examiner', 'candidate'] as const;
export type Role = (typeof ROLES)[number];

/** The workspaces of docs/ux.md; a role opens exactly one of them. */
export const WORKSPACES = ['government', 'institution', 'examiner', 'candidate'] as const;
export type Workspace = (typeof WORKSPACES)[number];

export const WORKSPACE_OF_ROLE: Record<Role, Workspace> = {
  municipal_admin: 'government',
  district_officer: 'government',
  industry_officer: 'government',
  inspector: 'government',
  institution_admin: 'institution',
  examiner: 'examiner',
  candidate: 'candidate',
};

/**
 * A grant is a role with its scope. The scope fields that matter depend on the role, so the type
 * is a discriminated union: a district officer without a district cannot be expressed.
 */
export type Grant =
  | { role: 'municipal_admin' }
  | { role: 'district_officer'; districtCode: string }
  | { role: 'industry_officer'; occupationCodes: readonly string[] }
  | { role: 'inspector' }
  | { role: 'institution_admin'; institutionId: string }
  | { role: 'examiner'; institutionId: string }
  | { role: 'candidate'; personId: string | null };

export const ROLE_LABELS: Record<Role, LocalizedText> = {
  municipal_admin: { 'zh-CN': '市级管理员', 'en-US': 'Municipal administrator' },
  district_officer: { 'zh-CN': '区人社局经办人', 'en-US': 'District officer' },
  industry_officer: { 'zh-CN': '行业主管部门经办人', 'en-US': 'Industry officer' },
  inspector: { 'zh-CN': '督导员', 'en-US': 'Inspector' },
  institution_admin: { 'zh-CN': '评价机构管理员', 'en-US': 'Institution administrator' },
  examiner: { 'zh-CN': '考评员', 'en-US': 'Examiner' },
  candidate: { 'zh-CN': '考生', 'en-US': 'Candidate' },
};
