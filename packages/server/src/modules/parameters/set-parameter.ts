import { cataloguePolicy, PARAMETER_DEFAULTS, shanghaiDate } from '@jiping/domain';
import { SetParameterBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { parameters } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';

/**
 * Adds a value of a rule parameter taking effect on a date. Past dates are refused: a decision
 * already taken keeps the rule it was taken under.
 */
export async function setParameter({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof SetParameterBody> }) {
  assertAllowed(cataloguePolicy(ctx.actor, 'editParameters'));
  const body = parseInput(SetParameterBody, input, ctx.locale);
  const defaults = PARAMETER_DEFAULTS[body.key as keyof typeof PARAMETER_DEFAULTS].value;
  if (shapeOf(defaults) !== shapeOf(body.value)) throw validation([{ field: 'value', code: 'shape', messageKey: 'parameter.shape' }]);
  if (body.effectiveFrom < shanghaiDate(ctx.now())) throw new AppError('VALIDATION', 'parameter.pastDate');
  return withTransaction(ctx, async (tx) => {
    const row = { key: body.key, value: body.value, effectiveFrom: body.effectiveFrom, reason: body.reason, setBy: ctx.actor.kind === 'user' ? ctx.actor.username : 'system', createdAt: tx.now() };
    const inserted = await tx.db.insert(parameters).values(row).onConflictDoNothing().returning();
    if (!inserted.length) throw new AppError('CONFLICT', 'parameter.exists', { date: body.effectiveFrom });
    await appendAudit(tx, { action: 'parameter.set', entityType: 'parameter', entityId: `${body.key}@${body.effectiveFrom}`, after: row, detail: { reason: body.reason } });
    return row;
  });
}

/** A number, a list of numbers or a rule set: a value must keep the shape of its parameter's default. */
function shapeOf(value: unknown): 'number' | 'list' | 'rules' {
  return typeof value === 'number' ? 'number' : Array.isArray(value) ? 'list' : 'rules';
}
