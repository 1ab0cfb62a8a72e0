import { z } from 'zod';
import { PageQuery, pageOf } from './common.ts';

export const AuditEvent = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorType: z.string(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  requestId: z.string().nullable(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditListQuery = PageQuery.extend({
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
});
export const AuditPage = pageOf(AuditEvent);

export const AuditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** The first broken link: the row whose content or predecessor no longer matches its hash. */
  firstBroken: z.object({ seq: z.number().int(), problem: z.enum(['hash_mismatch', 'missing_rows', 'prev_hash_mismatch']), message: z.string() }).nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;
