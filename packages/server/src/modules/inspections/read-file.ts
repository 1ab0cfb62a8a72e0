import { eq } from 'drizzle-orm';
import { administeredInstitutionIds, inspectionPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionFiles } from '../../platform/db/schema.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { factsOf, loadInspection } from './queries.ts';

/**
 * One file of an inspection, for whoever may read the inspection; the institution also reads the
 * files of its own rectification orders and document requests before the inspection is completed
 * (it supplied most of them).
 */
export async function readInspectionFile({ ctx, files, id }: { ctx: ServiceContext; files: FileStore; id: string }) {
  const [file] = await ctx.db.select().from(inspectionFiles).where(eq(inspectionFiles.id, id));
  if (!file) throw notFound('file');
  const facts = await factsOf(ctx.db, await loadInspection(ctx.db, file.inspectionId));
  const institutionsOwn = (file.rectificationId || file.documentRequestId) && administeredInstitutionIds(ctx.actor).includes(facts.institutionId);
  if (!institutionsOwn) assertAllowed(inspectionPolicy(ctx.actor, 'read', facts));
  return { fileName: file.fileName, contentType: file.contentType, content: await files.read(file.sha256) };
}
