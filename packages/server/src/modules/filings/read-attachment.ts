import { and, eq } from 'drizzle-orm';
import { filingPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { filingAttachments } from '../../platform/db/schema.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { loadFiling } from './filing-facts.ts';

/** An attachment's content, for whoever may read the filing. */
export async function readAttachment({ ctx, files, filingId, attachmentId }: { ctx: ServiceContext; files: FileStore; filingId: string; attachmentId: string }) {
  const { facts } = await loadFiling(ctx.db, filingId);
  assertAllowed(filingPolicy(ctx.actor, 'read', facts));
  const [row] = await ctx.db
    .select()
    .from(filingAttachments)
    .where(and(eq(filingAttachments.id, attachmentId), eq(filingAttachments.filingId, filingId)));
  if (!row) throw notFound('attachment');
  return { ...row, content: await files.read(row.sha256) };
}
