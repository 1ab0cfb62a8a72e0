import type { Locale } from '@jiping/domain';

/** Messages of rectification (整改), sanctions (约谈 · 暂停 · 终止), document requests (调取资料) and the renewal conditions, in both languages. */
export const RECTIFICATION_MESSAGES: Record<string, Record<Locale, string>> = {
  'entity.rectificationOrder': { 'zh-CN': '整改通知', 'en-US': 'rectification order' },
  'entity.inspectionFile': { 'zh-CN': '检查文件', 'en-US': 'inspection file' },

  'policy.followUp.notAssigned': {
    'zh-CN': '您不是该检查的督导员：只有被指派到该检查的督导员或组织检查的部门才能办理。',
    'en-US': 'You are not an inspector of this inspection: only its assigned inspectors or the department running it may do this.',
  },
  'policy.followUp.otherDistrict': {
    'zh-CN': '该检查由{districtName}人社局组织，只有其经办人、被指派的督导员或市人社局可以办理。',
    'en-US': 'This inspection is run by the {districtName} bureau: only its officers, the assigned inspectors or the city may do this.',
  },
  'policy.followUp.otherDepartment': {
    'zh-CN': '该检查由{departmentKindLabel}组织，您不属于该部门，也不是被指派的督导员。',
    'en-US': 'This inspection is run by {departmentKindLabel}; you belong to neither it nor the assigned inspectors.',
  },
  'policy.followUp.supervisorsOnly': {
    'zh-CN': '整改与调取资料由督导员和监管部门办理，被检查机构只能处理发给本机构的通知。',
    'en-US': 'Rectification and document requests are handled by inspectors and the supervising departments; an institution handles only what is addressed to it.',
  },
  'policy.followUp.otherInstitution': { 'zh-CN': '该通知发给其他机构，您无权查看。', 'en-US': 'This is addressed to another institution; you may not read it.' },

  'rectificationStatus.open': { 'zh-CN': '待整改', 'en-US': 'open' },
  'rectificationStatus.responded': { 'zh-CN': '待验收', 'en-US': 'responded' },
  'rectificationStatus.accepted': { 'zh-CN': '已验收', 'en-US': 'accepted' },
  'rectificationStatus.reopened': { 'zh-CN': '退回重改', 'en-US': 'reopened' },
  'policy.rectification.institutionOnly': {
    'zh-CN': '整改情况只能由被检查机构的管理员提交。',
    'en-US': 'Only the administrator of the inspected institution answers a rectification order.',
  },
  'policy.rectification.wrongStatus': { 'zh-CN': '该整改通知当前为“{rectificationStatusLabel}”，不能执行该操作。', 'en-US': 'The order is "{rectificationStatusLabel}"; this cannot be done now.' },
  'policy.rectification.inspectionNotOrderable': {
    'zh-CN': '检查当前为“{inspectionStatusLabel}”：检查开始后至公开前才能下达整改通知，已取消的检查不能下达。',
    'en-US': 'The inspection is "{inspectionStatusLabel}": orders are given from the start of an inspection until it is published, never on a cancelled one.',
  },
  'rectification.deadlineNotFuture': { 'zh-CN': '整改期限须晚于今天（{today}）。', 'en-US': 'The deadline must be after today ({today}).' },
  'rectification.findingNotOfInspection': { 'zh-CN': '所选问题不属于检查 {inspection}。', 'en-US': 'The finding chosen is not one of inspection {inspection}.' },
  'rectification.evidenceRequired': {
    'zh-CN': '请先上传整改材料（照片或 PDF），再提交整改情况（{number}）。',
    'en-US': 'Upload the evidence (photos or PDF) before answering order {number}.',
  },
  'rectification.reopenReasonRequired': { 'zh-CN': '退回重新整改须说明理由。', 'en-US': 'Reopening needs a reason.' },

  'documentRequestStatus.open': { 'zh-CN': '待提交', 'en-US': 'open' },
  'documentRequestStatus.answered': { 'zh-CN': '已提交', 'en-US': 'answered' },
  'documentRequestStatus.closed': { 'zh-CN': '已办结', 'en-US': 'closed' },
  'policy.documentRequest.institutionOnly': { 'zh-CN': '调取的资料只能由被检查机构的管理员上传和提交。', 'en-US': 'Only the administrator of the inspected institution uploads and answers.' },
  'policy.documentRequest.wrongStatus': {
    'zh-CN': '该调取资料通知当前为“{documentRequestStatusLabel}”，不能执行该操作。',
    'en-US': 'The request is "{documentRequestStatusLabel}"; this cannot be done now.',
  },
  'policy.documentRequest.inspectionNotRequestable': {
    'zh-CN': '检查当前为“{inspectionStatusLabel}”：检查完成后或取消后不能再调取资料。',
    'en-US': 'The inspection is "{inspectionStatusLabel}": materials cannot be asked for once it is published or cancelled.',
  },
  'documentRequest.deadlineNotFuture': { 'zh-CN': '提交期限须晚于今天（{today}）。', 'en-US': 'The deadline must be after today ({today}).' },
  'documentRequest.duplicateMaterial': { 'zh-CN': '材料“{name}”重复列出。', 'en-US': 'The material "{name}" is listed twice.' },
  'documentRequest.filesRequired': { 'zh-CN': '请先上传所调取的资料，再提交（{number}）。', 'en-US': 'Upload the materials before answering request {number}.' },

  'sanctionKind.interview': { 'zh-CN': '约谈', 'en-US': 'formal interview' },
  'sanctionKind.suspension': { 'zh-CN': '暂停备案', 'en-US': 'suspension' },
  'sanctionKind.termination': { 'zh-CN': '终止备案', 'en-US': 'termination' },
  'policy.sanction.competentBureauOnly': {
    'zh-CN': '约谈、暂停和终止备案由机构所在区人社局或市人社局决定。',
    'en-US': 'Interviews, suspensions and terminations are decided by the bureau of the institution’s district or the city.',
  },
  'policy.sanction.readers': {
    'zh-CN': '机构的处理记录只有机构本身、所在区人社局和市人社局可以查看。',
    'en-US': 'An institution’s sanctions are read by the institution, its district bureau and the city only.',
  },
  'sanction.monthsRequired': { 'zh-CN': '暂停备案须填写暂停月数（1–{max} 个月）。', 'en-US': 'A suspension needs its length in months (1–{max}).' },
  'sanction.monthsOutOfRange': { 'zh-CN': '暂停月数须为 1–{max} 的整数。', 'en-US': 'A suspension lasts 1–{max} whole months.' },
  'sanction.monthsOnlyForSuspension': { 'zh-CN': '只有暂停备案需要填写月数。', 'en-US': 'Only a suspension has a length in months.' },
  'sanction.reasonRequired': {
    'zh-CN': '须说明理由（约谈请写明时间和地点）。',
    'en-US': 'A reason is required (for an interview, its date and place).',
  },
  'sanction.noFilingInForce': {
    'zh-CN': '{institution}没有有效的备案，不能作出该处理决定。',
    'en-US': '{institution} has no filing in force; this sanction cannot be decided.',
  },
  'sanction.alreadySuspended': { 'zh-CN': '备案 {number} 已处于暂停状态，不能再次暂停。', 'en-US': 'Filing {number} is already suspended.' },
  'sanction.inspectionNotOfInstitution': { 'zh-CN': '所选检查不是对该机构的检查。', 'en-US': 'The inspection chosen is not one of this institution.' },
  'sanction.filingReasonTerm': { 'zh-CN': ' {months} 个月（至 {endsOn} 恢复）', 'en-US': ' for {months} months (until {endsOn})' },
  'sanction.suspensionEndedReason': { 'zh-CN': '暂停期满（{endsOn}），恢复备案', 'en-US': 'Suspension ended ({endsOn}); filing restored' },

  'inspectionFile.empty': { 'zh-CN': '文件为空，未保存。', 'en-US': 'The file is empty; nothing was saved.' },
  'inspectionFile.evidenceType': {
    'zh-CN': '整改材料只接受 PDF、PNG 或 JPEG 文件（按文件内容识别，改扩展名无效），未保存。',
    'en-US': 'Rectification evidence must be a PDF, PNG or JPEG file (recognised by its content, not its name); nothing was saved.',
  },
  'inspectionFile.materialType': {
    'zh-CN': '只接受 PDF、PNG、JPEG、Excel（xlsx）、Word（docx）、ZIP 压缩包或 MP4 视频（按文件内容识别），未保存。',
    'en-US': 'Only PDF, PNG, JPEG, Excel (xlsx), Word (docx), ZIP archives or MP4 video are accepted (recognised by content); nothing was saved.',
  },
  'inspectionFile.evidenceTooLarge': { 'zh-CN': '整改材料每个文件不能超过 {max}，未保存。', 'en-US': 'Each evidence file may not exceed {max}; nothing was saved.' },
  'inspectionFile.materialTooLarge': {
    'zh-CN': '文件不能超过 {document}（视频不超过 {video}），未保存。',
    'en-US': 'Files may not exceed {document} (video {video}); nothing was saved.',
  },
  'inspectionFile.videoTooLarge': { 'zh-CN': '视频文件不能超过 {video}，未保存。', 'en-US': 'Video files may not exceed {video}; nothing was saved.' },

  'filing.renewalPreconditions': {
    'zh-CN': '延续申请不符合 {count} 项条件：{reasons}',
    'en-US': 'The renewal does not meet {count} condition(s): {reasons}',
  },
  'renewal.finalPlans.met': {
    'zh-CN': '本备案期（{from} 至 {until}）已有 {count} 个评价计划完成至成绩终局（至少 {required} 个）。',
    'en-US': '{count} plans of this term ({from} to {until}) have run to final results (at least {required} needed).',
  },
  'renewal.finalPlans.unmet': {
    'zh-CN': '本备案期（{from} 至 {until}）仅有 {count} 个评价计划完成至成绩终局，延续须至少 {required} 个。',
    'en-US': 'Only {count} plans of this term ({from} to {until}) have run to final results; renewal needs at least {required}.',
  },
  'renewal.exported.met': {
    'zh-CN': '本备案（{from} 至 {until}）的证书数据均已完成全国联网上报并取得回执。',
    'en-US': 'Every certificate change of this filing ({from} to {until}) has been exported nationally and acknowledged.',
  },
  'renewal.rectification.met': { 'zh-CN': '本机构没有未结的整改通知。', 'en-US': 'The institution has no open rectification order.' },
  'renewal.rectification.unmet': {
    'zh-CN': '本机构仍有 {count} 份整改通知未验收，须整改完毕并经验收后方可申请延续。',
    'en-US': 'The institution still has {count} rectification order(s) not accepted; renewal needs all of them accepted.',
  },

  'notification.rectificationOrdered.title': { 'zh-CN': '整改通知 {number}：请于 {deadline} 前完成整改', 'en-US': 'Rectification order {number}: rectify by {deadline}' },
  'notification.rectificationOrdered.body': {
    'zh-CN': '根据检查 {inspection}，{institution}须于 {deadline} 前完成整改并提交整改材料。整改要求：{requirement}',
    'en-US': 'Following inspection {inspection}, {institution} must rectify and send its evidence by {deadline}. Requirement: {requirement}',
  },
  'notification.rectificationResponded.title': { 'zh-CN': '整改通知 {number} 已提交整改情况', 'en-US': 'Order {number} answered' },
  'notification.rectificationResponded.body': { 'zh-CN': '被检查机构已提交整改情况和材料，请验收。', 'en-US': 'The institution has sent its answer and evidence; please decide.' },
  'notification.rectificationAccepted.title': { 'zh-CN': '整改通知 {number} 已验收', 'en-US': 'Order {number} accepted' },
  'notification.rectificationAccepted.body': { 'zh-CN': '您提交的整改情况已验收通过。{reason}', 'en-US': 'Your rectification has been accepted. {reason}' },
  'notification.rectificationReopened.title': { 'zh-CN': '整改通知 {number} 被退回重新整改', 'en-US': 'Order {number} reopened' },
  'notification.rectificationReopened.body': {
    'zh-CN': '整改未通过验收，请于 {deadline} 前重新整改并提交。理由：{reason}',
    'en-US': 'The rectification was not accepted; rectify again and answer by {deadline}. Reason: {reason}',
  },
  'notification.rectificationOverdue.title': { 'zh-CN': '整改通知 {number} 已逾期', 'en-US': 'Order {number} is overdue' },
  'notification.rectificationOverdue.body': {
    'zh-CN': '{institution}未在期限 {deadline} 前提交整改情况，已记为逾期整改。',
    'en-US': '{institution} did not answer by {deadline}; the order is recorded as overdue.',
  },
  'notification.documentRequested.title': { 'zh-CN': '调取资料通知 {number}：请于 {deadline} 前提交', 'en-US': 'Document request {number}: send by {deadline}' },
  'notification.documentRequested.body': {
    'zh-CN': '根据检查 {inspection}，请{institution}于 {deadline} 前提交以下资料：{materials}',
    'en-US': 'Following inspection {inspection}, {institution} is asked to send by {deadline}: {materials}',
  },
  'notification.documentRequestAnswered.title': { 'zh-CN': '调取资料通知 {number} 已提交资料', 'en-US': 'Document request {number} answered' },
  'notification.documentRequestAnswered.body': { 'zh-CN': '被检查机构已提交所调取的资料，请查阅并办结。', 'en-US': 'The institution has sent the materials; please read and close the request.' },
  'notification.documentRequestOverdue.title': { 'zh-CN': '调取资料通知 {number} 已逾期', 'en-US': 'Document request {number} is overdue' },
  'notification.documentRequestOverdue.body': { 'zh-CN': '{institution}未在期限 {deadline} 前提交所调取的资料。', 'en-US': '{institution} did not send the materials by {deadline}.' },
  'notification.sanctionDecided.title': { 'zh-CN': '处理决定：{sanctionKindLabel}', 'en-US': 'Sanction: {sanctionKindLabel}' },
  'notification.sanctionDecided.body': { 'zh-CN': '对{institution}作出{sanctionKindLabel}决定。理由：{reason}', 'en-US': '{institution}: {sanctionKindLabel}. Reason: {reason}' },
  'notification.sanctionSuspension.body': {
    'zh-CN': '对{institution}暂停备案 {months} 个月，{endsOn} 起恢复。暂停期间不得开展评价。理由：{reason}',
    'en-US': 'The filing of {institution} is suspended for {months} months, restored from {endsOn}; no evaluation may take place meanwhile. Reason: {reason}',
  },
  'notification.suspensionEnded.title': { 'zh-CN': '备案 {number} 暂停期满，已恢复', 'en-US': 'Filing {number} restored' },
  'notification.suspensionEnded.body': { 'zh-CN': '暂停期已于 {endsOn} 届满，备案恢复有效。', 'en-US': 'The suspension ended on {endsOn}; the filing is in force again.' },
};
