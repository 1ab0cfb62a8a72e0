import { LEVEL_LABELS, type Level } from '../levels.ts';
import type { Span } from './calendar.ts';
import type { EvaluationContext } from './facts.ts';
import type { LocalizedText } from './types.ts';

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** "4 年 2 个月" / "4 years 2 months"; days only when there are some. */
export function spanText(span: Span): LocalizedText {
  return {
    'zh-CN': `${span.years} 年 ${span.months} 个月${span.days ? ` ${span.days} 天` : ''}`,
    'en-US': `${plural(span.years, 'year')} ${plural(span.months, 'month')}${span.days ? ` ${plural(span.days, 'day')}` : ''}`,
  };
}

export function yearsText(years: number): LocalizedText {
  return { 'zh-CN': `${years} 年`, 'en-US': plural(years, 'year') };
}

/** Which occupations a predicate looks at. */
export function scopeText(related: boolean): LocalizedText {
  return related ? { 'zh-CN': '本职业（或相关职业）', 'en-US': 'this or a related occupation' } : { 'zh-CN': '本职业', 'en-US': 'this occupation' };
}

/** The occupation of one record, as the candidate will recognise it. */
export function occupationText(occupationCode: string, context: EvaluationContext): LocalizedText {
  return occupationCode === context.occupationCode ? { 'zh-CN': '本职业', 'en-US': 'this occupation' } : { 'zh-CN': `相关职业（${occupationCode}）`, 'en-US': `related occupation ${occupationCode}` };
}

export function levelText(level: Level): LocalizedText {
  return LEVEL_LABELS[level];
}

export function occupationCodes(related: boolean | undefined, context: EvaluationContext): string[] {
  return related ? [context.occupationCode, ...context.relatedOccupationCodes] : [context.occupationCode];
}

/** "a junior …", "an intermediate …". */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

export function yesNo(value: boolean): 'yes' | 'no' {
  return value ? 'yes' : 'no';
}
