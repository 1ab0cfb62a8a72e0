import type { LocalizedText } from './locale.ts';

/**
 * The vocabularies of exam operations (docs/domain.md "Evaluating"): what a session examines,
 * where it stands, who serves in it and in what duty, and which ties between a member of staff
 * and a candidate exclude the one from the other (回避). The database enums, the contracts and
 * the pages all derive from these tuples.
 */

/** 理论知识, 操作技能, and 综合评审 (dossier and defence) for levels 2 and 1. Each is scored out of 100. */
export const EXAM_COMPONENTS = ['theory', 'skill', 'review'] as const;
export type ExamComponent = (typeof EXAM_COMPONENTS)[number];

export const EXAM_COMPONENT_LABELS: Record<ExamComponent, LocalizedText> = {
  theory: { 'zh-CN': '理论知识考试', 'en-US': 'Theory exam' },
  skill: { 'zh-CN': '操作技能考核', 'en-US': 'Skill assessment' },
  review: { 'zh-CN': '综合评审', 'en-US': 'Comprehensive review' },
};

/** The components a level requires: 二级 (技师) and 一级 (高级技师) add the comprehensive review. */
export function requiredComponents(level: number): readonly ExamComponent[] {
  return level <= 2 ? EXAM_COMPONENTS : ['theory', 'skill'];
}

/**
 * Session lifecycle: scheduled, then started on the day (only with staffing that keeps every
 * rule), ended, and signed off once the supervisor's record is in and every score is entered;
 * a signed-off session's scores are locked. A session not yet started may be cancelled.
 */
export const EXAM_SESSION_STATUSES = ['scheduled', 'in_progress', 'ended', 'signed_off', 'cancelled'] as const;
export type ExamSessionStatus = (typeof EXAM_SESSION_STATUSES)[number];

/** The people named in a filing who may serve in sessions: examiners (考评员) and quality supervisors (督导员). */
export const STAFF_KINDS = ['examiner', 'supervisor'] as const;
export type StaffKind = (typeof STAFF_KINDS)[number];

/**
 * What a person does in one session. Invigilators and examiners come from the filed examiners,
 * the internal supervisor (内督) from the filed supervisors; the external supervisor (外督) is
 * dispatched by the district and is not the institution's staff.
 */
export const SESSION_DUTIES = ['invigilator', 'examiner', 'panel_member', 'internal_supervisor', 'external_supervisor'] as const;
export type SessionDuty = (typeof SESSION_DUTIES)[number];

export const SESSION_DUTY_LABELS: Record<SessionDuty, LocalizedText> = {
  invigilator: { 'zh-CN': '监考人员', 'en-US': 'Invigilator' },
  examiner: { 'zh-CN': '考评员', 'en-US': 'Examiner' },
  panel_member: { 'zh-CN': '评审专家', 'en-US': 'Review panel member' },
  internal_supervisor: { 'zh-CN': '内部质量督导员', 'en-US': 'Internal quality supervisor' },
  external_supervisor: { 'zh-CN': '外派督导员', 'en-US': 'External supervisor' },
};

/** Ties that exclude a member of staff from a candidate's session, declared by either side or found by the platform. */
export const CONFLICT_KINDS = ['relative', 'teacher_student', 'master_apprentice', 'colleague', 'line_manager'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export const CONFLICT_KIND_LABELS: Record<ConflictKind, LocalizedText> = {
  relative: { 'zh-CN': '近亲属', 'en-US': 'Close relative' },
  teacher_student: { 'zh-CN': '师生关系', 'en-US': 'Teacher and student' },
  master_apprentice: { 'zh-CN': '师徒关系', 'en-US': 'Master and apprentice' },
  colleague: { 'zh-CN': '同事关系', 'en-US': 'Colleague' },
  line_manager: { 'zh-CN': '直接上级', 'en-US': 'Line manager' },
};
