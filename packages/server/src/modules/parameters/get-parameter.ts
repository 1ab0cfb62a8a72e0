import { and, desc, eq, lte } from 'drizzle-orm';
import { PARAMETER_DEFAULTS, shanghaiDate, type IsoDate, type ParameterKey, type StaffingRulesParameter } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { parameters } from '../../platform/db/schema.ts';

type Default<K extends ParameterKey> = (typeof PARAMETER_DEFAULTS)[K]['value'];
type ValueOf<K extends ParameterKey> = Default<K> extends readonly number[] ? number[] : Default<K> extends number ? number : StaffingRulesParameter;

/** The value of a rule parameter in force on a date (today in Shanghai by default). */
export async function getParameter<K extends ParameterKey>(ctx: ServiceContext, key: K, on: IsoDate = shanghaiDate(ctx.now())): Promise<ValueOf<K>> {
  const [row] = await ctx.db
    .select({ value: parameters.value })
    .from(parameters)
    .where(and(eq(parameters.key, key), lte(parameters.effectiveFrom, on)))
    .orderBy(desc(parameters.effectiveFrom))
    .limit(1);
  return (row ? row.value : PARAMETER_DEFAULTS[key].value) as ValueOf<K>;
}
