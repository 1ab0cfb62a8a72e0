import {
  addYears,
  checkIdNumber,
  normalizeIdNumber,
  profileProblems,
  residentIdBirthDate,
  residentIdGender,
  RELATION_CATEGORY,
  relationProblems,
  type DiplomaKind,
  type EmploymentType,
  type InstitutionCategory,
  type IsoDate,
  type Level,
  type PersonProfile,
  type RelationField,
  type RelationFields,
  type RelationKind,
} from '@jiping/domain';
import type { PERSON_ID_TYPES } from '@jiping/contracts';
import { COLUMN_HEADER, DIPLOMA_BY_LABEL, ID_TYPE_BY_LABEL, LEVEL_BY_LABEL, RELATION_BY_LABEL, type ImportColumn, type RawImportRow } from './columns.ts';

export interface RowProblem {
  column: ImportColumn;
  key: string;
  params?: Record<string, string>;
}

export interface ParsedRow {
  row: number;
  name: string;
  idType: (typeof PERSON_ID_TYPES)[number];
  idNumber: string;
  gender: 'male' | 'female' | null;
  birthDate: IsoDate;
  phone: string | null;
  attempt: 'regular' | 'resit';
  relation: {
    kind: RelationKind;
    employmentType: EmploymentType | null;
    employerName: string;
    validFrom: IsoDate;
    validUntil: IsoDate | null;
    agreementParty: string;
    graduationDate: IsoDate | null;
  };
  /** Declarations this row adds to the person's profile. */
  declared: PersonProfile;
}

