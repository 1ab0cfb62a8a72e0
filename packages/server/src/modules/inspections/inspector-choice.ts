import type { Db } from '../../platform/db/client.ts';
import { validation } from '../../platform/errors.ts';
import { registryInspectors } from './queries.ts';

/**
 * The inspectors chosen for an inspection, checked against the registry: each once, each known and
 * active, none who declared a conflict with the institution (回避). Every problem is refused with
 * the names concerned, so the officer knows whom to replace.
 */
export async function checkInspectorChoice(db: Db, ids: readonly string[], institutionId: string) {
  const unique = [...new Set(ids)];
  if (unique.length !== ids.length) throw validation([{ field: 'inspectorIds', code: 'duplicate', messageKey: 'inspection.inspectorTwice' }]);
  const found = await registryInspectors(db, unique, institutionId);
  if (found.length !== unique.length) throw validation([{ field: 'inspectorIds', code: 'unknown', messageKey: 'inspection.inspectorUnknown' }]);
  const ordered = unique.map((id) => found.find((row) => row.id === id)!);
  const conflicted = ordered.filter((row) => row.conflicted).map((row) => row.name);
  const inactive = ordered.filter((row) => !row.active).map((row) => row.name);
  const errors = [
    ...(conflicted.length ? [{ field: 'inspectorIds', code: 'conflict', messageKey: 'inspection.inspectorConflicted', params: { names: conflicted.join('、') } }] : []),
    ...(inactive.length ? [{ field: 'inspectorIds', code: 'inactive', messageKey: 'inspection.inspectorInactive', params: { names: inactive.join('、') } }] : []),
  ];
  if (errors.length) throw validation(errors);
  return ordered;
}
