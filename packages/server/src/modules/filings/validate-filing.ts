import { checkScope, type CatalogueEntry, type InstitutionCategory, type ScopeRow } from '@jiping/domain';
import type { FilingContent } from '@jiping/contracts';
import type { Db } from '../../platform/db/client.ts';
import { validation, type FieldError } from '../../platform/errors.ts';
import { activeCatalogue } from '../catalogue/index.ts';

/** Scope must stay inside the registrable catalogue, without duplicate or overlapping rows: checked on every save. */
export async function assertScopeInCatalogue(db: Db, scope: readonly ScopeRow[]): Promise<Map<string, CatalogueEntry>> {
  const catalogue = await activeCatalogue(
    db,
    scope.map((row) => row.occupationCode),
  );
  const problems = checkScope(scope, catalogue);
  if (problems.length) {
    throw validation(
      problems.map((problem) => ({
        field: `scope.${problem.row - 1}.${problem.field}`,
        code: problem.reason,
        messageKey: problem.reason,
        params: { ...problem.params, row: String(problem.row) },
      })),
    );
  }
  return catalogue;
}

/**
 * Completeness for submission (drafts may be partial): examiners inside the scope, an internal
 * supervisor, sites with video-monitored rooms, an item bank source, management rules, and for
 * employers the commitment to link certificates to posts and pay.
 */
export function assertReadyToSubmit(scope: readonly ScopeRow[], content: FilingContent, category: InstitutionCategory): void {
  const problems: FieldError[] = [];
  const need = (field: string, key: string, params: Record<string, string> = {}) => problems.push({ field, code: key, messageKey: key, params });
  if (!scope.length) need('scope', 'filing.submit.scopeRequired');
  if (!content.examiners.length) need('content.examiners', 'filing.submit.examinersRequired');
  content.examiners.forEach((examiner, index) => {
    const covered = scope.filter((row) => row.occupationCode === examiner.occupationCode).map((row) => row.level);
    const outside = examiner.levels.filter((level) => !covered.includes(level));
    if (outside.length) need(`content.examiners.${index}.levels`, 'filing.submit.examinerOutsideScope', { name: examiner.name, levels: outside.join('、') });
  });
  if (!content.supervisors.length) need('content.supervisors', 'filing.submit.supervisorRequired');
  if (!content.sites.length) need('content.sites', 'filing.submit.siteRequired');
  content.sites.forEach((site, index) => {
    if (!site.rooms.length) need(`content.sites.${index}.rooms`, 'filing.submit.roomRequired', { site: site.name });
    site.rooms.forEach((room, roomIndex) => {
      if (!room.videoMonitoring) need(`content.sites.${index}.rooms.${roomIndex}.videoMonitoring`, 'filing.submit.videoRequired', { site: site.name, room: room.name });
    });
  });
  if (!content.itemBankSource) need('content.itemBankSource', 'filing.submit.itemBankRequired');
  if (!content.managementRules) need('content.managementRules', 'filing.submit.rulesRequired');
  if (category === 'employer' && !content.employerCommitment) need('content.employerCommitment', 'filing.submit.commitmentRequired');
  if (problems.length) throw validation(problems);
}
