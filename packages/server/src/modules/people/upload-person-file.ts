import { PERSON_EVIDENCE_PURPOSES, personPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { assertAllowed } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { checkUpload, storeEvidenceFile, type Upload } from './evidence-files.ts';
import { loadPerson } from './person-facts.ts';

/** A person's own proof (diploma, certificate, work record), which their profile entries then cite. */
export async function uploadPersonFile({ ctx, files, personId, upload }: { ctx: ServiceContext; files: FileStore; personId: string; upload: Upload }) {
  const { facts } = await loadPerson(ctx.db, personId);
  assertAllowed(personPolicy(ctx.actor, 'edit', facts));
  const contentType = checkUpload(upload, PERSON_EVIDENCE_PURPOSES);
  return storeEvidenceFile(ctx, files, { personId }, upload, contentType);
}
