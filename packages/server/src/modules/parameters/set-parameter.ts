import { cataloguePolicy, PARAMETER_DEFAULTS, parameterChoices, parameterPerOccupation, shanghaiDate, type ParameterKey } from '@jiping/domain';
import { SetParameterBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { parameters } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';

/** The value has the parameter's shape (a number, a list of numbers, a rule set), or is one of its words. */
function fitsShape(key: ParameterKey, value: unknown): boolean {
  const choices = parameterChoices(key);
  if (choices) return typeof value === 'string' && choices.includes(value);
  return shapeOf(PARAMETER_DEFAULTS[key].value) === shapeOf(value);
}

/**
 * Adds a value of a rule parameter taking effect on a date, for the city or (where the parameter
 * allows it) for one occupation. Past dates are refused: a decision already taken keeps the rule
 * it was taken under.
 */
export async function setParameter({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof SetParameterBody> }) {
  assertAllowed(cataloguePolicy(ctx.actor, 'editParameters'));
  const body = parseInput(SetParameterBody, input, ctx.locale);
  const key = body.key as ParameterKey;
  if (!fitsShape(key, body.value)) {
    const choices = parameterChoices(key);
    throw validation([{ field: 'value', code: 'shape', messageKey: choices ? 'parameter.choices' : 'parameter.shape', params: choices ? { choices: choices.join(', ') } : {} }]);
  }
  if (body.occupationCode && !parameterPerOccupation(key)) throw validation([{ field: 'occupationCode', code: 'city_only', messageKey: 'parameter.cityOnly' }]);
  if (body.effectiveFrom < shanghaiDate(ctx.now())) throw new AppError('VALIDATION', 'parameter.pastDate');
  return withTransaction(ctx, async (tx) => {
    const row = {
      key: body.key,
      occupationCode: body.occupationCode ?? '',
      value: body.value,
      effectiveFrom: body.effectiveFrom,
      reason: body.reason,
      setBy: ctx.actor.kind === 'user' ? ctx.actor.username : 'system',
      createdAt: tx.now(),
    };
    const inserted = await tx.db.insert(parameters).values(row).onConflictDoNothing().returning();
    if (!inserted.length) throw new AppError('CONFLICT', 'parameter.exists', { date: body.effectiveFrom });
    const entityId = row.occupationCode ? `${body.key}:${row.occupationCode}@${body.effectiveFrom}` : `${body.key}@${body.effectiveFrom}`;
    await appendAudit(tx, { action: 'parameter.set', entityType: 'parameter', entityId, after: row, detail: { reason: body.reason } });
    return row;
  });
}

/** A number, a list of numbers, a word or a rule set: a value must keep the shape of its parameter's default. */
function shapeOf(value: unknown): 'number' | 'list' | 'word' | 'rules' {
  return typeof value === 'number' ? 'number' : typeof value === 'string' ? 'word' : Array.isArray(value) ? 'list' : 'rules';
}
