import { asc } from 'drizzle-orm';
import { PARAMETER_DEFAULTS, PARAMETER_KEYS, type ParameterValue } from '@jiping/domain';
import type { ParameterValueView } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { parameters } from '../../platform/db/schema.ts';
import { getParameter } from './get-parameter.ts';

/** Each parameter with its default and source, the city's value in force today, and every dated value (occupations' own included). */
export async function listParameters({ ctx }: { ctx: ServiceContext }) {
  const rows = await ctx.db.select().from(parameters).orderBy(asc(parameters.key), asc(parameters.occupationCode), asc(parameters.effectiveFrom));
  return Promise.all(
    PARAMETER_KEYS.map(async (key) => ({
      key,
      defaultValue: copy(PARAMETER_DEFAULTS[key].value),
      source: PARAMETER_DEFAULTS[key].source,
      current: copy((await getParameter(ctx, key)) as ParameterValue),
      history: rows
        .filter((r) => r.key === key)
        .map((r) => ({ effectiveFrom: r.effectiveFrom, occupationCode: r.occupationCode, value: r.value as ParameterValueView, reason: r.reason, setBy: r.setBy })),
    })),
  );
}

function copy(value: ParameterValue): ParameterValueView {
  return typeof value === 'number' || typeof value === 'string' ? value : Array.isArray(value) ? [...(value as readonly number[])] : (structuredClone(value) as ParameterValueView);
}
