export * from './types.ts';
export * from './facts.ts';
export * from './result.ts';
export * from './calendar.ts';
export * from './work-years.ts';
export * from './evaluate-eligibility.ts';
export * from './templates.ts';
export * from './occupation-rule-set.ts';
