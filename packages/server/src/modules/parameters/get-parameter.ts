import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { PARAMETER_DEFAULTS, parameterPerOccupation, shanghaiDate, type IsoDate, type ParameterKey, type ParameterValueOf } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { parameters } from '../../platform/db/schema.ts';

/**
 * The value of a rule parameter in force on a date (today in Shanghai by default). For a
 * parameter an occupation may set for itself, the occupation's value in force wins over the
 * city's, whatever their dates.
 */
export async function getParameter<K extends ParameterKey>(
  ctx: ServiceContext,
  key: K,
  on: IsoDate = shanghaiDate(ctx.now()),
  options: { occupationCode?: string } = {},
): Promise<ParameterValueOf<K>> {
  const scopes = options.occupationCode && parameterPerOccupation(key) ? ['', options.occupationCode] : [''];
  const [row] = await ctx.db
    .select({ value: parameters.value })
    .from(parameters)
    .where(and(eq(parameters.key, key), inArray(parameters.occupationCode, scopes), lte(parameters.effectiveFrom, on)))
    .orderBy(sql`${parameters.occupationCode} = '' asc`, desc(parameters.effectiveFrom))
    .limit(1);
  return (row ? row.value : PARAMETER_DEFAULTS[key].value) as ParameterValueOf<K>;
}