const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** Accepts 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日 and 20240301; the calendar must agree. */
export function parseDate(text: string): IsoDate | null {
  const match = DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (!match) return null;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Where each relation field sits in the sheet, so a relation problem is reported against its column. */
const RELATION_FIELD_COLUMN: Record<RelationField, ImportColumn> = {
  employmentType: 'relation',
  employerName: 'employer',
  agreementId: 'agreementParty',
  graduationDate: 'graduationDate',
  validUntil: 'relationUntil',
};

const OCCUPATION_CODE = /^[1-8]-\d{2}-\d{2}-\d{2}$/;

/**
 * Checks one sheet row on its own (no database): every problem is reported, each against its
 * column, so the clerk fixes a row once. `today` is the import date in Shanghai.
 */
export function parseRow(row: number, raw: RawImportRow, category: InstitutionCategory, today: IsoDate): { parsed: ParsedRow | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const text = (column: ImportColumn) => (raw[column] ?? '').trim();
  const problem = (column: ImportColumn, key: string, params?: Record<string, string>) => problems.push({ column, key, ...(params ? { params } : {}) });
  const required = (column: ImportColumn) => {
    const value = text(column);
    if (!value) problem(column, 'import.required', { column: COLUMN_HEADER[column] });
    return value;
  };
  const optionalDate = (column: ImportColumn): IsoDate | null | undefined => {
    const value = text(column);
    if (!value) return null;
    const date = parseDate(value);
    if (!date) {
      problem(column, 'import.date', { value });
      return undefined;
    }
    return date;
  };

  const name = required('name');
  if (name.length > 50) problem('name', 'import.tooLong', { max: '50' });
  const idTypeText = required('idType');
  const idType = idTypeText ? ID_TYPE_BY_LABEL[idTypeText] : undefined;
  if (idTypeText && !idType) problem('idType', 'import.idType', { value: idTypeText });
  const idRaw = required('idNumber');
  let idNumber = '';
  let birthDate: IsoDate | null | undefined = null;
  let gender: 'male' | 'female' | null = null;
  if (idType && idRaw) {
    if (/^\d+(\.\d+)?e\+?\d+$/i.test(idRaw)) problem('idNumber', 'import.idAsNumber');
    else {
      idNumber = normalizeIdNumber(idType, idRaw);
      const idProblem = checkIdNumber(idType, idNumber, today);
      if (idProblem) problem('idNumber', `person.id.${idProblem}`);
      else if (idType === 'resident_id') {
        birthDate = residentIdBirthDate(idNumber);
        gender = residentIdGender(idNumber);
      }
    }
  }
  if (idType && idType !== 'resident_id') {
    birthDate = optionalDate('birthDate');
    if (birthDate === null) problem('birthDate', 'person.birthDateRequired');
    else if (birthDate && birthDate > today) problem('birthDate', 'person.id.futureBirthDate');
    const genderText = text('gender');
    gender = genderText === '男' ? 'male' : genderText === '女' ? 'female' : null;
    if (genderText && !gender) problem('gender', 'import.gender', { value: genderText });
  }
  const phone = text('phone') || null;
  if (phone && !/^1\d{10}$/.test(phone)) problem('phone', 'import.phone', { value: phone });
  const attemptText = text('attempt');
  const attempt = attemptText === '补考' ? 'resit' : 'regular';
  if (attemptText && attemptText !== '正考' && attemptText !== '补考') problem('attempt', 'import.attempt', { value: attemptText });

  const relationText = required('relation');
  const relation = relationText ? RELATION_BY_LABEL[relationText] : undefined;
  if (relationText && !relation) problem('relation', 'import.relation', { value: relationText });
  if (relation && RELATION_CATEGORY[relation.kind] !== category) {
    const allowed = Object.entries(RELATION_BY_LABEL)
      .filter(([, r]) => RELATION_CATEGORY[r.kind] === category)
      .map(([label]) => label);
    problem('relation', 'import.relationCategory', { value: relationText, allowed: allowed.join('、') });
  }
  const validFrom = optionalDate('relationFrom');
  if (validFrom === null) problem('relationFrom', 'import.required', { column: COLUMN_HEADER.relationFrom });
  const validUntil = optionalDate('relationUntil');
  const agreementParty = text('agreementParty');
  const graduationDate = optionalDate('graduationDate');
  const employerName = text('employer');
  if (relation) {
    // The same rules as the relation form and the single-relation API; a named party is looked
    // up once the row is valid (run-import), so here it only counts as "an agreement is cited".
    const fields: RelationFields = {
      employmentType: relation.employmentType,
      employerName,
      agreement: agreementParty ? 'unresolved' : null,
      graduationDate: graduationDate ?? null,
      validFrom: validFrom ?? '',
      validUntil: validFrom ? (validUntil ?? null) : null,
    };
    const unreadable = new Set(problems.map((p) => p.column));
    for (const p of relationProblems(relation.kind, fields)) {
      const column = RELATION_FIELD_COLUMN[p.field];
      if (!unreadable.has(column)) problem(column, p.messageKey, p.params);
    }
  }

  const declared: PersonProfile = { workHistory: [], certificates: [], diplomas: [], titles: [], apprenticeshipCompletedOn: null };
  const workFrom = optionalDate('workFrom');
  const workUntil = optionalDate('workUntil');
  if (workUntil && !workFrom) problem('workFrom', 'import.required', { column: COLUMN_HEADER.workFrom });
  const certificateColumns = (['certificateOccupation', 'certificateLevel', 'certificateDate'] as const).filter((c) => text(c));
  let certificate: PersonProfile['certificates'][number] | null = null;
  if (certificateColumns.length || text('certificateNumber')) {
    const occupationCode = required('certificateOccupation');
    if (occupationCode && !OCCUPATION_CODE.test(occupationCode)) problem('certificateOccupation', 'import.occupationCode', { value: occupationCode });
    const levelText = required('certificateLevel');
    const level = levelText ? LEVEL_BY_LABEL[levelText.replace(/\/.*$/, '')] : undefined;
    if (levelText && !level) problem('certificateLevel', 'import.level', { value: levelText });
    const issuedOn = optionalDate('certificateDate');
    if (issuedOn === null) problem('certificateDate', 'import.required', { column: COLUMN_HEADER.certificateDate });
    if (occupationCode && level && issuedOn) certificate = { occupationCode, level: level as Level, number: text('certificateNumber'), issuedOn, evidenceFileIds: [] };
  }
  const diplomaText = text('diplomaKind');
  const graduatedOn = optionalDate('graduatedOn');
  let diploma: PersonProfile['diplomas'][number] | null = null;
  if (diplomaText) {
    const kind: DiplomaKind | undefined = DIPLOMA_BY_LABEL[diplomaText];
    if (!kind) problem('diplomaKind', 'import.diplomaKind', { value: diplomaText });
    else if (graduatedOn !== undefined) {
      diploma = { kind, major: text('major'), school: '', graduatedOn, finalYear: graduatedOn !== null && graduatedOn > today, evidenceFileIds: [] };
    }
  }
  if (!name || !idType || !idNumber || !birthDate || !relation || !validFrom || validUntil === undefined || graduationDate === undefined || workFrom === undefined || workUntil === undefined) {
    return { parsed: null, problems };
  }
  if (workFrom) declared.workHistory.push({ occupationCode: '', employer: employerName, from: workFrom, to: workUntil, evidenceFileIds: [] });
  if (certificate) declared.certificates.push(certificate);
  if (diploma) declared.diplomas.push(diploma);
  // The same impossibilities the profile form refuses, reported against this row's columns.
  const checkable: PersonProfile = { ...declared, workHistory: declared.workHistory.map((w) => ({ ...w, occupationCode: '0-00-00-00' })) };
  for (const p of profileProblems(checkable, birthDate, today)) {
    const column: ImportColumn = p.field.startsWith('workHistory') ? (p.field.endsWith('.to') ? 'workUntil' : 'workFrom') : p.field.startsWith('certificates') ? 'certificateDate' : 'graduatedOn';
    problem(column, p.code, { item: COLUMN_HEADER[column], ...p.params });
  }
  if (validFrom < addYears(birthDate, 16) && relation.employmentType) problem('relationFrom', 'profile.work.underage', { date: addYears(birthDate, 16) });
  if (problems.length) return { parsed: null, problems };
  return {
    parsed: {
      row,
      name,
      idType,
      idNumber,
      gender,
      birthDate,
      phone,
      attempt,
      relation: { kind: relation.kind, employmentType: relation.employmentType, employerName, validFrom, validUntil, agreementParty, graduationDate },
      declared,
    },
    problems,
  };
}
