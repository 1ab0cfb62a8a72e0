import { addDays, addYears, type IsoDate } from './dates.ts';
import type { LocalizedText } from './locale.ts';

/*
 * 新八级工 appointments (评聘): 特级技师 and 首席技师 are posts an employer gives its own skilled
 * workers for a term, above the five certificate levels (docs/domain.md "新八级工 appointments").
 * Pure rules: what a candidate must hold, how many posts an enterprise may fill, and a term's dates.
 */

/** 特级技师 (special) and 首席技师 (chief), in the order of the ladder. */
export const APPOINTMENT_TITLES = ['special', 'chief'] as const;
export type AppointmentTitle = (typeof APPOINTMENT_TITLES)[number];

export const APPOINTMENT_TITLE_LABELS: Record<AppointmentTitle, LocalizedText> = {
  special: { 'zh-CN': '特级技师', 'en-US': 'Special-grade technician' },
  chief: { 'zh-CN': '首席技师', 'en-US': 'Chief technician' },
};

/**
 * active → renewed (a new term follows), expired (the term ran out, by the daily job) or
 * terminated (ended early with a reason). Only `active` holds the post.
 */
export const APPOINTMENT_STATUSES = ['active', 'renewed', 'expired', 'terminated'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/**
 * The achievement a 特级技师 must show besides the certificate (one is enough, with its proof):
 * the kinds the provinces' rules name (鲁人社字〔2020〕77号; Jiangsu 2025; XPCC 2025).
 */
export const MERIT_KINDS = ['competition', 'honour', 'innovation', 'mentoring', 'standard'] as const;
export type MeritKind = (typeof MERIT_KINDS)[number];

export const MERIT_KIND_LABELS: Record<MeritKind, LocalizedText> = {
  competition: { 'zh-CN': '省级以上职业技能竞赛获奖', 'en-US': 'Prize in a provincial or national skills competition' },
  honour: { 'zh-CN': '获得技术能手、劳动模范等省部级以上荣誉', 'en-US': 'Provincial or national honour (技术能手, 劳动模范…)' },
  innovation: { 'zh-CN': '技术革新、攻关或专利取得显著效益', 'en-US': 'Technical innovation or patent with proven benefit' },
  mentoring: { 'zh-CN': '带徒传技，培养高级工以上技能人才成效显著', 'en-US': 'Trained apprentices up to senior worker or above' },
  standard: { 'zh-CN': '参与制定国家或行业标准、规范', 'en-US': 'Co-authored a national or industry standard' },
};

/** The dated parameters an appointment is judged by (`appointments.*` in PARAMETER_DEFAULTS). */
export interface AppointmentRules {
  /** Full years a valid 高级技师 (level 1) certificate must have been held before a 特级技师 appointment. */
  specialMinYears: number;
  /** 特级技师 posts as a percentage of the enterprise's employees holding a valid 高级技师 certificate (at least 1 when any do). */
  specialQuotaPercent: number;
  /** 首席技师 posts per enterprise. */
  chiefMaxPerEnterprise: number;
  /** Length of a term in years. */
  termYears: number;
}

/** A certificate the platform issued (only those count: a declared one cannot be verified). */
export interface PlatformCertificate {
  occupationCode: string;
  level: number;
  issueDate: IsoDate;
  status: 'valid' | 'revoked' | 'replaced';
}

export interface MeritClaim {
  kind: MeritKind;
  evidenceFileIds: readonly string[];
}

export interface AppointmentQuota {
  title: AppointmentTitle;
  /** Employees holding a valid level-1 certificate (what the 特级 quota is a share of). */
  qualified: number;
  limit: number;
  /** Posts held now (active appointments of the title). */
  used: number;
}

/** What a decision on one appointment looks at, all read in the transaction that writes it. */
export interface AppointmentFacts {
  title: AppointmentTitle;
  occupationCode: string;
  /** The first day of the term. */
  on: IsoDate;
  /** The occupation has a level 1 (高级技师) in force in the catalogue. */
  occupationHasLevel1: boolean;
  /** A recorded employee relation with the enterprise covers the first day. */
  employed: boolean;
  certificates: readonly PlatformCertificate[];
  merits: readonly MeritClaim[];
  /** For 首席: the person holds an active 特级技师 post of this enterprise in this occupation. */
  currentSpecial: boolean;
  /** The person already holds this title at the enterprise (a renewal excludes the term it renews). */
  alreadyHolds: boolean;
  quota: AppointmentQuota;
}

/** One reason an appointment is refused: a message key (`appointment.problem.<code>`) and its parameters. */
export interface AppointmentProblem {
  code: 'occupationWithoutLevel1' | 'notEmployed' | 'noLevel1' | 'heldTooShort' | 'noMerit' | 'meritWithoutEvidence' | 'notSpecial' | 'alreadyHolds' | 'quotaFull';
  params: Record<string, string>;
}

/** Whole years from one date to another (a year is complete on the same month and day). */
export function fullYearsBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return 0;
  let years = Math.max(0, Number(to.slice(0, 4)) - Number(from.slice(0, 4)) - 1);
  while (addYears(from, years + 1) <= to) years += 1;
  return years;
}

