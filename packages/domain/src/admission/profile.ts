import { addYears, type IsoDate } from '../dates.ts';
import type { Level } from '../levels.ts';
import type { CandidateFacts } from '../eligibility/facts.ts';
import type { DiplomaKind, TitleRank } from '../eligibility/types.ts';

/** What a person declares about themself; each entry may point at uploaded evidence files. */
export interface ProfileWork {
  occupationCode: string;
  employer: string;
  from: IsoDate;
  to: IsoDate | null;
  evidenceFileIds: string[];
}

export interface ProfileCertificate {
  occupationCode: string;
  level: Level;
  number: string;
  issuedOn: IsoDate;
  evidenceFileIds: string[];
}

export interface ProfileDiploma {
  kind: DiplomaKind;
  major: string;
  school: string;
  graduatedOn: IsoDate | null;
  finalYear: boolean;
  evidenceFileIds: string[];
}

export interface ProfileTitle {
  rank: TitleRank;
  name: string;
  obtainedOn: IsoDate;
  evidenceFileIds: string[];
}

export interface PersonProfile {
  workHistory: ProfileWork[];
  certificates: ProfileCertificate[];
  diplomas: ProfileDiploma[];
  titles: ProfileTitle[];
  apprenticeshipCompletedOn: IsoDate | null;
}

export const EMPTY_PROFILE: PersonProfile = { workHistory: [], certificates: [], diplomas: [], titles: [], apprenticeshipCompletedOn: null };

export interface ProfileProblem {
  field: string;
  code: string;
  params?: Record<string, string>;
}

/**
 * Declarations that cannot be true. Work periods are full-time jobs as social insurance records
 * them, so two that overlap mean one of them is wrong; work before the 16th birthday is not
 * lawful employment; nothing can end, be issued or be obtained after today.
 */
export function profileProblems(profile: PersonProfile, birthDate: IsoDate, today: IsoDate): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const sixteen = addYears(birthDate, 16);
  profile.workHistory.forEach((work, index) => {
    const field = `workHistory.${index}`;
    if (work.to && work.to < work.from) problems.push({ field: `${field}.to`, code: 'profile.work.order' });
    if (work.from > today) problems.push({ field: `${field}.from`, code: 'profile.future' });
    if (work.to && work.to > today) problems.push({ field: `${field}.to`, code: 'profile.future' });
    if (work.from < sixteen) problems.push({ field: `${field}.from`, code: 'profile.work.underage', params: { date: sixteen } });
  });
  const periods = profile.workHistory
    .map((work, index) => ({ index, from: work.from, to: work.to ?? today }))
    .filter((p) => p.to >= p.from)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.index - b.index));
  for (let i = 1; i < periods.length; i += 1) {
    const previous = periods[i - 1]!;
    const current = periods[i]!;
    // Ends are exclusive (a job ending on 03-01 and the next starting 03-01 do not overlap).
    if (current.from < previous.to) {
      problems.push({ field: `workHistory.${current.index}.from`, code: 'profile.work.overlap', params: { other: String(previous.index + 1) } });
    }
  }
  profile.certificates.forEach((certificate, index) => {
    if (certificate.issuedOn > today) problems.push({ field: `certificates.${index}.issuedOn`, code: 'profile.future' });
    if (certificate.issuedOn < sixteen) problems.push({ field: `certificates.${index}.issuedOn`, code: 'profile.certificate.underage', params: { date: sixteen } });
  });
  profile.diplomas.forEach((diploma, index) => {
    if (diploma.graduatedOn && diploma.graduatedOn > today && !diploma.finalYear) problems.push({ field: `diplomas.${index}.graduatedOn`, code: 'profile.future' });
    if (diploma.graduatedOn && diploma.graduatedOn < birthDate) problems.push({ field: `diplomas.${index}.graduatedOn`, code: 'profile.beforeBirth' });
  });
  profile.titles.forEach((title, index) => {
    if (title.obtainedOn > today) problems.push({ field: `titles.${index}.obtainedOn`, code: 'profile.future' });
  });
  if (profile.apprenticeshipCompletedOn && profile.apprenticeshipCompletedOn > today) problems.push({ field: 'apprenticeshipCompletedOn', code: 'profile.future' });
  return problems;
}

/** The engine's view of a profile. */
export function candidateFacts(birthDate: IsoDate, profile: PersonProfile): CandidateFacts {
  return {
    birthDate,
    workPeriods: profile.workHistory.map(({ occupationCode, from, to }) => ({ occupationCode, from, to })),
    certificates: profile.certificates.map(({ occupationCode, level, issuedOn }) => ({ occupationCode, level, issuedOn })),
    diplomas: profile.diplomas.map(({ kind, major, graduatedOn, finalYear }) => ({ kind, major, graduatedOn, finalYear })),
    titles: profile.titles.map(({ rank, obtainedOn }) => ({ rank, obtainedOn })),
    apprenticeshipCompletedOn: profile.apprenticeshipCompletedOn,
  };
}

export const APPLICATION_KINDS = ['first', 'promotion'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

/**
 * 晋级认定 when the person already holds a lower level of the same occupation, 初次认定 otherwise.
 * Derived, not declared, so the statistics cannot be gamed by a checkbox.
 */
export function applicationKind(profile: PersonProfile, occupationCode: string, level: Level): ApplicationKind {
  return profile.certificates.some((c) => c.occupationCode === occupationCode && c.level > level) ? 'promotion' : 'first';
}
