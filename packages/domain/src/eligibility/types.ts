import type { Level } from '../levels.ts';

import type { LocalizedText } from '../locale.ts';

export type { LocalizedText };

/** Diploma kinds named by the national standards' eligibility clauses. */
export const DIPLOMA_KINDS = ['junior_technical', 'senior_technical', 'preparatory_technician', 'secondary_vocational', 'college', 'bachelor', 'master_or_above'] as const;
export type DiplomaKind = (typeof DIPLOMA_KINDS)[number];

export const DIPLOMA_KIND_LABELS: Record<DiplomaKind, LocalizedText> = {
  junior_technical: { 'zh-CN': '技工学校（中级工班）', 'en-US': 'technical school (intermediate class)' },
  senior_technical: { 'zh-CN': '高级技工学校/技师学院（高级工班）', 'en-US': 'senior technical school (senior class)' },
  preparatory_technician: { 'zh-CN': '技师学院（预备技师/技师班）', 'en-US': 'technician college (preparatory technician class)' },
  secondary_vocational: { 'zh-CN': '中等职业学校', 'en-US': 'secondary vocational school' },
  college: { 'zh-CN': '大专/高职', 'en-US': 'junior college' },
  bachelor: { 'zh-CN': '本科', 'en-US': "bachelor's degree" },
  master_or_above: { 'zh-CN': '研究生', 'en-US': "master's degree or above" },
};

/** Professional title (职称) ranks, lowest first: a higher rank satisfies a lower requirement. */
export const TITLE_RANKS = ['junior', 'intermediate', 'senior'] as const;
export type TitleRank = (typeof TITLE_RANKS)[number];

export const TITLE_RANK_LABELS: Record<TitleRank, LocalizedText> = {
  junior: { 'zh-CN': '初级职称', 'en-US': 'junior professional title' },
  intermediate: { 'zh-CN': '中级职称', 'en-US': 'intermediate professional title' },
  senior: { 'zh-CN': '高级职称', 'en-US': 'senior professional title' },
};

export const STANDARD_VERSIONS = ['2018', '2023'] as const;
export type StandardVersion = (typeof STANDARD_VERSIONS)[number];

/**
 * One condition of a path. `related` widens an occupation condition from this occupation to this
 * or a related one; `years` is always whole calendar years counted up to the evaluation date.
 */
export type Predicate =
  | { kind: 'minAge'; years: number }
  | { kind: 'workYears'; years: number; related?: boolean }
  /** A certificate of `level` or higher, issued at least `years` before the evaluation date. */
  | { kind: 'holdsLevel'; level: Level; years: number; related?: boolean }
  | { kind: 'diploma'; diplomaKinds: readonly DiplomaKind[]; relatedMajor: boolean; finalYearAllowed: boolean }
  | { kind: 'title'; rank: TitleRank; years: number }
  | { kind: 'apprenticeship' };

export type PredicateKind = Predicate['kind'];

/** An alternative way to qualify: every predicate must hold. */
export interface Path {
  id: string;
  label: LocalizedText;
  all: readonly Predicate[];
}

/** Eligibility conditions of one standard generation (or one occupation's variant of it). */
export interface RuleSet {
  id: string;
  standardVersion: StandardVersion;
  label: LocalizedText;
  levels: Readonly<Record<Level, readonly Path[]>>;
}
