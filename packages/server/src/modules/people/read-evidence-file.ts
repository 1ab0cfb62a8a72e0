import { eq } from 'drizzle-orm';
import { personPolicy, relationPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { evidenceFiles } from '../../platform/db/schema.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { loadPerson } from './person-facts.ts';
import { loadInstitutionFacts } from '../institutions/index.ts';

/**
 * An evidence file's content. A person's file is for whoever may read the person; an
 * institution's file is evidence of its agreements and relations, so it is for whoever may read those.
 */
export async function readEvidenceFile({ ctx, files, id }: { ctx: ServiceContext; files: FileStore; id: string }) {
  const [row] = await ctx.db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id));
  if (!row) throw notFound('evidenceFile');
  if (row.personId) {
    const { facts } = await loadPerson(ctx.db, row.personId);
    assertAllowed(personPolicy(ctx.actor, 'read', facts));
  } else if (row.institutionId) {
    const institution = await loadInstitutionFacts(ctx.db, row.institutionId);
    assertAllowed(relationPolicy(ctx.actor, 'read', institution));
  } else {
    throw notFound('evidenceFile');
  }
  return { ...row, content: await files.read(row.sha256) };
}
