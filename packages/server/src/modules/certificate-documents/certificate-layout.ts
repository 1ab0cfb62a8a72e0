import { LEVEL_LABELS, isLevel, type CertificateStatus, type IdType } from '@jiping/domain';
import { FONT, type Pdf } from '../../platform/pdf/document.ts';

export const CERTIFICATE_TITLE = '职业技能等级证书';

/** 证件类型 as printed. */
export const ID_TYPE_NAMES: Record<IdType, string> = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macao_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  foreign_permanent_resident: '外国人永久居留身份证',
};

/** The watermark across a certificate that is no longer in force. */
export const STATUS_WATERMARKS: Record<Exclude<CertificateStatus, 'valid'>, string> = { revoked: '已撤销', replaced: '已更正' };

/** Everything printed on one certificate. */
export interface CertificatePage {
  number: string;
  holderName: string;
  idType: string;
  /** The full number: the certificate is the holder's proof of qualification. */
  idNumber: string;
  occupationName: string;
  workType: string;
  level: number;
  /** Exactly as on the certificate row (as filed on the issue day). */
  institutionName: string;
  issueDate: string;
  status: CertificateStatus;
  verifyUrl: string;
  qrPng: Buffer;
  /** The institution's uploaded seal; null draws the generated round seal. */
  sealPng: Buffer | null;
}

const RED = '#c8102e';
const INK = '#1f1f1f';
const MUTED = '#595959';
const FRAME = '#b08d57';

/** Where the seal (and the signature widget over it) sits, in pdfkit's top-left coordinates. */
export function sealBox(doc: Pdf): { x: number; y: number; size: number } {
  return { x: doc.page.width - 96 - 150, y: doc.page.height - 96 - 150, size: 132 };
}

export function levelName(level: number): string {
  return isLevel(level) ? LEVEL_LABELS[level]['zh-CN'] : String(level);
}

/** `2026-05-20` → `2026年5月20日`. */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function idTypeName(idType: string): string {
  return ID_TYPE_NAMES[idType as IdType] ?? idType;
}

/** One certificate on the current (A4 landscape) page. */
export function drawCertificate(doc: Pdf, c: CertificatePage): void {
  const W = doc.page.width;
  const H = doc.page.height;
  // Frame: an outer rule and an inner one.
  doc
    .save()
    .lineWidth(3)
    .strokeColor(FRAME)
    .rect(22, 22, W - 44, H - 44)
    .stroke();
  doc
    .lineWidth(0.8)
    .rect(30, 30, W - 60, H - 60)
    .stroke()
    .restore();

  doc.font(FONT.bold).fontSize(32).fillColor(RED).text(CERTIFICATE_TITLE, 0, 62, { width: W, align: 'center', characterSpacing: 6 });
  doc.font(FONT.regular).fontSize(10).fillColor(MUTED).text('VOCATIONAL SKILL LEVEL CERTIFICATE', 0, 108, { width: W, align: 'center', characterSpacing: 2 });

  const left = 96;
  const labelWidth = 110;
  const valueWidth = W - left - labelWidth - 250;
  const rows: Array<[string, string, boolean]> = [
    ['姓　　名', c.holderName, true],
    ['证件类型', c.idType, false],
    ['证件号码', c.idNumber, false],
    ['职业（工种）', c.workType ? `${c.occupationName}（${c.workType}）` : c.occupationName, false],
    ['职业技能等级', levelName(c.level), true],
    ['证书编号', c.number, true],
    ['发证日期', chineseDate(c.issueDate), false],
  ];
  let y = 152;
  for (const [label, value, strong] of rows) {
    doc
      .font(FONT.regular)
      .fontSize(12)
      .fillColor(MUTED)
      .text(label, left, y + 2, { width: labelWidth });
    doc
      .font(strong ? FONT.bold : FONT.regular)
      .fontSize(strong ? 16 : 14)
      .fillColor(INK)
      .text(value, left + labelWidth, y, { width: valueWidth });
    y += 34;
  }

  // QR code: the verify address with the credential's digest.
  const qr = { x: W - 96 - 128, y: 150, size: 128 };
  doc.image(c.qrPng, qr.x, qr.y, { width: qr.size, height: qr.size });
  doc
    .font(FONT.regular)
    .fontSize(9)
    .fillColor(MUTED)
    .text('扫码核验', qr.x, qr.y + qr.size + 4, { width: qr.size, align: 'center' });

  // The issuer, with the seal over its name.
  const seal = sealBox(doc);
  const issuerY = seal.y + seal.size / 2 - 8;
  doc
    .font(FONT.regular)
    .fontSize(11)
    .fillColor(MUTED)
    .text('评价机构（盖章）', seal.x - 120, issuerY - 24, { width: seal.size + 240, align: 'center' });
  doc
    .font(FONT.bold)
    .fontSize(14)
    .fillColor(INK)
    .text(c.institutionName, seal.x - 120, issuerY, { width: seal.size + 240, align: 'center' });
  doc
    .font(FONT.regular)
    .fontSize(11)
    .fillColor(INK)
    .text(chineseDate(c.issueDate), seal.x - 120, issuerY + 24, { width: seal.size + 240, align: 'center' });
  if (c.sealPng) doc.image(c.sealPng, seal.x, seal.y, { fit: [seal.size, seal.size], align: 'center', valign: 'center' });
  else drawGeneratedSeal(doc, c.institutionName, seal.x + seal.size / 2, seal.y + seal.size / 2, seal.size / 2);

  doc
    .font(FONT.regular)
    .fontSize(9)
    .fillColor(MUTED)
    .text(
      `本证书由${c.institutionName}依法评价颁发，以其电子印章数字签名，涂改无效。核验：扫描二维码，或访问 ${c.verifyUrl.split('?')[0]} 查询证书编号；在 PDF 阅读器中可查看签名与签发证书链。`,
      left,
      H - 84,
      { width: W - left * 2 - 150 },
    );

  if (c.status !== 'valid') drawWatermark(doc, STATUS_WATERMARKS[c.status]);
}

