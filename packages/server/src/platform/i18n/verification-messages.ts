import type { Locale } from '@jiping/domain';

/** Messages of public certificate verification, in both languages. */
export const VERIFICATION_MESSAGES: Record<string, Record<Locale, string>> = {
  'verification.number.length': {
    'zh-CN': '证书编号应为 22 位（1 位字母 + 21 位数字），“{number}”位数不对。',
    'en-US': 'A certificate number has 22 characters (a letter and 21 digits); "{number}" does not.',
  },
  'verification.number.kind': {
    'zh-CN': '证书编号以 Y（用人单位）或 S（社会培训评价组织）开头，“{number}”不是。',
    'en-US': 'A certificate number starts with Y (employer) or S (social organisation); "{number}" does not.',
  },
  'verification.number.digits': { 'zh-CN': '证书编号首位字母之后应全是数字，“{number}”不是。', 'en-US': 'After its letter a certificate number has only digits; "{number}" does not.' },
  'verification.number.level': { 'zh-CN': '证书编号第 16 位是等级（1–5），“{number}”不是有效等级。', 'en-US': 'The 16th character of a certificate number is the level (1–5); "{number}" has none.' },
  'verification.number.serial': { 'zh-CN': '证书编号末 6 位是顺序号，不能全为 0。', 'en-US': 'The last six digits of a certificate number are a serial and cannot all be 0.' },
  'verification.unknownNumber': {
    'zh-CN': '未找到编号为 {number} 的证书。请核对编号；本平台只能核验上海市评价机构经本平台颁发的证书。',
    'en-US': 'No certificate numbered {number} was found. Check the number: this platform verifies certificates issued through it by Shanghai institutions.',
  },
  'verification.tooManyLookups': { 'zh-CN': '查询过于频繁（每分钟最多 {limit} 次），请稍后再试。', 'en-US': 'Too many look-ups (at most {limit} a minute); try again shortly.' },
  'verification.status.valid': { 'zh-CN': '有效', 'en-US': 'Valid' },
  'verification.status.revoked': { 'zh-CN': '已撤销', 'en-US': 'Revoked' },
  'verification.status.replaced': { 'zh-CN': '已更正（被新证书替代）', 'en-US': 'Replaced by a corrected certificate' },
  'verification.bulk.sheet': { 'zh-CN': '核验结果', 'en-US': 'Results' },
  'verification.bulk.tooMany': { 'zh-CN': '同一网络地址每小时最多提交 {limit} 份批量核验名单，请稍后再试。', 'en-US': 'At most {limit} bulk lists an hour from one network address; try again later.' },
  'verification.bulk.tooLarge': { 'zh-CN': '名单文件超过 {max}，请只保留证书编号与姓名两列。', 'en-US': 'The list is larger than {max}; keep only the number and name columns.' },
  'verification.bulk.tooManyRows': { 'zh-CN': '一份名单最多 {max} 行，请分批核验。', 'en-US': 'A list holds at most {max} rows; split it.' },
  'verification.bulk.unreadable': {
    'zh-CN': '无法读取该文件，请上传 Excel（.xlsx）文件；WPS、LibreOffice 请另存为 .xlsx。',
    'en-US': 'The file cannot be read: upload an .xlsx workbook (save as .xlsx from WPS or LibreOffice).',
  },
  'verification.bulk.empty': { 'zh-CN': '名单中没有要核验的证书。', 'en-US': 'The list holds no certificate to check.' },
  'verification.bulk.header': { 'zh-CN': '第一行须有“{number}”和“{name}”两列标题，请使用模板。', 'en-US': 'The first row must hold the headers "{number}" and "{name}"; use the template.' },
  'verification.bulk.result.missingNumber': { 'zh-CN': '未填编号', 'en-US': 'No number' },
  'verification.bulk.result.missingName': { 'zh-CN': '未填姓名', 'en-US': 'No name' },
  'verification.bulk.result.malformed': { 'zh-CN': '编号格式错误', 'en-US': 'Malformed number' },
  'verification.bulk.result.unknown': { 'zh-CN': '未找到', 'en-US': 'Not found' },
  'verification.bulk.result.nameMismatch': { 'zh-CN': '姓名与证书不符', 'en-US': 'Name does not match' },
  'verification.bulk.note.revoked': { 'zh-CN': '{date} 撤销：{reason}', 'en-US': 'Revoked on {date}: {reason}' },
  'verification.bulk.note.replaced': { 'zh-CN': '已由更正后的证书 {number} 替代', 'en-US': 'Replaced by the corrected certificate {number}' },
};
