import { inspectionPolicy } from '@jiping/domain';
import type { InspectionFileView } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { assertAllowed, validation } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { factsOf, loadInspection } from './queries.ts';
import { prepareInspectionFile, recordInspectionFile } from './inspection-files.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who may add a file: the assigned inspectors while the inspection is in progress (asked before the upload is read). */
export async function assertMayAddFile(ctx: ServiceContext, id: string): Promise<void> {
  const row = await loadInspection(ctx.db, id);
  assertAllowed(inspectionPolicy(ctx.actor, 'fill', await factsOf(ctx.db, row)));
}

/** An inspector adds a photo or file to a finding (multipart field `findingId`) or to the inspection itself. */
export async function uploadInspectionFile({
  ctx,
  files,
  id,
  findingId,
  upload,
}: {
  ctx: ServiceContext;
  files: FileStore;
  id: string;
  findingId: string | undefined;
  upload: { fileName: string; content: Buffer };
}): Promise<InspectionFileView> {
  if (findingId && !UUID.test(findingId)) throw validation([{ field: 'findingId', code: 'invalid', messageKey: 'inspection.findingUnknown' }]);
  const prepared = await prepareInspectionFile(files, upload);
  return withTransaction(ctx, async (tx) => {
    const row = await loadInspection(tx.db, id, { lock: true });
    assertAllowed(inspectionPolicy(tx.actor, 'fill', await factsOf(tx.db, row)));
    return recordInspectionFile(tx, prepared, { inspectionId: id, findingId: findingId || null });
  });
}
