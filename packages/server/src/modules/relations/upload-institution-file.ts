import { INSTITUTION_EVIDENCE_PURPOSES, relationPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { assertAllowed } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { checkUpload, storeEvidenceFile, type Upload } from '../people/index.ts';
import { loadInstitutionFacts } from '../institutions/index.ts';

/** Proof an institution holds (agreements, labour contracts, enrolment records), cited by its agreements and relations. */
export async function uploadInstitutionFile({ ctx, files, institutionId, upload }: { ctx: ServiceContext; files: FileStore; institutionId: string; upload: Upload }) {
  const institution = await loadInstitutionFacts(ctx.db, institutionId);
  assertAllowed(relationPolicy(ctx.actor, 'write', institution));
  const contentType = checkUpload(upload, INSTITUTION_EVIDENCE_PURPOSES);
  return storeEvidenceFile(ctx, files, { institutionId }, upload, contentType);
}
