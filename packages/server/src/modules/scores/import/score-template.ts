import { asc, eq } from 'drizzle-orm';
import { EXAM_COMPONENT_LABELS, scoreSessionPolicy, shanghaiDate } from '@jiping/domain';
import type { ServiceContext } from '../../../platform/context.ts';
import { examSeats, examTickets, persons, registrations } from '../../../platform/db/schema.ts';
import ExcelJS from '../../../platform/files/xlsx.ts';
import { assertAllowed } from '../../../platform/errors.ts';
import { loadScoreSession, scoreFacts } from '../score-session.ts';
import { ABSENT_MARK, INFO_HEADERS, NAME_HEADER, sheetLayout, TICKET_HEADER } from './sheet-layout.ts';

/**
 * A session's score sheet to fill in: its seated candidates by seat (ticket number, name, seat),
 * one score column per examiner (theory: one score), absent candidates already marked. The
 * institution fills it in Excel, WPS or LibreOffice and uploads it.
 */
export async function scoreTemplate({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<{ fileName: string; content: Buffer }> {
  const loaded = await loadScoreSession(ctx.db, ctx.actor, id);
  assertAllowed(scoreSessionPolicy(ctx.actor, 'read', scoreFacts(loaded)));
  const layout = await sheetLayout(ctx.db, loaded);
  const seats = await ctx.db
    .select({ seat: examSeats.seatNumber, absent: examSeats.absent, ticket: examTickets.ticketNumber, name: persons.name })
    .from(examSeats)
    .innerJoin(registrations, eq(registrations.id, examSeats.registrationId))
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .leftJoin(examTickets, eq(examTickets.registrationId, examSeats.registrationId))
    .where(eq(examSeats.sessionId, id))
    .orderBy(asc(examSeats.seatNumber));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('成绩');
  sheet.addRow([`${TICKET_HEADER}*`, `${NAME_HEADER}*`, INFO_HEADERS[0], ...layout.map((c) => `${c.header}*`)]);
  for (const s of seats) sheet.addRow([s.ticket ?? '', s.name, s.seat, ...layout.map(() => (s.absent ? ABSENT_MARK : null))]);
  sheet.columns.forEach((column, index) => {
    column.width = index < 2 ? 22 : 16;
  });
  // Text format keeps long ticket numbers whole when typed in Excel.
  sheet.getColumn(1).numFmt = '@';
  const notes = workbook.addWorksheet('填写说明');
  const component = EXAM_COMPONENT_LABELS[loaded.session.component]['zh-CN'];
  notes.addRow([`${loaded.occupationName} ${component} · ${loaded.session.siteName} ${loaded.session.room}`]);
  notes.addRow(['成绩为 0–100 分，最多两位小数；每名考评员一列，系统按职业规则计算考核成绩。']);
  notes.addRow([`缺考考生由考务登记，其成绩栏留空或填“${ABSENT_MARK}”；未登记缺考的考生须填写成绩。`]);
  notes.addRow(['任何一行有误时整份成绩表都不导入，请按错误明细修改后重新上传。']);
  notes.getColumn(1).width = 90;
  const date = shanghaiDate(loaded.session.startsAt);
  return { fileName: `成绩表-${loaded.occupationName}-${component}-${date}.xlsx`, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
