import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import { canListScores } from '@jiping/domain';
import { ScoreCorrectionQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { scoreCorrections } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { decodeInstantCursor, encodeInstantCursor } from '../../platform/cursor.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { correctionSelect, toCorrectionView } from './correction-view.ts';
import { visibleTo } from './visible-to.ts';

/**
 * Corrections of locked scores, newest first, in the reader's scope: the city all of them, a
 * district its institutions', an administrator their institution's, anyone the ones they asked
 * for. The history stays: approved and rejected requests are listed as well as open ones.
 * Keyset-paged by (requested at, id), so a district's whole history can be read page by page.
 */
export async function listScoreCorrections({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof ScoreCorrectionQuery> }) {
  const query = parseInput(ScoreCorrectionQuery, input, ctx.locale, 'query');
  const actor = ctx.actor;
  assertAllowed(canListScores(actor));
  const conditions: SQL[] = [visibleTo(actor, scoreCorrections, actor.kind === 'user' ? eq(scoreCorrections.requestedBy, actor.userId) : undefined)];
  if (query.status) conditions.push(eq(scoreCorrections.status, query.status));
  if (query.sessionId) conditions.push(eq(scoreCorrections.sessionId, query.sessionId));
  const after = decodeInstantCursor(query.cursor);
  if (after) conditions.push(or(lt(scoreCorrections.requestedAt, after.at), and(eq(scoreCorrections.requestedAt, after.at), lt(scoreCorrections.id, after.id)))!);
  const rows = await correctionSelect(ctx.db)
    .where(and(...conditions))
    .orderBy(desc(scoreCorrections.requestedAt), desc(scoreCorrections.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1)?.correction;
  return {
    items: page.map((row) => toCorrectionView(actor, row)),
    nextCursor: rows.length > query.limit && last ? encodeInstantCursor(last.requestedAt, last.id) : null,
  };
}
