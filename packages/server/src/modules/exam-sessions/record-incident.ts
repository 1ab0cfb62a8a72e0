import { eq } from 'drizzle-orm';
import { actorUserId, examSessionPolicy } from '@jiping/domain';
import { IncidentBody, type IncidentView } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { examIncidents } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound } from '../../platform/errors.ts';
import { sniffContentType, type FileStore } from '../../platform/files/file-store.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadSession } from './session-facts.ts';

export type IncidentRow = typeof examIncidents.$inferSelect;

export const MAX_INCIDENT_PHOTO_BYTES = 10 * 1024 * 1024;
const PHOTO_TYPES = ['image/png', 'image/jpeg'];

export function toIncidentView(row: IncidentRow): IncidentView {
  return {
    id: row.id,
    sessionId: row.sessionId,
    occurredAt: row.occurredAt.toISOString(),
    text: row.text,
    recordedByName: row.recordedByName,
    hasPhoto: row.photoSha256 !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Records what happened in a session and when (at most a day either side of the session, since
 * it belongs to it): by the internal or external supervisor or the institution, while the session
 * runs or after it has ended, before sign-off.
 */
export async function recordIncident({ ctx, sessionId, input }: { ctx: ServiceContext; sessionId: string; input: z.input<typeof IncidentBody> }) {
  const body = parseInput(IncidentBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadSession(tx.db, sessionId);
    assertAllowed(examSessionPolicy(tx.actor, 'recordIncident', facts));
    const occurredAt = new Date(body.occurredAt);
    const day = 86_400_000;
    if (occurredAt.getTime() < row.startsAt.getTime() - day || occurredAt.getTime() > row.endsAt.getTime() + day || occurredAt.getTime() > tx.now().getTime() + 60_000) {
      throw new AppError('VALIDATION', 'error.validation', {}, [{ field: 'occurredAt', code: 'examIncident.timeOutside', messageKey: 'examIncident.timeOutside' }]);
    }
    const [incident] = await tx.db
      .insert(examIncidents)
      .values({ sessionId, occurredAt, text: body.text, recordedBy: actorUserId(tx.actor), recordedByName: tx.actor.kind === 'user' ? tx.actor.displayName : 'system', createdAt: tx.now() })
      .returning();
    await appendAudit(tx, { action: 'examSession.incidentRecorded', entityType: 'examSession', entityId: sessionId, after: incident, detail: { incidentId: incident!.id } });
    return toIncidentView(incident!);
  });
}

/**
 * Attaches a photo to an incident: PNG or JPEG recognised by its first bytes, at most 10 MB,
 * stored content-addressed before the row points at it (like evidence). Whoever may record
 * incidents in the session may attach one, once.
 */
export async function attachIncidentPhoto({ ctx, files, incidentId, content }: { ctx: ServiceContext; files: FileStore; incidentId: string; content: Buffer }) {
  const [incident] = await ctx.db.select().from(examIncidents).where(eq(examIncidents.id, incidentId));
  if (!incident) throw notFound('examIncident');
  const { facts } = await loadSession(ctx.db, incident.sessionId);
  assertAllowed(examSessionPolicy(ctx.actor, 'recordIncident', facts));
  if (incident.photoSha256) throw new AppError('CONFLICT', 'examIncident.photoExists');
  if (!content.length) throw new AppError('VALIDATION', 'attachment.empty');
  if (content.length > MAX_INCIDENT_PHOTO_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'attachment.tooLarge', { max: '10 MB' });
  const contentType = sniffContentType(content);
  if (!contentType || !PHOTO_TYPES.includes(contentType)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'examIncident.photoType');
  const sha256 = await files.put(content);
  return withTransaction(ctx, async (tx) => {
    const [updated] = await tx.db.update(examIncidents).set({ photoSha256: sha256, photoContentType: contentType, photoSize: content.length }).where(eq(examIncidents.id, incidentId)).returning();
    await appendAudit(tx, {
      action: 'examSession.incidentPhoto',
      entityType: 'examSession',
      entityId: incident.sessionId,
      after: { incidentId, sha256, contentType, size: content.length },
      detail: { incidentId },
    });
    return toIncidentView(updated!);
  });
}

/** An incident's photo, for whoever may read the session. */
export async function readIncidentPhoto({ ctx, files, incidentId }: { ctx: ServiceContext; files: FileStore; incidentId: string }) {
  const [incident] = await ctx.db.select().from(examIncidents).where(eq(examIncidents.id, incidentId));
  if (!incident) throw notFound('examIncident');
  const { facts } = await loadSession(ctx.db, incident.sessionId);
  assertAllowed(examSessionPolicy(ctx.actor, 'read', facts));
  if (!incident.photoSha256) throw notFound('examIncidentPhoto');
  return { contentType: incident.photoContentType!, content: await files.read(incident.photoSha256) };
}
