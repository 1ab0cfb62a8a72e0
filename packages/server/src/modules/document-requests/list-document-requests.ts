import { and, eq, lt, or, sql } from 'drizzle-orm';
import { canListSupervisionRequests, shanghaiDate } from '@jiping/domain';
import { DocumentRequestListQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { documentRequests } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { decodeInstantCursor, encodeInstantCursor } from '../../platform/cursor.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { followUpScopeWhere } from '../rectifications/index.ts';
import { requestSummaries } from './request-view.ts';

const overdueNow = (today: string) => and(eq(documentRequests.status, 'open'), lt(documentRequests.deadline, today));

/** Document requests the reader may see (as for rectification orders), filtered and keyset-paged, newest first. */
export async function listDocumentRequests({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof DocumentRequestListQuery> }) {
  assertAllowed(canListSupervisionRequests(ctx.actor));
  const query = parseInput(DocumentRequestListQuery, input, ctx.locale);
  const after = decodeInstantCursor(query.cursor);
  const today = shanghaiDate(ctx.now());
  const where = and(
    followUpScopeWhere(ctx.actor, { institutionId: documentRequests.institutionId, districtCode: documentRequests.districtCode, inspectionId: documentRequests.inspectionId }),
    query.status ? eq(documentRequests.status, query.status) : undefined,
    query.overdue === 'true' ? overdueNow(today) : query.overdue === 'false' ? sql`not (${overdueNow(today)})` : undefined,
    query.district ? eq(documentRequests.districtCode, query.district) : undefined,
    query.institutionId ? eq(documentRequests.institutionId, query.institutionId) : undefined,
    query.inspectionId ? eq(documentRequests.inspectionId, query.inspectionId) : undefined,
    after ? or(lt(documentRequests.createdAt, after.at), and(eq(documentRequests.createdAt, after.at), lt(documentRequests.id, after.id))) : undefined,
  );
  const rows = await requestSummaries(ctx, where, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > query.limit && last ? encodeInstantCursor(new Date(last.createdAt), last.id) : null };
}