/**
 * The round seal drawn when the institution has uploaded none: a red ring, the institution's
 * name along the upper arc, a star, and 系统生成 beneath it, so nobody mistakes it for a
 * stamped impression.
 */
function drawGeneratedSeal(doc: Pdf, name: string, cx: number, cy: number, r: number) {
  doc.save().opacity(0.85);
  doc
    .lineWidth(3)
    .strokeColor(RED)
    .circle(cx, cy, r - 2)
    .stroke();
  doc
    .lineWidth(0.8)
    .circle(cx, cy, r - 7)
    .stroke();
  // Five-pointed star.
  const star: Array<[number, number]> = [];
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? r * 0.26 : r * 0.1;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    star.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  doc.polygon(...star).fill(RED);
  // The name along the arc, from lower left over the top to lower right.
  const chars = [...name];
  const span = Math.min(Math.PI * 1.4, chars.length * 0.32);
  const fontSize = Math.max(8, Math.min(15, (r * span) / chars.length - 1));
  doc.font(FONT.bold).fontSize(fontSize).fillColor(RED);
  chars.forEach((ch, i) => {
    const angle = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / chars.length;
    const tr = r - 10 - fontSize / 2;
    const x = cx + tr * Math.cos(angle);
    const y = cy + tr * Math.sin(angle);
    doc.save();
    doc.rotate((angle * 180) / Math.PI + 90, { origin: [x, y] });
    doc.text(ch, x - fontSize / 2, y - fontSize / 2, { width: fontSize, align: 'center', lineBreak: false });
    doc.restore();
  });
  doc
    .font(FONT.regular)
    .fontSize(8)
    .text('电子印章 系统生成', cx - r, cy + r * 0.42, { width: 2 * r, align: 'center', lineBreak: false });
  doc.restore();
}

function drawWatermark(doc: Pdf, text: string) {
  const W = doc.page.width;
  const H = doc.page.height;
  doc.save().opacity(0.28);
  doc.rotate(-24, { origin: [W / 2, H / 2] });
  doc
    .font(FONT.bold)
    .fontSize(120)
    .fillColor(RED)
    .text(text, 0, H / 2 - 80, { width: W, align: 'center', lineBreak: false, characterSpacing: 20 });
  doc.restore();
  doc.font(FONT.bold).fontSize(12).fillColor(RED).text(`本证书${text}，不再作为有效凭证。`, 0, 128, { width: W, align: 'center' });
}