/** The earliest valid level-1 certificate in the occupation: the one that has been held longest. */
export function earliestLevel1<C extends PlatformCertificate>(certificates: readonly C[], occupationCode: string): C | null {
  const held = certificates.filter((c) => c.status === 'valid' && c.level === 1 && c.occupationCode === occupationCode);
  return held.sort((a, b) => a.issueDate.localeCompare(b.issueDate))[0] ?? null;
}

/**
 * How many posts of a title an enterprise may fill: 特级 a share of its employees with a valid
 * 高级技师 certificate, rounded down but at least 1 when any qualify (none when nobody does);
 * 首席 a fixed number.
 */
export function appointmentQuotaLimit(title: AppointmentTitle, qualified: number, rules: AppointmentRules): number {
  if (title === 'chief') return rules.chiefMaxPerEnterprise;
  if (qualified <= 0) return 0;
  return Math.max(1, Math.floor((qualified * rules.specialQuotaPercent) / 100));
}

/**
 * Every reason the appointment cannot be made, in the order a person reads them (all of them, not
 * the first): occupation, employment, certificate and years, merit, 特级 for 首席, title held, quota.
 * An empty list means it may be made.
 */
export function appointmentProblems(facts: AppointmentFacts, rules: AppointmentRules): AppointmentProblem[] {
  const problems: AppointmentProblem[] = [];
  if (!facts.occupationHasLevel1) problems.push({ code: 'occupationWithoutLevel1', params: { occupation: facts.occupationCode } });
  if (!facts.employed) problems.push({ code: 'notEmployed', params: { date: facts.on } });
  if (facts.title === 'special') {
    const certificate = earliestLevel1(facts.certificates, facts.occupationCode);
    if (!certificate) problems.push({ code: 'noLevel1', params: { occupation: facts.occupationCode } });
    else {
      const years = fullYearsBetween(certificate.issueDate, facts.on);
      if (years < rules.specialMinYears) {
        problems.push({
          code: 'heldTooShort',
          params: { years: String(years), required: String(rules.specialMinYears), since: certificate.issueDate, until: addYears(certificate.issueDate, rules.specialMinYears) },
        });
      }
    }
    if (!facts.merits.length) problems.push({ code: 'noMerit', params: {} });
    else if (!facts.merits.some((m) => m.evidenceFileIds.length > 0)) problems.push({ code: 'meritWithoutEvidence', params: {} });
  } else if (!facts.currentSpecial) problems.push({ code: 'notSpecial', params: { occupation: facts.occupationCode } });
  if (facts.alreadyHolds) problems.push({ code: 'alreadyHolds', params: {} });
  if (facts.quota.used >= facts.quota.limit) {
    problems.push({ code: 'quotaFull', params: { used: String(facts.quota.used), limit: String(facts.quota.limit), qualified: String(facts.quota.qualified) } });
  }
  return problems;
}

/** A term of N years from its first day, inclusive: 2026-01-01 for 3 years ends 2028-12-31. */
export function termEnd(start: IsoDate, years: number): IsoDate {
  return addDays(addYears(start, years), -1);
}

/** A renewal's term starts the day after the term it renews ends, so the post has no gap. */
export function renewalStart(previousEnd: IsoDate): IsoDate {
  return addDays(previousEnd, 1);
}

/** 学徒工: an enterprise's apprentice, from a start date until completion. */
export const APPRENTICESHIP_STATUSES = ['in_progress', 'completed'] as const;
export type ApprenticeshipStatus = (typeof APPRENTICESHIP_STATUSES)[number];
