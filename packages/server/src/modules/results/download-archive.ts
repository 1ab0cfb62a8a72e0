import { strToU8, zipSync, type Zippable } from 'fflate';
import { archiveShowsFullIdNumbers, resultsPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed } from '../../platform/errors.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { loadPlanResults } from './results-facts.ts';
import { archiveIndex, archiveParts } from './archive-parts.ts';

/** The most a file may hold before compression: it is built in memory, so one download cannot take the server's. */
export const MAX_ARCHIVE_MB = 64;

/**
 * A plan's file as one zip: index.html and index.csv listing every file, then one JSON or CSV
 * file per part. Opened by the plan's district, the city or an inspector, and every opening is
 * in the audit trail (`results.archive_downloaded`); where full ID numbers are included (the city
 * only), each person's is audited as a reveal (`person.identity_viewed`), as the reveal endpoint does.
 * The file may be opened at any stage: before the district's acceptance it is the file so far.
 */
export async function downloadArchive({ ctx, keyring, planId }: { ctx: ServiceContext; keyring: Keyring; planId: string }): Promise<{ fileName: string; bytes: Uint8Array }> {
  const results = await loadPlanResults(ctx, planId);
  assertAllowed(resultsPolicy(ctx.actor, 'downloadArchive', results.facts));
  const full = archiveShowsFullIdNumbers(ctx.actor);
  return withTransaction(ctx, async (tx) => {
    const { parts, revealedPersonIds } = await archiveParts(tx, keyring, results, full);
    const size = parts.reduce((total, part) => total + Buffer.byteLength(part.content), 0);
    if (size > MAX_ARCHIVE_MB * 1024 * 1024) throw new AppError('UNPROCESSABLE', 'results.archiveTooLarge', { limit: String(MAX_ARCHIVE_MB) });
    const index = archiveIndex(parts, ctx.locale, translate(full ? 'archive.idFull' : 'archive.idMasked', ctx.locale));
    const files: Zippable = { 'index.html': strToU8(index.html), 'index.csv': strToU8(index.csv) };
    for (const part of parts) files[part.file] = strToU8(part.content);
    await appendAudit(tx, {
      action: 'results.archive_downloaded',
      entityType: 'plan',
      entityId: planId,
      detail: { idNumbers: full ? 'full' : 'masked', files: parts.length, stage: results.stage },
    });
    for (const personId of revealedPersonIds) await appendAudit(tx, { action: 'person.identity_viewed', entityType: 'person', entityId: personId, detail: { planId, via: 'archive' } });
    const { plan } = results;
    return { fileName: `评价档案-${plan.occupationCode}-${plan.level}级-${plan.examStart}.zip`, bytes: zipSync(files, { level: 6 }) };
  });
}
