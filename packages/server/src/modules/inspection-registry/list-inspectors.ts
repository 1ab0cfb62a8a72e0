import { canAddInspectors, canReadSupervisionRegistries } from '@jiping/domain';
import { InspectorListQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { decodeNameCursor, findInspectors, inspectorDetail, nameOrderedPage } from './queries.ts';

/**
 * 执法检查人员名录: every supervising officer reads the whole registry (a draw may take inspectors
 * of other departments, e.g. to keep the local district out), filtered and paged by keyset.
 */
export async function listInspectors({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof InspectorListQuery> }) {
  assertAllowed(canReadSupervisionRegistries(ctx.actor));
  const query = parseInput(InspectorListQuery, input, ctx.locale, 'query');
  const rows = await findInspectors(ctx, query, { limit: query.limit + 1, after: decodeNameCursor(query.cursor) });
  return { ...nameOrderedPage(rows, query.limit, (i) => ({ name: i.name, id: i.id })), canCreate: canAddInspectors(ctx.actor).allowed };
}

export async function getInspector({ ctx, id }: { ctx: ServiceContext; id: string }) {
  assertAllowed(canReadSupervisionRegistries(ctx.actor));
  return inspectorDetail(ctx, id);
}
