import QRCode from 'qrcode';
import { zipSync } from 'fflate';
import { EXAM_COMPONENT_LABELS, LEVEL_LABELS, isLevel } from '@jiping/domain';
import { FONT, renderPdf, type Pdf } from '../../platform/pdf/document.ts';
import { shanghaiDateTime } from './shanghai-time.ts';
import type { TicketData } from './tickets.ts';

const TITLE = '上海市职业技能等级认定 准考证';

/** 考生须知: what every ticket tells the candidate. */
export const TICKET_NOTES = [
  '凭本准考证和有效身份证件原件参加考试，二者缺一不得入场。',
  '请于开考前 30 分钟到达考场，持准考证二维码签到并按座位号就座；开考 15 分钟后不得入场。',
  '除规定的文具和工具外，手机等电子设备一律关闭并存放于指定位置，不得带至座位。',
  '遵守考场纪律，服从考务人员管理；违纪、作弊者按有关规定处理，成绩无效。',
  '准考证不得涂改、转借；请妥善保管至成绩公布。',
];

/** The QR code holds the ticket number only: a desk scanner types it into the check-in page. */
function qrPng(ticketNumber: string): Promise<Buffer> {
  return QRCode.toBuffer(ticketNumber, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
}

function levelName(level: number): string {
  return isLevel(level) ? LEVEL_LABELS[level]['zh-CN'] : String(level);
}

/** One ticket on the current page of an A4 document. */
function drawTicket(doc: Pdf, ticket: TicketData, qr: Buffer) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font(FONT.bold).fontSize(20).text(TITLE, left, 56, { width, align: 'center' });
  doc.font(FONT.regular).fontSize(10).fillColor('#555').text(ticket.institutionName, left, 86, { width, align: 'center' }).fillColor('#000');

  // Identity and exam on the left; photo space and QR code on the right.
  const photo = { x: left + width - 96, y: 118, w: 96, h: 128 };
  const rows: Array<[string, string]> = [
    ['准考证号', ticket.ticketNumber],
    ['姓　　名', ticket.name],
    ['证件号码', ticket.idNumberMasked],
    ['职　　业', ticket.occupationName],
    ['工　　种', ticket.workType || '—'],
    ['等　　级', levelName(ticket.level)],
  ];
  let y = 124;
  for (const [label, value] of rows) {
    doc.font(FONT.regular).fontSize(11).fillColor('#555').text(label, left, y, { width: 70 });
    doc
      .font(label === '准考证号' ? FONT.bold : FONT.regular)
      .fontSize(label === '准考证号' ? 13 : 12)
      .fillColor('#000')
      .text(value, left + 76, y - 1, { width: width - 76 - photo.w - 130 });
    y += 24;
  }
  // The data model holds no photo of the person yet: the box is where a photo is pasted.
  doc.rect(photo.x, photo.y, photo.w, photo.h).lineWidth(0.8).strokeColor('#999').stroke();
  doc
    .fontSize(9)
    .fillColor('#999')
    .text('照片', photo.x, photo.y + photo.h / 2 - 14, { width: photo.w, align: 'center' })
    .text('（近期免冠）', { width: photo.w, align: 'center' });
  doc.image(qr, photo.x - 120, photo.y + 4, { width: 108, height: 108 });
  doc
    .fontSize(8)
    .fillColor('#555')
    .text('签到二维码', photo.x - 120, photo.y + 114, { width: 108, align: 'center' })
    .fillColor('#000');

  // Sessions.
  y = Math.max(y, photo.y + photo.h) + 18;
  doc.font(FONT.bold).fontSize(12).text('考试安排', left, y);
  y += 20;
  const columns = [
    { title: '科目', w: 80 },
    { title: '时间', w: 110 },
    { title: '考点', w: 86 },
    { title: '地址', w: width - 80 - 110 - 86 - 80 - 44 },
    { title: '考场', w: 80 },
    { title: '座位号', w: 44 },
  ];
  const cells = (values: string[], bold: boolean) => {
    const heights = values.map((value, i) =>
      doc
        .font(bold ? FONT.bold : FONT.regular)
        .fontSize(9.5)
        .heightOfString(value, { width: columns[i]!.w - 8 }),
    );
    const h = Math.max(...heights) + 10;
    let x = left;
    values.forEach((value, i) => {
      doc.rect(x, y, columns[i]!.w, h).lineWidth(0.6).strokeColor('#888').stroke();
      doc.fillColor('#000').text(value, x + 4, y + 5, { width: columns[i]!.w - 8 });
      x += columns[i]!.w;
    });
    y += h;
  };
  cells(
    columns.map((c) => c.title),
    true,
  );
  if (!ticket.sessions.length) cells(['座位尚未安排', '—', '—', '—', '—', '—'], false);
  for (const s of ticket.sessions) {
    cells([EXAM_COMPONENT_LABELS[s.component]['zh-CN'], `${shanghaiDateTime(s.startsAt)}\n至 ${shanghaiDateTime(s.endsAt).slice(11)}`, s.siteName, s.siteAddress, s.room, String(s.seatNumber)], false);
  }

  y += 20;
  doc.font(FONT.bold).fontSize(12).text('考生须知', left, y);
  doc.moveDown(0.4).font(FONT.regular).fontSize(10);
  TICKET_NOTES.forEach((note, i) => doc.text(`${i + 1}. ${note}`, left, undefined, { width, lineGap: 2 }));
}

/** Tickets as one PDF, a page each (a candidate's own, or all of a plan's for printing). */
export async function ticketsPdf(tickets: readonly TicketData[]): Promise<Buffer> {
  const codes = await Promise.all(tickets.map((t) => qrPng(t.ticketNumber)));
  return renderPdf({ title: tickets.length === 1 ? `${TITLE} ${tickets[0]!.ticketNumber}` : TITLE, subject: '准考证' }, (doc) => {
    tickets.forEach((ticket, i) => {
      if (i > 0) doc.addPage();
      drawTicket(doc, ticket, codes[i]!);
    });
  });
}

/** Each ticket as its own PDF, named by ticket number, in one zip (stored: PDFs are compressed already). */
export async function ticketsZip(tickets: readonly TicketData[]): Promise<Buffer> {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const ticket of tickets) entries[`${ticket.ticketNumber}.pdf`] = [await ticketsPdf([ticket]), { level: 0 }];
  return Buffer.from(zipSync(entries));
}
