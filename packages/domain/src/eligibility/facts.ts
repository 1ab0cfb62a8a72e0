import type { IsoDate } from '../dates.ts';
import type { Level } from '../levels.ts';
import type { DiplomaKind, TitleRank } from './types.ts';

/**
 * A stretch of work in one occupation. It runs from `from` up to `to` the way an age runs from a
 * birthday: 2020-03-02 to 2024-03-02 is exactly 4 years. `to` null means still working.
 */
export interface WorkPeriod {
  occupationCode: string;
  from: IsoDate;
  to: IsoDate | null;
}

export interface HeldCertificate {
  occupationCode: string;
  level: Level;
  issuedOn: IsoDate;
}

/** `graduatedOn` null (or later than the evaluation date) means not graduated yet. */
export interface Diploma {
  kind: DiplomaKind;
  major: string;
  graduatedOn: IsoDate | null;
  finalYear: boolean;
}

/** Only titles that correspond to the occupation under the standard's mapping belong here. */
export interface ProfessionalTitle {
  rank: TitleRank;
  obtainedOn: IsoDate;
}

/** What a candidate has declared and proven, as the engine needs it. */
export interface CandidateFacts {
  birthDate: IsoDate;
  workPeriods: readonly WorkPeriod[];
  certificates: readonly HeldCertificate[];
  diplomas: readonly Diploma[];
  titles: readonly ProfessionalTitle[];
  apprenticeshipCompletedOn: IsoDate | null;
}

/** The occupation applied for, what the standard counts as related, and the date judged on. */
export interface EvaluationContext {
  occupationCode: string;
  relatedOccupationCodes: readonly string[];
  /** Major names (exact, after trimming) that count as this or a related major. */
  relatedMajors: readonly string[];
  evaluationDate: IsoDate;
}
