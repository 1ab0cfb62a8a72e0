import type { LocalizedText } from './locale.ts';
/** National skill levels: 5 = 五级/初级工 … 1 = 一级/高级技师. */
export const LEVELS = [5, 4, 3, 2, 1] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, LocalizedText> = {
  5: { 'zh-CN': '五级/初级工', 'en-US': 'Level 5 / Junior worker' },
  4: { 'zh-CN': '四级/中级工', 'en-US': 'Level 4 / Intermediate worker' },
  3: { 'zh-CN': '三级/高级工', 'en-US': 'Level 3 / Senior worker' },
  2: { 'zh-CN': '二级/技师', 'en-US': 'Level 2 / Technician' },
  1: { 'zh-CN': '一级/高级技师', 'en-US': 'Level 1 / Senior technician' },
};

export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && (LEVELS as readonly number[]).includes(value);
}
