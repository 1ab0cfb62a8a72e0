/**
 * The page's words. The verification page is its own small bundle (no UI framework, no i18n
 * library): it is opened from a phone, by QR code, often on a slow network.
 */
export type Lang = 'zh-CN' | 'en-US';

const ZH = {
  title: '职业技能等级证书核验',
  subtitle: '上海市职业技能等级认定 · 技评',
  numberLabel: '证书编号',
  numberHint: '22 位，如 Y000031000123264000007；也可粘贴或扫码录入核验地址',
  'problem.length': '证书编号应为 22 位（1 位字母 + 21 位数字），请核对位数。',
  'problem.kind': '证书编号以 Y（用人单位）或 S（社会培训评价组织）开头。',
  'problem.digits': '证书编号首位字母之后应全是数字。',
  'problem.level': '证书编号第 16 位是等级，应为 1–5。',
  'problem.serial': '证书编号末 6 位是顺序号，不能全为 0。',
  nameLabel: '持证人姓名（选填，用于核对）',
  check: '核验',
  checking: '正在核验…',
  valid: '有效',
  revoked: '已撤销',
  replaced: '已更正',
  validNote: '该证书由评价机构颁发，当前有效。',
  revokedNote: '该证书已于 {date} 被{by}撤销。',
  revokedReason: '撤销原因：{reason}',
  revokedByIssuer: '发证机构',
  revokedByCity: '市人力资源社会保障局',
  replacedNote: '该证书已更正，由新证书 {number} 替代。',
  replacesNote: '本证书更正并替代了证书 {number}。',
  holder: '持证人',
  occupation: '职业（工种）',
  level: '等级',
  institution: '发证机构',
  issueDate: '发证日期',
  number: '证书编号',
  nameMatches: '姓名与证书相符',
  nameMismatch: '您输入的姓名与证书不符，姓名仍以脱敏形式显示。',
  nameMasked: '输入持证人姓名可核对并显示全名',
  confirmName: '核对姓名',
  digestOk: '二维码与证书的电子凭证相符。',
  digestBad: '警告：二维码与本平台记录的电子凭证不符，该证书文件可能被篡改或伪造。',
  credentialTitle: '核验电子凭证',
  credentialHint: '粘贴电子凭证（以 eyJ 开头的文本或下载的凭证文件内容），或选择凭证文件。',
  credentialFile: '选择凭证文件',
  credentialCheck: '核验凭证',
  offline: '离线核验：npx jiping verify <凭证文件>',
  failed: '无法连接核验服务，请检查网络后重试。',
  retry: '重试',
  lang: 'English',
  another: '核验其他证书',
} as const;

export type TextKey = keyof typeof ZH;

const EN: Record<TextKey, string> = {
  title: 'Skill certificate verification',
  subtitle: 'Shanghai vocational skill level certification · Jiping',
  numberLabel: 'Certificate number',
  numberHint: '22 characters, e.g. Y000031000123264000007; a scanned verification address also works',
  'problem.length': 'A certificate number has 22 characters (a letter and 21 digits); check the count.',
  'problem.kind': 'A certificate number starts with Y (employer) or S (social organisation).',
  'problem.digits': 'After its letter a certificate number has only digits.',
  'problem.level': 'The 16th character of a certificate number is the level, 1–5.',
  'problem.serial': 'The last six digits are a serial and cannot all be 0.',
  nameLabel: "Holder's name (optional, to confirm)",
  check: 'Verify',
  checking: 'Verifying…',
  valid: 'Valid',
  revoked: 'Revoked',
  replaced: 'Replaced',
  validNote: 'Issued by the evaluating institution and valid.',
  revokedNote: 'Revoked on {date} by {by}.',
  revokedReason: 'Reason: {reason}',
  revokedByIssuer: 'the issuing institution',
  revokedByCity: 'the Shanghai human resources bureau',
  replacedNote: 'Corrected: replaced by certificate {number}.',
  replacesNote: 'This certificate corrects and replaces {number}.',
  holder: 'Holder',
  occupation: 'Occupation (work type)',
  level: 'Level',
  institution: 'Issued by',
  issueDate: 'Issue date',
  number: 'Number',
  nameMatches: 'The name matches the certificate',
  nameMismatch: 'The name you entered does not match; it stays masked.',
  nameMasked: "Enter the holder's name to confirm it and show it in full",
  confirmName: 'Confirm name',
  digestOk: "The QR code matches the certificate's credential.",
  digestBad: 'Warning: the QR code does not match the credential on record; the document may have been altered or forged.',
  credentialTitle: 'Verify a credential',
  credentialHint: 'Paste a credential (text starting with eyJ, or the downloaded credential file), or choose the file.',
  credentialFile: 'Choose file',
  credentialCheck: 'Verify credential',
  offline: 'Offline: npx jiping verify <credential file>',
  failed: 'The verification service cannot be reached; check the network and retry.',
  retry: 'Retry',
  lang: '中文',
  another: 'Verify another certificate',
};

export function detectLang(search: URLSearchParams, navigatorLanguage: string): Lang {
  const asked = search.get('lang');
  if (asked === 'en' || asked === 'en-US') return 'en-US';
  if (asked === 'zh' || asked === 'zh-CN') return 'zh-CN';
  return navigatorLanguage.toLowerCase().startsWith('zh') || !navigatorLanguage ? 'zh-CN' : 'en-US';
}

export function text(lang: Lang, key: TextKey, params: Record<string, string> = {}): string {
  const template = lang === 'en-US' ? EN[key] : ZH[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}
