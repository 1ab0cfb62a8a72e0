import type { LocalizedText } from '../locale.ts';

/** What a person's own uploaded proof shows; each profile entry points at some of these. */
export const PERSON_EVIDENCE_PURPOSES = ['id_document', 'diploma', 'certificate', 'title', 'work_record', 'apprenticeship', 'other'] as const;
export type PersonEvidencePurpose = (typeof PERSON_EVIDENCE_PURPOSES)[number];

/** What an institution's uploaded proof shows: its agreements and the relations it records. */
export const INSTITUTION_EVIDENCE_PURPOSES = ['agreement', 'labour_contract', 'social_insurance', 'student_status', 'residence', 'merit', 'other'] as const;
export type InstitutionEvidencePurpose = (typeof INSTITUTION_EVIDENCE_PURPOSES)[number];

export const EVIDENCE_PURPOSE_LABELS: Record<PersonEvidencePurpose | InstitutionEvidencePurpose, LocalizedText> = {
  id_document: { 'zh-CN': '身份证件', 'en-US': 'Identity document' },
  diploma: { 'zh-CN': '学历证书', 'en-US': 'Diploma' },
  certificate: { 'zh-CN': '职业资格或技能等级证书', 'en-US': 'Vocational certificate' },
  title: { 'zh-CN': '专业技术职称证书', 'en-US': 'Professional title certificate' },
  work_record: { 'zh-CN': '工作年限证明（劳动合同、社保记录）', 'en-US': 'Proof of work (contract, social insurance record)' },
  apprenticeship: { 'zh-CN': '学徒期满证明', 'en-US': 'Apprenticeship completion' },
  agreement: { 'zh-CN': '合作或委托协议', 'en-US': 'Cooperation or entrustment agreement' },
  labour_contract: { 'zh-CN': '劳动合同或派遣、外包协议', 'en-US': 'Labour, dispatch or outsourcing contract' },
  social_insurance: { 'zh-CN': '社保缴纳记录', 'en-US': 'Social insurance record' },
  student_status: { 'zh-CN': '学籍证明', 'en-US': 'Proof of enrolment' },
  residence: { 'zh-CN': '户籍或居住证明', 'en-US': 'Household or residence proof' },
  merit: { 'zh-CN': '技能业绩或获奖证明（评聘）', 'en-US': 'Proof of merit (appointments)' },
  other: { 'zh-CN': '其他', 'en-US': 'Other' },
};
