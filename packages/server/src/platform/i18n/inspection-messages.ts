import type { Locale } from '@jiping/domain';

/** Inspections (督导检查): refusals, their states and actions as words, and the words of the report, in both languages. */
export const INSPECTION_MESSAGES: Record<string, Record<Locale, string>> = {
  'entity.finding': { 'zh-CN': '检查发现的问题', 'en-US': 'finding' },
  'entity.file': { 'zh-CN': '文件', 'en-US': 'file' },
  'entity.rectification': { 'zh-CN': '整改通知', 'en-US': 'rectification order' },

  'policy.inspection.notAssigned': {
    'zh-CN': '您未被指派参加督导检查 {number}：督导员只能查看和办理指派给本人的检查。',
    'en-US': 'You are not assigned to inspection {number}: inspectors see and work only the inspections they are assigned to.',
  },
  'policy.inspection.notYours': { 'zh-CN': '督导检查 {number} 不在您的监管范围内。', 'en-US': 'Inspection {number} is outside your supervision.' },
  'policy.inspection.institutionAfterCompletion': {
    'zh-CN': '督导检查 {number} 尚未完成：检查完成后，本机构方可查看检查结果和报告。',
    'en-US': 'Inspection {number} is not completed yet: the institution reads the result and the report once it is.',
  },
  'policy.inspection.institutionNotSupervised': {
    'zh-CN': '该评价机构未备案您所主管的职业，不在您的监管范围内，不能对其发起督导检查。',
    'en-US': 'This institution has filed none of your occupations; it is outside your supervision and you cannot inspect it.',
  },
  'policy.inspection.assignedInspectorsOnly': {
    'zh-CN': '只有指派到督导检查 {number} 的督导员可以开始检查、填写检查表、记录问题和结论、提交及确认。',
    'en-US': 'Only the inspectors assigned to inspection {number} start it, fill in the checklist, findings and conclusion, submit and confirm it.',
  },
  'policy.inspection.runningDepartmentOnly': {
    'zh-CN': '只有组织该检查的{departmentKindLabel}可以改派督导员、取消或公开检查结果。',
    'en-US': 'Only the {departmentKindLabel} that runs this inspection may reassign, cancel or publish it.',
  },
  'policy.inspection.runningDistrictOnly': {
    'zh-CN': '该检查由{districtName}人社局组织，只有其经办人可以改派督导员、取消或公开检查结果。',
    'en-US': 'This inspection is run by the {districtName} bureau; only its officers may reassign, cancel or publish it.',
  },
  'policy.inspection.wrongStatus': {
    'zh-CN': '该检查当前为“{inspectionStatusLabel}”，不能{inspectionActionLabel}。',
    'en-US': 'The inspection is {inspectionStatusLabel}; it cannot {inspectionActionLabel} now.',
  },
  'policy.inspection.alreadyConfirmed': { 'zh-CN': '您已确认过该检查结果，无需重复确认。', 'en-US': 'You have already confirmed this result.' },

  'inspectionAction.start': { 'zh-CN': '开始检查', 'en-US': 'be started' },
  'inspectionAction.fill': { 'zh-CN': '填写检查表、问题或结论', 'en-US': 'be filled in' },
  'inspectionAction.submit': { 'zh-CN': '提交', 'en-US': 'be submitted' },
  'inspectionAction.confirm': { 'zh-CN': '确认结果', 'en-US': 'be confirmed' },
  'inspectionAction.reassign': { 'zh-CN': '改派督导员（检查开始后不能改派）', 'en-US': 'be reassigned (not once started)' },
  'inspectionAction.cancel': { 'zh-CN': '取消', 'en-US': 'be cancelled' },
  'inspectionAction.publish': { 'zh-CN': '公开（检查完成后方可公开）', 'en-US': 'be published (only once completed)' },
  'inspectionKind.random': { 'zh-CN': '双随机抽查', 'en-US': 'random inspection' },
  'inspectionKind.routine': { 'zh-CN': '日常督导', 'en-US': 'routine supervision' },
  'inspectionKind.special': { 'zh-CN': '专项督导', 'en-US': 'special supervision' },
  'inspectionKind.session': { 'zh-CN': '考场现场督导', 'en-US': 'on-site supervision of a session' },
  'inspectionMethod.onsite': { 'zh-CN': '现场检查', 'en-US': 'on-site check' },
  'inspectionMethod.data_comparison': { 'zh-CN': '数据比对', 'en-US': 'data comparison' },
  'inspectionMethod.remote_monitoring': { 'zh-CN': '远程监控', 'en-US': 'remote monitoring' },
  'inspectionMethod.document_retrieval': { 'zh-CN': '调取资料', 'en-US': 'document retrieval' },
  'inspectionConclusion.compliant': { 'zh-CN': '合规', 'en-US': 'compliant' },
  'inspectionConclusion.rectify': { 'zh-CN': '限期整改', 'en-US': 'rectify within a deadline' },
  'inspectionConclusion.non_compliant': { 'zh-CN': '不合规', 'en-US': 'non-compliant' },
  'checklistAnswer.pass': { 'zh-CN': '合格', 'en-US': 'pass' },
  'checklistAnswer.fail': { 'zh-CN': '不合格', 'en-US': 'fail' },
  'checklistAnswer.not_applicable': { 'zh-CN': '不适用', 'en-US': 'not applicable' },

  'inspection.noFilingInForce': {
    'zh-CN': '该评价机构没有有效的备案（须经批准且在有效期内），不能对其发起督导检查。',
    'en-US': 'The institution has no filing in force (approved and valid); it cannot be inspected.',
  },
  'inspection.itemInactive': { 'zh-CN': '所选检查事项不存在或已停用，请从检查事项清单中选择。', 'en-US': 'The inspection item does not exist or is no longer in use; pick one from the list.' },
  'inspection.sessionRequired': { 'zh-CN': '考场现场督导须选择一个场次。', 'en-US': 'On-site supervision of a session needs the session.' },
  'inspection.sessionNotInstitutions': { 'zh-CN': '所选场次不是该评价机构的场次。', 'en-US': 'The session chosen is not one of this institution.' },
  'inspection.sessionOver': {
    'zh-CN': '所选场次当前为“{sessionStatusLabel}”，只能对未开考或考试中的场次进行现场督导。',
    'en-US': 'The session is {sessionStatusLabel}; on-site supervision is for sessions scheduled or in progress.',
  },
  'inspection.sessionOnlyForSessionKind': { 'zh-CN': '只有考场现场督导需要选择场次。', 'en-US': 'Only on-site supervision of a session names a session.' },
  'inspection.inspectorTwice': { 'zh-CN': '同一名督导员不能重复选择。', 'en-US': 'The same inspector is chosen twice.' },
  'inspection.inspectorUnknown': { 'zh-CN': '所选督导员不在执法检查人员名录中。', 'en-US': 'An inspector chosen is not in the registry.' },
  'inspection.inspectorConflicted': {
    'zh-CN': '以下督导员已申报与该机构存在利害关系，须回避，不能参加本次检查：{names}。',
    'en-US': 'These inspectors declared a conflict of interest with the institution and must stand aside: {names}.',
  },
  'inspection.inspectorInactive': { 'zh-CN': '以下督导员已停用，不能指派：{names}。', 'en-US': 'These inspectors are no longer active and cannot be assigned: {names}.' },
  'inspection.checklistUnknownLine': { 'zh-CN': '检查表中没有“{key}”这一项。', 'en-US': 'The checklist has no line "{key}".' },
  'inspection.checklistLineTwice': { 'zh-CN': '检查项“{line}”重复填写。', 'en-US': 'The line "{line}" is answered twice.' },
  'inspection.failNeedsNote': { 'zh-CN': '检查项“{line}”判定为不合格，须填写说明。', 'en-US': 'The line "{line}" is answered "fail": say what was wrong.' },
  'inspection.checklistUnanswered': {
    'zh-CN': '检查表还有 {count} 项未填写，全部填写后方可提交：{lines}。',
    'en-US': '{count} checklist lines are not answered yet; answer them all before submitting: {lines}.',
  },
  'inspection.conclusionRequired': { 'zh-CN': '请先选择检查结论。', 'en-US': 'Choose the conclusion first.' },
  'inspection.summaryRequired': { 'zh-CN': '请先填写检查情况小结。', 'en-US': 'Write the summary first.' },
  'inspection.findingUnknown': { 'zh-CN': '所选问题不属于该检查。', 'en-US': 'The finding chosen is not one of this inspection.' },
  'inspection.fileType': {
    'zh-CN': '不支持该文件类型：只接受 JPEG、PNG 照片，PDF、Word（.docx）、Excel（.xlsx）文件或 MP4 视频（按文件内容识别，与扩展名无关）。',
    'en-US': 'This file type is not accepted: JPEG or PNG photos, PDF, Word (.docx) or Excel (.xlsx) files, or MP4 videos only (recognised by content, not by name).',
  },
  'inspection.fileTooLarge': { 'zh-CN': '照片和文件不能超过 {max}，请压缩后重新上传。', 'en-US': 'Photos and files may not exceed {max}; compress it and upload again.' },
  'inspection.videoTooLarge': { 'zh-CN': '视频不能超过 {max}，请截取关键片段后重新上传。', 'en-US': 'Videos may not exceed {max}; cut it to what matters and upload again.' },
  'inspection.publicationOverdueSubject': { 'zh-CN': '{number} {institution}：检查结果逾期未公开', 'en-US': '{number} {institution}: result not published in time' },
};
