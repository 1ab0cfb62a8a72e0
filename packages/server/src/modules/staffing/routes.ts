import { endpoints } from '@jiping/contracts';
import { canActAsStaff } from '@jiping/domain';
import type { Router } from '../../platform/http/route.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { listStaff } from './list-staff.ts';
import { linkStaffPerson } from './link-staff-person.ts';
import { createStaffAccount } from './create-staff-account.ts';
import { linkStaffAccount } from './link-staff-account.ts';
import { listInstitutionConflicts } from './list-conflicts.ts';
import { declareInstitutionConflict } from './declare-institution-conflict.ts';
import { getPlanStaffing, getSessionStaffing } from './get-plan-staffing.ts';
import { assignSessionStaff } from './assign-session-staff.ts';
import { removeSessionStaff } from './remove-session-staff.ts';
import { dispatchExternalSupervisor } from './dispatch-external-supervisor.ts';
import { getMyStaffing } from './get-my-staffing.ts';
import { declareOwnConflict } from './declare-own-conflict.ts';
import { getRegistrationStaff } from './get-registration-staff.ts';
import { declareCandidateConflict } from './declare-candidate-conflict.ts';

export function staffingRoutes(router: Router, { keyring }: AppDeps) {
  const tags = ['staffing'];
  router.route({
    ...endpoints.staffMembers,
    summary: '考评人员（备案在册的考评员与督导员） Staff named in the filing',
    tags,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => listStaff({ ctx, institutionId: params.id }),
  });
  router.route({
    ...endpoints.linkStaffPerson,
    summary: '按证件号关联人员 Link a member of staff to a person',
    tags,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => linkStaffPerson({ ctx, keyring, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.createStaffAccount,
    summary: '开设考评人员账号（初始密码仅显示一次） Create the account of a member of staff',
    tags,
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params, body }) => createStaffAccount({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.linkStaffAccount,
    summary: '关联本机构已有的考评员账号 Link an existing examiner account',
    tags,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => linkStaffAccount({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.institutionConflicts,
    summary: '回避关系 Declared conflicts of interest',
    tags,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => listInstitutionConflicts({ ctx, institutionId: params.id }),
  });
  router.route({
    ...endpoints.declareInstitutionConflict,
    summary: '机构登记回避关系 The institution declares a conflict of interest',
    tags,
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params, body }) => declareInstitutionConflict({ ctx, institutionId: params.id, input: body }),
  });
  router.route({
    ...endpoints.planStaffing,
    summary: '人员安排（每场考试的人员与规则检查） Staffing of a plan',
    tags,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getPlanStaffing({ ctx, id: params.id }),
  });
  router.route({
    ...endpoints.sessionStaffing,
    summary: '一场考试的人员安排与规则检查 Staffing of a session',
    tags,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getSessionStaffing({ ctx, id: params.id }),
  });
  router.route({
    ...endpoints.assignSessionStaff,
    summary: '安排考务人员（回避、资格不符即拒绝） Assign a member of staff',
    tags,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => assignSessionStaff({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.removeSessionStaff,
    summary: '撤下考务人员 Remove a member of staff from a session',
    tags,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => removeSessionStaff({ ctx, id: params.id, assignmentId: params.assignmentId }),
  });
  router.route({
    ...endpoints.dispatchExternalSupervisor,
    summary: '区人社局派出外部督导员 The district dispatches the external supervisor',
    tags,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => dispatchExternalSupervisor({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.myStaffing,
    summary: '本人的考务安排与回避申报 My staffing and declared conflicts',
    tags,
    access: canActAsStaff,
    handler: ({ ctx }) => getMyStaffing({ ctx }),
  });
  router.route({
    ...endpoints.declareOwnConflict,
    summary: '考评人员申报本人回避 A member of staff declares a conflict',
    tags,
    access: canActAsStaff,
    status: 201,
    handler: ({ ctx, body }) => declareOwnConflict({ ctx, input: body }),
  });
  router.route({
    ...endpoints.registrationStaff,
    summary: '本计划的考评人员（供考生申报回避） Staff of the plan, for the candidate',
    tags,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getRegistrationStaff({ ctx, id: params.id }),
  });
  router.route({
    ...endpoints.declareCandidateConflict,
    summary: '考生申报回避 A candidate declares a conflict',
    tags,
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params, body }) => declareCandidateConflict({ ctx, id: params.id, input: body }),
  });
}
