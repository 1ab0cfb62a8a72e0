import type { Level } from '../levels.ts';
import type { DiplomaKind, Path, Predicate, TitleRank } from './types.ts';

/*
 * Shorthand for the shipped templates. The national texts say "本职业或相关职业" throughout, so
 * the occupation predicates built here always admit related occupations; an occupation that is
 * stricter overrides its paths with `occupationRuleSet`.
 */

export function path(id: string, zh: string, en: string, ...all: Predicate[]): Path {
  return { id, label: { 'zh-CN': zh, 'en-US': en }, all };
}

export function minAge(years: number): Predicate {
  return { kind: 'minAge', years };
}

export function work(years: number): Predicate {
  return { kind: 'workYears', years, related: true };
}

/** "取得 L 证书后，累计从事…满 N 年" is judged as N years since the certificate was issued. */
export function holds(level: Level, years: number): Predicate {
  return { kind: 'holdsLevel', level, years, related: true };
}

export function diploma(diplomaKinds: DiplomaKind[], options: { relatedMajor: boolean; finalYearAllowed: boolean }): Predicate {
  return { kind: 'diploma', diplomaKinds, ...options };
}

export function title(rank: TitleRank, years: number): Predicate {
  return { kind: 'title', rank, years };
}

export function apprenticeship(): Predicate {
  return { kind: 'apprenticeship' };
}
