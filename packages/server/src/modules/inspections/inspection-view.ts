import { asc, eq } from 'drizzle-orm';
import { allowedInspectionActions, inspectionPolicy, publicationOverdue, shanghaiDate, type ChecklistLine } from '@jiping/domain';
import type { InspectionDetail, InspectionFileView } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { examSessions, inspectionFiles, inspectionFindings, inspectionItems } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { assignedInspectors, factsOf, institutionName, loadInspection, type InspectionRow } from './queries.ts';

type FileRow = typeof inspectionFiles.$inferSelect;

export function fileView(row: FileRow): InspectionFileView {
  return { id: row.id, findingId: row.findingId, fileName: row.fileName, contentType: row.contentType, size: row.size, sha256: row.sha256, createdAt: row.createdAt.toISOString() };
}

export async function loadItem(db: Db, id: string) {
  const [item] = await db.select().from(inspectionItems).where(eq(inspectionItems.id, id));
  if (!item) throw notFound('inspectionItem');
  return item;
}

/** Findings in the order they were recorded, each with its files; and the files of the inspection itself. */
export async function findingsOf(db: Db, inspectionId: string) {
  const findings = await db.select().from(inspectionFindings).where(eq(inspectionFindings.inspectionId, inspectionId)).orderBy(asc(inspectionFindings.createdAt), asc(inspectionFindings.id));
  const files = await db.select().from(inspectionFiles).where(eq(inspectionFiles.inspectionId, inspectionId)).orderBy(asc(inspectionFiles.createdAt), asc(inspectionFiles.id));
  return {
    findings: findings.map((f) => ({
      id: f.id,
      checklistKey: f.checklistKey,
      description: f.description,
      createdAt: f.createdAt.toISOString(),
      files: files.filter((file) => file.findingId === f.id).map(fileView),
    })),
    files: files.filter((file) => !file.findingId && !file.rectificationId && !file.documentRequestId).map(fileView),
  };
}

/** One inspection as its page shows it to the actor (who must be allowed to read it), with the buttons the policy allows. */
export async function inspectionView(ctx: ServiceContext, idOrRow: string | InspectionRow): Promise<InspectionDetail> {
  const row = typeof idOrRow === 'string' ? await loadInspection(ctx.db, idOrRow) : idOrRow;
  const facts = await factsOf(ctx.db, row);
  const inspectors = await assignedInspectors(ctx.db, row.id);
  const item = await loadItem(ctx.db, row.inspectionItemId);
  const [session] = row.examSessionId
    ? await ctx.db
        .select({ id: examSessions.id, startsAt: examSessions.startsAt, room: examSessions.room, component: examSessions.component })
        .from(examSessions)
        .where(eq(examSessions.id, row.examSessionId))
    : [];
  const { findings, files } = await findingsOf(ctx.db, row.id);
  const me = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const today = shanghaiDate(ctx.now());
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    title: row.title,
    taskId: row.taskId,
    institutionId: row.institutionId,
    institutionName: await institutionName(ctx.db, row.institutionId),
    districtCode: row.districtCode,
    examSession: session ? { id: session.id, startsAt: session.startsAt.toISOString(), room: session.room, component: session.component } : null,
    item: {
      id: item.id,
      code: item.code,
      name: item.name,
      legalBasis: item.legalBasis,
      checklist: (item.checklist as ChecklistLine[]).map((l) => ({ key: l.key, label: l.label, basis: l.basis ?? null })),
    },
    methods: row.methods,
    departmentKind: row.departmentKind,
    departmentDistrictCode: row.departmentDistrictCode,
    status: row.status,
    checklist: row.checklist.map((e) => ({ key: e.key, answer: e.answer, note: e.note ?? null })),
    conclusion: row.conclusion,
    summary: row.summary,
    inspectorNames: inspectors.map((i) => i.name),
    inspectors: inspectors.map((i) => ({
      inspectorId: i.inspectorId,
      name: i.name,
      certificateNumber: i.certificateNumber,
      confirmedAt: i.confirmedAt?.toISOString() ?? null,
      isMe: me !== null && i.userId === me,
    })),
    findings,
    files,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    publicationDue: row.publicationDue,
    publicationOverdue: publicationOverdue(row, today),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    withheld: row.withheld,
    publishedSummary: row.publishedSummary,
    cancelReason: row.cancelReason,
    mine: facts.inspectorUserIds.includes(me ?? ''),
    allowedActions: allowedInspectionActions(ctx.actor, facts),
    canDownloadReport: inspectionPolicy(ctx.actor, 'report', facts).allowed,
    version: row.version,
  };
}
