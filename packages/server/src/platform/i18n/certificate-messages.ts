import { LEVEL_LABELS, type Locale } from '@jiping/domain';

/** Messages of certificate issuance, revocation and correction, in both languages. */
export const CERTIFICATE_MESSAGES: Record<string, Record<Locale, string>> = {
  'entity.certificate': { 'zh-CN': '证书', 'en-US': 'certificate' },
  'entity.certificate_batch': { 'zh-CN': '发证批次', 'en-US': 'certificate batch' },
  // `{certificateLevelLabel}`: a level code worded.
  ...Object.fromEntries(Object.entries(LEVEL_LABELS).map(([code, text]) => [`certificateLevel.${code}`, text])),
  'certificateStatus.valid': { 'zh-CN': '有效', 'en-US': 'valid' },
  'certificateStatus.revoked': { 'zh-CN': '已撤销', 'en-US': 'revoked' },
  'certificateStatus.replaced': { 'zh-CN': '已更正换发', 'en-US': 'replaced by a correction' },
  'policy.certificate.issuerOnly': {
    'zh-CN': '证书由实施评价的机构颁发和更正（谁评价、谁发证），只有该机构的管理员可以办理。',
    'en-US': 'Certificates are issued and corrected by the institution that evaluated; only its administrator may do this.',
  },
  'policy.certificate.revokers': {
    'zh-CN': '只有发证机构的管理员或市人社局可以撤销证书。',
    'en-US': 'Only the issuing institution’s administrator or the city bureau may revoke a certificate.',
  },
  'policy.certificate.notYours': { 'zh-CN': '该证书不属于您或您所在机构，无权查看。', 'en-US': 'This certificate is neither yours nor your institution’s.' },
  'policy.certificate.downloaders': {
    'zh-CN': '电子证书与电子凭证载有完整证件号码，只能由持证人本人或发证机构的管理员下载。',
    'en-US': 'Certificate documents carry the full ID number: only the holder or the issuing institution’s administrator may download them.',
  },
  'certificate.documentsTooMany': {
    'zh-CN': '一次最多下载 {max} 本证书的合并 PDF，请改为下载 zip（每本证书一个 PDF）。',
    'en-US': 'At most {max} certificates fit one combined PDF; download the zip (one PDF per certificate) instead.',
  },
  'certificate.noDocuments': { 'zh-CN': '该计划还没有可下载的证书。', 'en-US': 'The plan has no certificates to download yet.' },
  'policy.certificate.notForRole': {
    'zh-CN': '您的账号不办理证书业务；考生请在“我的证书”中查看本人证书。',
    'en-US': 'Your account does not handle certificates; candidates see theirs under "My certificates".',
  },
  'policy.certificate.notValid': {
    'zh-CN': '该证书当前状态为“{certificateStatusLabel}”，不能再撤销或更正。',
    'en-US': 'The certificate is {certificateStatusLabel}; it can no longer be revoked or corrected.',
  },
  'certificate.resultsNotFinal': {
    'zh-CN': '该计划的评价结果尚未确定（公示期未满或异议未处理完毕），不能发证。',
    'en-US': 'The plan’s results are not final yet (publicity not over or objections open); certificates cannot be issued.',
  },
  'certificate.noFilingInForce': { 'zh-CN': '本机构没有有效的备案，不能发证。', 'en-US': 'The institution has no filing in force; certificates cannot be issued.' },
  'certificate.filingNotValidOn': {
    'zh-CN': '本机构备案的有效期为 {validFrom} 至 {validUntil}，发证日 {date} 不在有效期内，不能发证。',
    'en-US': 'The filing is valid from {validFrom} to {validUntil}; the issue date {date} is outside it.',
  },
  'certificate.filingLacksSegments': {
    'zh-CN': '备案（{filingNumber}）缺少省级人社部门赋予的机构代码或站点序号，无法编制证书编号，请联系区人社局补录后再发证。',
    'en-US': 'The filing ({filingNumber}) lacks the institution code or site sequence the bureau assigns; certificate numbers cannot be formed. Ask the district bureau to record them.',
  },
  'certificate.outsideScope': {
    'zh-CN': '职业 {occupation}、工种“{workType}”、{certificateLevelLabel}不在本机构备案的评价范围内，不能发证。',
    'en-US': 'Occupation {occupation}, work type "{workType}", {certificateLevelLabel} is outside the filed scope; no certificate can be issued.',
  },
  'certificate.notInResults': { 'zh-CN': '所选考生不在该计划公示的评价结果中。', 'en-US': 'A chosen candidate is not in the plan’s published results.' },
  'certificate.notPassed': {
    'zh-CN': '{name}（公示序号 {entryNo}）的评价结果为不合格，不能发证；本次未颁发任何证书。',
    'en-US': '{name} (entry {entryNo}) did not pass; nothing was issued.',
  },
  'certificate.alreadyIssued': {
    'zh-CN': '{name} 的该项评价结果已颁发证书（编号 {number}），不能重复发证；本次未颁发任何证书。',
    'en-US': '{name} already holds certificate {number} for this result; nothing was issued.',
  },
  'certificate.nothingToIssue': { 'zh-CN': '该计划合格人员均已发证，没有待发的证书。', 'en-US': 'Every passed candidate of the plan already holds a certificate.' },
  'certificate.serialsExhausted': {
    'zh-CN': '本机构 {year} 年的证书流水号已用尽（上限 999999），不能再发证。',
    'en-US': 'The institution’s certificate serials for {year} are used up (999999).',
  },
  'certificate.nothingToCorrect': {
    'zh-CN': '证书内容与当前人员信息及工种一致，无需更正：请先更正人员信息或选择正确的工种。',
    'en-US': 'The certificate already matches the person’s record and work type; correct the record or choose the right work type first.',
  },
  'notification.certificate.revoked.title': { 'zh-CN': '您的职业技能等级证书已被撤销：{number}', 'en-US': 'Your skill level certificate was revoked: {number}' },
  'notification.certificate.revoked.body': {
    'zh-CN': '您好：\n{institution}颁发的{occupation}{workType}{level}证书（编号 {number}）已被撤销。\n撤销理由：{reason}',
    'en-US': 'Hello,\nYour certificate for {occupation}{workType}, {level} issued by {institution} (number {number}) was revoked.\nReason: {reason}',
  },
  'notification.certificate.replaced.title': { 'zh-CN': '您的职业技能等级证书已更正换发：{replacement}', 'en-US': 'Your skill level certificate was corrected: {replacement}' },
  'notification.certificate.replaced.body': {
    'zh-CN': '您好：\n{institution}已更正您的{occupation}{workType}{level}证书：原证书（编号 {number}）作废，换发新证书（编号 {replacement}）。\n更正理由：{reason}',
    'en-US': 'Hello,\n{institution} corrected your certificate for {occupation}{workType}, {level}: number {number} is replaced by {replacement}.\nReason: {reason}',
  },
};
