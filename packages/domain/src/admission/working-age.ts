import { addYears, type IsoDate } from '../dates.ts';
import type { LocalizedText } from '../locale.ts';
import { addMonths } from '../eligibility/calendar.ts';

export type Gender = 'male' | 'female';

/**
 * Statutory retirement date under the 2025 gradual reform (全国人大常委会《关于实施渐进式延迟
 * 法定退休年龄的决定》): from 2025-01 the original age (men 60, women 55 for the cadre track used
 * here) rises by one month for every four months later the original date falls, up to three
 * years. Women on the 50 track cannot be told apart from an ID card, so the later 55 track is
 * used: the check never refuses someone the law still counts as of working age.
 */
export function statutoryRetirementDate(birthDate: IsoDate, gender: Gender): IsoDate {
  const originalYears = gender === 'male' ? 60 : 55;
  const original = addYears(birthDate, originalYears);
  const monthsSinceStart = (Number(original.slice(0, 4)) - 2025) * 12 + Number(original.slice(5, 7)) - 1;
  if (monthsSinceStart < 0) return original;
  const delay = Math.min(36, Math.floor(monthsSinceStart / 4) + 1);
  return addMonths(original, delay);
}

export interface WorkingAgeCheck {
  passed: boolean;
  explanation: LocalizedText;
  facts: { birthDate: IsoDate; from: IsoDate; until: IsoDate | null };
}

/**
 * Social organisations evaluate people of working age: from the 16th birthday to the statutory
 * retirement date. Without a recorded gender the upper bound cannot be known and is not applied.
 */
export function checkWorkingAge(birthDate: IsoDate, gender: Gender | null, examDate: IsoDate): WorkingAgeCheck {
  const from = addYears(birthDate, 16);
  const until = gender ? statutoryRetirementDate(birthDate, gender) : null;
  const facts = { birthDate, from, until };
  if (examDate < from) {
    return { passed: false, facts, explanation: { 'zh-CN': `考试日期未满 16 周岁（${from} 年满）`, 'en-US': `Under 16 on the exam date (turns 16 on ${from})` } };
  }
  if (until && examDate >= until) {
    return { passed: false, facts, explanation: { 'zh-CN': `考试日期已达法定退休年龄（${until}）`, 'en-US': `Past the statutory retirement date (${until}) on the exam date` } };
  }
  return {
    passed: true,
    facts,
    explanation: until
      ? { 'zh-CN': `处于劳动年龄（${from} 至 ${until}）`, 'en-US': `Of working age (${from} to ${until})` }
      : { 'zh-CN': `已满 16 周岁（${from} 起）`, 'en-US': `Aged 16 or over (since ${from})` },
  };
}
