import type { Locale } from '@jiping/domain';

/** Messages of the national export (全国联网上报) and the renewal precondition it sets, in both languages. */
export const NATIONAL_EXPORT_MESSAGES: Record<string, Record<Locale, string>> = {
  'entity.nationalExportBatch': { 'zh-CN': '上报批次', 'en-US': 'export batch' },
  'policy.nationalExport.cityOnly': {
    'zh-CN': '全国联网上报由市人社局办理，只有市级管理员可以查看和操作上报批次。',
    'en-US': 'The national export is the city’s: only the municipal administrator reads and handles export batches.',
  },
  'policy.nationalExport.wrongStatus': { 'zh-CN': '该批次当前为“{exportStatusLabel}”，不能执行该操作。', 'en-US': 'The batch is "{exportStatusLabel}"; this cannot be done now.' },
  'exportStatus.prepared': { 'zh-CN': '待导出', 'en-US': 'prepared' },
  'exportStatus.exported': { 'zh-CN': '已导出待回执', 'en-US': 'exported' },
  'exportStatus.acknowledged': { 'zh-CN': '已回执', 'en-US': 'acknowledged' },
  'exportStatus.rejected': { 'zh-CN': '已退回', 'en-US': 'rejected' },
  'nationalExport.nothingWaiting': { 'zh-CN': '当前没有待上报的证书变更，无需生成批次。', 'en-US': 'No certificate changes are waiting: there is nothing to put in a batch.' },
  'nationalExport.contentChanged': {
    'zh-CN': '第 {sequence} 批的内容与首次导出时不一致，已停止导出，请联系系统管理员核查。',
    'en-US': 'Batch {sequence} no longer gives the content first exported; the download was stopped. Ask the system administrator to check.',
  },
  'nationalExport.ackInFuture': { 'zh-CN': '回执日期不能晚于今天。', 'en-US': 'The receipt date cannot be in the future.' },
  'nationalExport.ackBeforeExport': { 'zh-CN': '回执日期不能早于该批次的导出日期。', 'en-US': 'The receipt date cannot be before the batch was exported.' },
  'nationalExport.batchSubject': { 'zh-CN': '第 {sequence} 批（{rows} 条）', 'en-US': 'Batch {sequence} ({rows} changes)' },
  'nationalExport.waitingSubject': { 'zh-CN': '{count} 条证书变更逾期未组批上报', 'en-US': '{count} certificate changes overdue and not yet in a batch' },
  'filing.renewalExportPending': {
    'zh-CN': '本备案有效期内（{from} 至 {until}）仍有 {count} 条证书数据未完成全国联网上报并取得回执，须全部上报并回执后方可申请延续。',
    'en-US': '{count} certificate changes of this filing’s term ({from} to {until}) have not yet been exported to the national system and acknowledged; renewal needs all of them acknowledged.',
  },
};
