import type { Locale } from '@jiping/domain';

/** Messages of certificate PDFs and institutions' electronic seals, in both languages. */
export const CERTIFICATE_DOCUMENT_MESSAGES: Record<string, Record<Locale, string>> = {
  'entity.certificate': { 'zh-CN': '证书', 'en-US': 'certificate' },
  'entity.institutionSeal': { 'zh-CN': '电子印章图片（尚未上传，证书使用系统生成的印章）', 'en-US': 'seal image (none uploaded: certificates carry the generated seal)' },
  'policy.institutionSeal.adminOnly': { 'zh-CN': '只有本机构的管理员可以上传本机构的电子印章。', 'en-US': "Only the institution's own administrator may upload its seal." },
  'institutionSeal.tooLarge': { 'zh-CN': '印章图片不得超过 {max}。', 'en-US': 'The seal image may be at most {max}.' },
  'institutionSeal.notPng': { 'zh-CN': '印章图片须为 PNG 格式（按文件内容识别，而非文件名）。', 'en-US': 'The seal image must be a PNG (recognised by its content, not its name).' },
  'institutionSeal.dimensions': {
    'zh-CN': '印章图片为 {width}×{height} 像素，宽和高均须在 {min}–{max} 像素之间。',
    'en-US': 'The seal image is {width}×{height} pixels; width and height must each be {min}–{max} pixels.',
  },
  'institutionSeal.unreadable': {
    'zh-CN': '印章图片已损坏或不完整，无法读取，请重新导出 PNG 后上传。',
    'en-US': 'The seal image is damaged or incomplete and cannot be read; export the PNG again and upload it.',
  },
  'certificateDocument.notSealed': {
    'zh-CN': '证书 {number} 的电子凭证尚未签发，暂不能生成证书文件，请稍后再试。',
    'en-US': 'The credential of certificate {number} has not been signed yet, so its document cannot be made; try again shortly.',
  },
  'certificateDocument.none': { 'zh-CN': '请至少选择一本证书。', 'en-US': 'Choose at least one certificate.' },
  'certificateDocument.tooMany': { 'zh-CN': '一次最多生成 {max} 本证书，请分批下载。', 'en-US': 'At most {max} certificates at a time; download them in parts.' },
  'certificateDocument.mixedInstitutions': {
    'zh-CN': '合并的证书 PDF 只能包含同一评价机构的证书（以该机构的电子印章签名）；不同机构的证书请下载压缩包。',
    'en-US': "A combined certificate PDF holds one institution's certificates (signed with its seal); download a zip for several institutions.",
  },
};
