import { LEVEL_LABELS, type Level, type LocalizedText } from '@jiping/domain';

/** What every results message says of its plan: the institution, occupation, 工种 and level, in either language. */
export function planParams(plan: { institutionName: string; occupationName: string; workType: string; level: number }): Record<string, string | LocalizedText> {
  return { institution: plan.institutionName, occupation: plan.occupationName, workType: plan.workType ? `（${plan.workType}）` : '', level: LEVEL_LABELS[plan.level as Level] };
}
