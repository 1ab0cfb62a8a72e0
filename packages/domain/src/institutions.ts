import type { LocalizedText } from './locale.ts';
/** 机构类别: Y = employer self-evaluation, S = social training evaluation organisation; schools certify their own students. */
export const INSTITUTION_CATEGORIES = ['employer', 'social', 'school'] as const;
export type InstitutionCategory = (typeof INSTITUTION_CATEGORIES)[number];

export const INSTITUTION_CATEGORY_LABELS: Record<InstitutionCategory, LocalizedText> = {
  employer: { 'zh-CN': '用人单位（Y类）', 'en-US': 'Employer (category Y)' },
  social: { 'zh-CN': '社会培训评价组织（S类）', 'en-US': 'Social training evaluation organisation (category S)' },
  school: { 'zh-CN': '院校', 'en-US': 'School' },
};

/** Legal-person kinds that may file (docs/domain.md "Institutions"). */
export const ORGANIZATION_KINDS = ['enterprise', 'association', 'school', 'private_non_enterprise'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, LocalizedText> = {
  enterprise: { 'zh-CN': '企业', 'en-US': 'Enterprise' },
  association: { 'zh-CN': '社会团体', 'en-US': 'Association' },
  school: { 'zh-CN': '院校', 'en-US': 'School' },
  private_non_enterprise: { 'zh-CN': '民办非企业单位', 'en-US': 'Private non-enterprise unit' },
};
