import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  json,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  APPOINTMENT_STATUSES,
  APPOINTMENT_TITLES,
  CERTIFICATE_EVENT_KINDS,
  NATIONAL_EXPORT_STATUSES,
  CERTIFICATE_STATUSES,
  CONFLICT_DECLARANTS,
  CONFLICT_KINDS,
  EXAM_COMPONENTS,
  EXAM_SESSION_STATUSES,
  FILING_KINDS,
  FILING_STATUSES,
  IDENTITY_CLAIM_STATUSES,
  IDENTITY_LOOKUP_OUTCOMES,
  INSTITUTION_CATEGORIES,
  OBJECTION_CONTACT_KINDS,
  OBJECTION_STATUSES,
  ORGANIZATION_KINDS,
  PLAN_STATUSES,
  REGISTRATION_STATUSES,
  REVOCATION_AUTHORITIES,
  RESULT_OUTCOMES,
  ROLES,
  SCORE_CORRECTION_STATUSES,
  SCORE_IMPORT_STATUSES,
  SESSION_DUTIES,
  STAFF_KINDS,
  SUBMISSION_STATUSES,
  RISK_CLASSES,
  DEPARTMENT_KINDS,
  DRAW_TASK_STATUSES,
  INSPECTION_KINDS,
  INSPECTION_STATUSES,
  INSPECTION_CONCLUSIONS,
  RECTIFICATION_STATUSES,
  SANCTION_KINDS,
  DOCUMENT_REQUEST_STATUSES,
  type ChecklistEntry,
  type ChecklistLine,
  type DrawCandidates,
  type DrawRecord,
  type DrawTaskScope,
  type InspectionMethod,
  type InspectorPoolFilter,
  type PublicationField,
  type RiskRatios,
  type AdmissionResult,
  type MeritKind,
  type PersonProfile,
  type RuleSetOverrides,
} from '@jiping/domain';
import type { CatalogueMessage } from '../i18n/messages.ts';

/*
 * The schema, one file per release of this foundation. Tables owned by institutions carry
 * `district_code` so they can be distributed by district later (Citus) without rewriting queries.
 * Every mutable row has `version` (optimistic locking) and is audited on change.
 */

export const roleEnum = pgEnum('role', ROLES);
export const institutionCategoryEnum = pgEnum('institution_category', INSTITUTION_CATEGORIES);
export const organizationKindEnum = pgEnum('organization_kind', ORGANIZATION_KINDS);
export const userStatusEnum = pgEnum('user_status', ['active', 'disabled']);
export const filingStatusEnum = pgEnum('filing_status', FILING_STATUSES);
export const filingKindEnum = pgEnum('filing_kind', FILING_KINDS);
export const planStatusEnum = pgEnum('plan_status', PLAN_STATUSES);
export const registrationStatusEnum = pgEnum('registration_status', REGISTRATION_STATUSES);
export const identityClaimStatusEnum = pgEnum('identity_claim_status', IDENTITY_CLAIM_STATUSES);
export const identityLookupOutcomeEnum = pgEnum('identity_lookup_outcome', IDENTITY_LOOKUP_OUTCOMES);
export const examComponentEnum = pgEnum('exam_component', EXAM_COMPONENTS);
export const examSessionStatusEnum = pgEnum('exam_session_status', EXAM_SESSION_STATUSES);
export const staffKindEnum = pgEnum('staff_kind', STAFF_KINDS);
export const sessionDutyEnum = pgEnum('session_duty', SESSION_DUTIES);
export const conflictKindEnum = pgEnum('conflict_kind', CONFLICT_KINDS);
export const conflictDeclarantEnum = pgEnum('conflict_declarant', CONFLICT_DECLARANTS);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

export const districts = pgTable('districts', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  sort: integer('sort').notNull(),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

export const occupations = pgTable(
  'occupations',
  {
    code: text('code').primaryKey(),
    nameZh: text('name_zh').notNull(),
    verified: boolean('verified').notNull().default(false),
    note: text('note').notNull().default(''),
    /** National occupational skill standard generation this occupation follows (decides eligibility). */
    standardVersion: text('standard_version').notNull().default('2018'),
    /** Per-level paths that replace the template's where this occupation's standard differs. */
    ruleSetOverrides: jsonb('rule_set_overrides').$type<RuleSetOverrides>(),
    /** What the standard counts as related occupations and majors for eligibility. */
    relatedOccupationCodes: text('related_occupation_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    relatedMajors: text('related_majors')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Withdrawn entries stay for the filings that cite them but admit no new scope or plans. */
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [check('occupations_code_format', sql`${t.code} ~ '^[1-8]-[0-9]{2}-[0-9]{2}-[0-9]{2}$'`)],
);

export const occupationWorkTypes = pgTable(
  'occupation_work_types',
  {
    occupationCode: text('occupation_code')
      .notNull()
      .references(() => occupations.code),
    name: text('name').notNull(),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.occupationCode, t.name] })],
);

export const occupationLevels = pgTable(
  'occupation_levels',
  {
    occupationCode: text('occupation_code')
      .notNull()
      .references(() => occupations.code),
    level: smallint('level').notNull(),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.occupationCode, t.level] }), check('occupation_levels_range', sql`${t.level} between 1 and 5`)],
);

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    creditCode: text('credit_code').notNull(),
    name: text('name').notNull(),
    kind: organizationKindEnum('kind').notNull(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    address: text('address').notNull(),
    legalRepresentative: text('legal_representative').notNull(),
    contactName: text('contact_name').notNull().default(''),
    /**
     * Before phones were sealed they were stored here in clear; `sealContactPhones` (run at every
     * start, it needs the key) moves them to the sealed column and empties this one. Never read
     * or written otherwise; dropped once every installation has started on this release.
     */
    legacyContactPhone: text('contact_phone').notNull().default(''),
    contactPhoneSealed: text('contact_phone_sealed'),
    contactPhoneMasked: text('contact_phone_masked').notNull().default(''),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('organizations_credit_code_key').on(t.creditCode)],
);

export const institutions = pgTable(
  'institutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    category: institutionCategoryEnum('category').notNull(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    /** 示范性社会培训评价组织, designated by the city. */
    demonstration: boolean('demonstration').notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('institutions_district_idx').on(t.districtCode, t.name, t.id)],
);

/**
 * A filing application (备案). `initial` creates the filed record; `amendment` and `renewal` point
 * at the filing they change through `baseFilingId` and are reviewed the same way.
 */
export const filings = pgTable(
  'filings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    kind: filingKindEnum('kind').notNull(),
    baseFilingId: uuid('base_filing_id'),
    status: filingStatusEnum('status').notNull().default('draft'),
    /** Assigned on approval of the initial filing; amendments and renewals keep it. */
    filingNumber: text('filing_number'),
    /** Certificate-number segments that come from the bureau (docs/domain.md "Filing"). */
    institutionCode: text('institution_code'),
    provinceCode: text('province_code'),
    siteSequence: text('site_sequence'),
    validFrom: date('valid_from', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    content: jsonb('content')
      .notNull()
      .default(sql`'{}'::jsonb`),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('filings_district_status_idx').on(t.districtCode, t.status, t.submittedAt),
    index('filings_institution_idx').on(t.institutionId),
    uniqueIndex('filings_filing_number_key')
      .on(t.filingNumber)
      .where(sql`${t.kind} = 'initial'`),
    // The bureau's certificate-number segments identify one filing: two approvals racing with the same ones cannot both land.
    uniqueIndex('filings_certificate_segments_key')
      .on(t.institutionCode, t.siteSequence)
      .where(sql`${t.kind} = 'initial'`),
    check('filings_institution_code_format', sql`${t.institutionCode} is null or ${t.institutionCode} ~ '^[0-9]{4}$'`),
    check('filings_site_sequence_format', sql`${t.siteSequence} is null or ${t.siteSequence} ~ '^[0-9]{6}$'`),
  ],
);

export const filingScope = pgTable(
  'filing_scope',
  {
    filingId: uuid('filing_id')
      .notNull()
      .references(() => filings.id),
    occupationCode: text('occupation_code')
      .notNull()
      .references(() => occupations.code),
    workType: text('work_type').notNull().default(''),
    level: smallint('level').notNull(),
  },
  (t) => [primaryKey({ columns: [t.filingId, t.occupationCode, t.workType, t.level] }), index('filing_scope_occupation_idx').on(t.occupationCode)],
);

export const filingAttachments = pgTable(
  'filing_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    filingId: uuid('filing_id')
      .notNull()
      .references(() => filings.id),
    purpose: text('purpose').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [index('filing_attachments_filing_idx').on(t.filingId)],
);

/**
 * The last number handed out in each numbering scope (filing numbers per district and year;
 * certificate serials next). Taken with `nextNumber` inside the transaction that uses it, so
 * numbers are consecutive and a rolled-back use gives its number back.
 */
export const numberCounters = pgTable('number_counters', {
  scope: text('scope').primaryKey(),
  last: integer('last').notNull(),
  updatedAt: timestamps.updatedAt,
});

/** In-app notifications; `dedupeKey` makes a reminder job safe to run twice. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id').references(() => institutions.id),
    userId: uuid('user_id').references(() => users.id),
    kind: text('kind').notNull(),
    /**
     * The catalogue keys and parameters, worded when read in the reader's language (an
     * institution's notification is read by all its administrators). Rows written before keep
     * their text in `title` and `body`, in the language they were sent in.
     */
    // json, not jsonb: written and read whole, never queried inside.
    message: json('message').$type<CatalogueMessage>(),
    title: text('title'),
    body: text('body'),
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    uniqueIndex('notifications_dedupe_key').on(t.dedupeKey),
    index('notifications_institution_idx').on(t.institutionId, t.createdAt),
    check('notifications_worded', sql`${t.message} is not null or (${t.title} is not null and ${t.body} is not null)`),
  ],
);

/**
 * Administrable, dated rule parameters (validity years, notice days…): the value in force on a
 * date is the row with the latest `effectiveFrom` not after it, so old cases keep their rules.
 */
export const parameters = pgTable(
  'parameters',
  {
    key: text('key').notNull(),
    /** '' for the city's value; an occupation code for that occupation's own (parameters that allow one). */
    occupationCode: text('occupation_code').notNull().default(''),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    value: jsonb('value').notNull(),
    reason: text('reason').notNull().default(''),
    setBy: text('set_by').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [primaryKey({ columns: [t.key, t.occupationCode, t.effectiveFrom] })],
);

/**
 * People (candidates, later examiners): one row per identity document across the city. The ID
 * number and phone are sealed (AES-256-GCM) and found through keyed blind indexes; only masked
 * forms are stored in the clear.
 */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idType: text('id_type').notNull(),
    idNumberSealed: text('id_number_sealed').notNull(),
    idNumberBlind: text('id_number_blind').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    name: text('name').notNull(),
    gender: text('gender'),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    phoneSealed: text('phone_sealed'),
    phoneMasked: text('phone_masked'),
    /** Institution whose staff first registered the person (null for self-registration). */
    createdByInstitutionId: uuid('created_by_institution_id'),
    /** Declared education, titles, work history and certificates (`PersonProfile`), judged by the engine. */
    profile: jsonb('profile')
      .$type<PersonProfile>()
      .notNull()
      .default(sql`'{"workHistory":[],"certificates":[],"diplomas":[],"titles":[],"apprenticeshipCompletedOn":null}'::jsonb`),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('persons_id_number_blind_key').on(t.idNumberBlind)],
);

/** An evaluation plan (评价计划): one batch of one occupation/工种/level, inside a filing in force. */
export const evaluationPlans = pgTable(
  'evaluation_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    filingId: uuid('filing_id')
      .notNull()
      .references(() => filings.id),
    occupationCode: text('occupation_code')
      .notNull()
      .references(() => occupations.code),
    workType: text('work_type').notNull().default(''),
    level: smallint('level').notNull(),
    examStart: date('exam_start', { mode: 'string' }).notNull(),
    examEnd: date('exam_end', { mode: 'string' }).notNull(),
    siteName: text('site_name').notNull(),
    rooms: text('rooms').array().notNull(),
    expectedCandidates: integer('expected_candidates').notNull(),
    examiners: text('examiners').array().notNull(),
    internalSupervisor: text('internal_supervisor').notNull(),
    externalSupervisor: text('external_supervisor'),
    status: planStatusEnum('status').notNull().default('draft'),
    filedAt: timestamp('filed_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('evaluation_plans_district_status_idx').on(t.districtCode, t.status), index('evaluation_plans_institution_idx').on(t.institutionId)],
);

/** Uploaded proof (contracts, agreements, diplomas, social-insurance records), content-addressed. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').references(() => persons.id),
    institutionId: uuid('institution_id').references(() => institutions.id),
    purpose: text('purpose').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamps.createdAt,
  },
  (t) => [index('evidence_files_person_idx').on(t.personId), index('evidence_files_institution_idx').on(t.institutionId)],
);

/** 校企合作协议 and 委托评价协议 an employer institution holds; relations point at them. */
export const institutionAgreements = pgTable(
  'institution_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    kind: text('kind').notNull(),
    counterpartName: text('counterpart_name').notNull(),
    counterpartCreditCode: text('counterpart_credit_code').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    evidenceFileIds: uuid('evidence_file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('institution_agreements_institution_idx').on(t.institutionId, t.kind),
    check('institution_agreements_kind', sql`${t.kind} in ('cooperation', 'entrustment')`),
    check('institution_agreements_period', sql`${t.validUntil} >= ${t.validFrom}`),
  ],
);

/** How a person stands to an institution (employee, partner-school student, resident…), with its period. */
export const personRelations = pgTable(
  'person_relations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    kind: text('kind').notNull(),
    employmentType: text('employment_type'),
    employerName: text('employer_name').notNull().default(''),
    agreementId: uuid('agreement_id').references(() => institutionAgreements.id),
    graduationDate: date('graduation_date', { mode: 'string' }),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    evidenceFileIds: uuid('evidence_file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('person_relations_institution_idx').on(t.institutionId, t.personId),
    index('person_relations_person_idx').on(t.personId),
    check('person_relations_period', sql`${t.validUntil} is null or ${t.validUntil} >= ${t.validFrom}`),
  ],
);

/**
 * An application to one plan. `admission` is the engine's full decision as made on submission;
 * a later change of rules or records never rewrites it.
 */
export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => evaluationPlans.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    occupationCode: text('occupation_code').notNull(),
    level: smallint('level').notNull(),
    kind: text('kind').notNull(),
    attempt: text('attempt').notNull(),
    channel: text('channel').notNull(),
    status: registrationStatusEnum('status').notNull(),
    admissible: boolean('admissible').notNull(),
    // json, not jsonb: stored and returned whole, never queried inside, and several times cheaper to write in bulk.
    admission: json('admission').$type<AdmissionResult>().notNull(),
    overridden: boolean('overridden').notNull().default(false),
    reviewReason: text('review_reason').notNull().default(''),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'date' }),
    /** 破格 request and the district's second decision; null when never requested. */
    directRecognition: jsonb('direct_recognition'),
    importId: uuid('import_id'),
    /** A resit (补考): the earlier attempt whose passed components it keeps. */
    resitOf: uuid('resit_of').references((): AnyPgColumn => registrations.id),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // A passed component is kept for one resit: one live resit rests on an attempt at a time.
    uniqueIndex('registrations_resit_of_key')
      .on(t.resitOf)
      .where(sql`${t.resitOf} is not null and ${t.status} not in ('withdrawn', 'rejected')`),
    // One live application per person and plan; a withdrawn one may be followed by a new one.
    uniqueIndex('registrations_plan_person_key')
      .on(t.planId, t.personId)
      .where(sql`${t.status} <> 'withdrawn'`),
    index('registrations_plan_idx').on(t.planId, t.createdAt, t.id),
    index('registrations_person_idx').on(t.personId),
    index('registrations_overridden_idx')
      .on(t.districtCode)
      .where(sql`${t.overridden}`),
  ],
);

/** A group registration upload; the `Idempotency-Key` makes a retried upload return the first one. */
export const registrationImports = pgTable(
  'registration_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => evaluationPlans.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    idempotencyKey: text('idempotency_key').notNull(),
    createdBy: uuid('created_by'),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    mode: text('mode').notNull(),
    status: text('status').notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    acceptedRows: integer('accepted_rows').notNull().default(0),
    errorRows: integer('error_rows').notNull().default(0),
    errors: jsonb('errors')
      .notNull()
      .default(sql`'[]'::jsonb`),
    message: text('message'),
    /**
     * The process running the import (`Database.runner`): while it lives the import is its own;
     * a 'running' import whose runner is gone was cut off and is marked failed.
     */
    runner: integer('runner'),
    createdAt: timestamps.createdAt,
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('registration_imports_idempotency_key').on(t.institutionId, t.idempotencyKey)],
);

/**
 * Rows of a running group import, checked and judged, waiting to be moved into persons,
 * person_relations and registrations by one short statement each. Written in short batches, so
 * a large file never holds the database; deleted when the import ends, however it ends. Identity
 * numbers and phones are sealed here as in `persons`.
 */
export const registrationImportRows = pgTable(
  'registration_import_rows',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => registrationImports.id, { onDelete: 'cascade' }),
    row: integer('row').notNull(),
    /** Chosen when the row is judged, for a new person too, so the admission can cite it. */
    personId: uuid('person_id').notNull(),
    newPerson: boolean('new_person').notNull(),
    /** The version of an existing person when judged: a change since then is a conflict. */
    personVersion: integer('person_version'),
    idType: text('id_type').notNull(),
    idNumberSealed: text('id_number_sealed').notNull(),
    idNumberBlind: text('id_number_blind').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    name: text('name').notNull(),
    gender: text('gender'),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    phoneSealed: text('phone_sealed'),
    phoneMasked: text('phone_masked'),
    /** The new person's profile, or an existing person's merged one when it changed; else null. */
    profile: jsonb('profile').$type<PersonProfile>(),
    /** Set when the row adds a relation. */
    relationId: uuid('relation_id'),
    relationKind: text('relation_kind'),
    employmentType: text('employment_type'),
    employerName: text('employer_name'),
    agreementId: uuid('agreement_id'),
    graduationDate: date('graduation_date', { mode: 'string' }),
    validFrom: date('valid_from', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    kind: text('kind').notNull(),
    attempt: text('attempt').notNull(),
    resitOf: uuid('resit_of'),
    status: registrationStatusEnum('status').notNull(),
    admissible: boolean('admissible').notNull(),
    admission: json('admission').$type<AdmissionResult>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.row] })],
);

/**
 * Every refused row of a group import, row by row and column, kept for the downloadable report:
 * the import itself keeps only the first 1 000 for display. Written batch by batch as the file is
 * read, so a 100 000-row file with every row wrong never holds its report in memory.
 */
export const registrationImportErrors = pgTable(
  'registration_import_errors',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => registrationImports.id, { onDelete: 'cascade' }),
    /** Order of discovery (a row may have several errors), numbered by the database as rows are written. */
    ordinal: bigint('ordinal', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    row: integer('row').notNull(),
    column: text('column').notNull(),
    message: text('message').notNull(),
  },
  (t) => [index('registration_import_errors_row_idx').on(t.importId, t.row, t.ordinal)],
);

/** E-mail written in the same transaction as its notification and sent after commit (outbox). */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    notificationId: uuid('notification_id').references(() => notifications.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamps.createdAt,
  },
  (t) => [index('mail_outbox_pending_idx').on(t.status, t.nextAttemptAt), check('mail_outbox_status', sql`${t.status} in ('pending', 'sent', 'failed')`)],
);

/** The official calendar: weekday holidays and weekend days worked by adjustment (调休). */
/**
 * The official holiday arrangement (`source` 'official', reloaded from the data package at every
 * start) and the city's own decisions ('city', never overwritten by a reload). A city row with no
 * `kind` records that the city returned the day to its ordinary weekday/weekend meaning, so an
 * official holiday it cleared does not come back on the next start.
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    kind: text('kind'),
    name: text('name').notNull(),
    source: text('source').notNull().default('city'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('calendar_days_kind', sql`${t.kind} is null or ${t.kind} in ('holiday', 'workday')`),
    check('calendar_days_source', sql`${t.source} in ('official', 'city')`),
    check('calendar_days_official_kind', sql`${t.source} = 'city' or ${t.kind} is not null`),
  ],
);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  /** Where e-mail notifications go; none are sent without it. */
  email: text('email'),
  locale: text('locale'),
  status: userStatusEnum('status').notNull().default('active'),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

export const userGrants = pgTable(
  'user_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: roleEnum('role').notNull(),
    districtCode: text('district_code').references(() => districts.code),
    institutionId: uuid('institution_id').references(() => institutions.id),
    occupationCodes: text('occupation_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    personId: uuid('person_id'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index('user_grants_user_idx').on(t.userId),
    // One account per person: a second account can never be linked to someone already linked.
    uniqueIndex('user_grants_candidate_person_key')
      .on(t.personId)
      .where(sql`${t.role} = 'candidate' and ${t.personId} is not null`),
    // The scope a role needs is enforced by the database too, not only by the type system.
    check(
      'user_grants_scope',
      sql`(${t.role} <> 'district_officer' or ${t.districtCode} is not null)
        and (${t.role} not in ('institution_admin', 'examiner') or ${t.institutionId} is not null)
        and (${t.role} <> 'industry_officer' or cardinality(${t.occupationCodes}) > 0)`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie token: a leaked table cannot be replayed as cookies. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    /** Gap-free sequence assigned under a lock; a missing number is a deleted row. */
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    beforeDigest: text('before_digest'),
    afterDigest: text('after_digest'),
    detail: jsonb('detail')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_events_entity_idx').on(t.entityType, t.entityId), index('audit_events_action_idx').on(t.action)],
);

export const systemState = pgTable('system_state', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * A candidate account's claim to be a person (实名核验). The account is linked (user_grants.person_id)
 * only once the claim is verified: by the code sent to the phone on the person's record, or in
 * person by an officer or a related institution. The code itself is never stored, only its keyed hash.
 */
export const identityClaims = pgTable(
  'identity_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    status: identityClaimStatusEnum('status').notNull(),
    /** What the candidate typed (it matched the record): shown back to them and to whoever confirms. */
    claimedName: text('claimed_name').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    /** Districts whose officers may confirm in person: where the ID was issued, where the person is related. */
    districtCodes: text('district_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    codeHash: text('code_hash'),
    codeExpiresAt: timestamp('code_expires_at', { withTimezone: true, mode: 'date' }),
    codeAttempts: integer('code_attempts').notNull().default(0),
    codeSends: integer('code_sends').notNull().default(0),
    lastSentAt: timestamp('last_sent_at', { withTimezone: true, mode: 'date' }),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decisionReason: text('decision_reason').notNull().default(''),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('identity_claims_open_key')
      .on(t.userId)
      .where(sql`${t.status} in ('code_sent', 'pending_in_person')`),
    index('identity_claims_person_idx').on(t.personId),
    index('identity_claims_status_idx').on(t.status, t.createdAt),
  ],
);

/** Every look-up of a known ID number by an account: the ground for rate limits and enumeration flags. */
export const identityLookups = pgTable(
  'identity_lookups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    idNumberBlind: text('id_number_blind').notNull(),
    outcome: identityLookupOutcomeEnum('outcome').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('identity_lookups_user_idx').on(t.userId, t.at), index('identity_lookups_blind_idx').on(t.idNumberBlind, t.at)],
);

/** Text messages as the development SMS sender "sends" them: a page shows them instead of a phone. */
export const smsOutbox = pgTable('sms_outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  toMasked: text('to_masked').notNull(),
  toSealed: text('to_sealed').notNull(),
  body: text('body').notNull(),
  createdAt: timestamps.createdAt,
});

/**
 * An examiner or quality supervisor named in an institution's filing, kept as a row so an account
 * and a person can be linked to them. `active` is false once the filing in force no longer names
 * them: they keep their history but cannot be assigned again.
 */
export const staffMembers = pgTable(
  'staff_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    kind: staffKindEnum('kind').notNull(),
    name: text('name').notNull(),
    certificateNo: text('certificate_no').notNull(),
    /** Examiners: the occupation and levels the filing names them for; empty for supervisors. */
    occupationCode: text('occupation_code'),
    levels: smallint('levels')
      .array()
      .notNull()
      .default(sql`'{}'::smallint[]`),
    /** The person behind the name, once recorded by ID number: the automatic conflict rules need it. */
    personId: uuid('person_id').references(() => persons.id),
    /** The account that signs in as this member of staff. */
    userId: uuid('user_id').references(() => users.id),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // A filed certificate number names one member of staff; a supervisor filed without one is known by name.
    uniqueIndex('staff_members_certificate_key')
      .on(t.institutionId, t.kind, t.certificateNo)
      .where(sql`${t.certificateNo} <> ''`),
    uniqueIndex('staff_members_unnumbered_key')
      .on(t.institutionId, t.kind, t.name)
      .where(sql`${t.certificateNo} = ''`),
    uniqueIndex('staff_members_user_key')
      .on(t.institutionId, t.userId)
      .where(sql`${t.userId} is not null`),
  ],
);

/** One sitting of one component of a plan, in one filed room. */
export const examSessions = pgTable(
  'exam_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => evaluationPlans.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    component: examComponentEnum('component').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, mode: 'date' }).notNull(),
    siteName: text('site_name').notNull(),
    siteAddress: text('site_address').notNull(),
    room: text('room').notNull(),
    capacity: integer('capacity').notNull(),
    /** The recorded seed the seat order is drawn from: anyone holding it can redraw the same seats. */
    seatSeed: text('seat_seed'),
    seatsAssignedAt: timestamp('seats_assigned_at', { withTimezone: true, mode: 'date' }),
    status: examSessionStatusEnum('status').notNull().default('scheduled'),
    /** The quality supervisor's record of the session, required before scores are signed off. */
    record: text('record'),
    recordBy: uuid('record_by'),
    recordAt: timestamp('record_at', { withTimezone: true, mode: 'date' }),
    signedOffBy: uuid('signed_off_by'),
    signedOffAt: timestamp('signed_off_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('exam_sessions_plan_idx').on(t.planId, t.startsAt),
    index('exam_sessions_district_idx').on(t.districtCode, t.startsAt),
    check('exam_sessions_times', sql`${t.endsAt} > ${t.startsAt}`),
    check('exam_sessions_capacity', sql`${t.capacity} > 0`),
  ],
);

/** An admission ticket (准考证): one per admitted application, its number unique and never reused. */
export const examTickets = pgTable(
  'exam_tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => evaluationPlans.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    ticketNumber: text('ticket_number').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex('exam_tickets_registration_key').on(t.registrationId), uniqueIndex('exam_tickets_number_key').on(t.ticketNumber), index('exam_tickets_plan_idx').on(t.planId)],
);

/** A candidate's seat in a session, and what happened to them on the day. */
export const examSeats = pgTable(
  'exam_seats',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => examSessions.id),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id),
    seatNumber: integer('seat_number').notNull(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true, mode: 'date' }),
    checkedInBy: uuid('checked_in_by'),
    absent: boolean('absent').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.registrationId] }),
    uniqueIndex('exam_seats_seat_key').on(t.sessionId, t.seatNumber),
    index('exam_seats_registration_idx').on(t.registrationId),
    check('exam_seats_present_or_absent', sql`not (${t.absent} and ${t.checkedInAt} is not null)`),
  ],
);

/** Who serves in a session and in which duty; the external supervisor is a district's account, not staff. */
export const sessionStaff = pgTable(
  'session_staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => examSessions.id),
    duty: sessionDutyEnum('duty').notNull(),
    staffId: uuid('staff_id').references(() => staffMembers.id),
    userId: uuid('user_id').references(() => users.id),
    name: text('name').notNull(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true, mode: 'date' }),
    assignedBy: uuid('assigned_by'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    uniqueIndex('session_staff_member_key')
      .on(t.sessionId, t.staffId)
      .where(sql`${t.staffId} is not null`),
    index('session_staff_user_idx').on(t.userId),
    check('session_staff_who', sql`(${t.duty} = 'external_supervisor') = (${t.staffId} is null)`),
  ],
);

/** A tie between a member of staff and a person that excludes the one from the other's sessions (回避). */
export const conflictDeclarations = pgTable(
  'conflict_declarations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffMembers.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    kind: conflictKindEnum('kind').notNull(),
    note: text('note').notNull().default(''),
    declaredBy: uuid('declared_by'),
    /** Who declared it: the institution's administrator, the member of staff, or the candidate. */
    declaredAs: conflictDeclarantEnum('declared_as').notNull().default('institution'),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex('conflict_declarations_key').on(t.staffId, t.personId, t.kind), index('conflict_declarations_person_idx').on(t.personId)],
);

/**
 * A candidate's score in one session's component: the combined score once entered, whether the
 * candidate was absent, and the lock that sign-off sets. Results are read from here.
 */
export const componentScores = pgTable(
  'component_scores',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => examSessions.id),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id),
    component: examComponentEnum('component').notNull(),
    /** Hundredths of a point: 0–10000, so combining and comparing never meets a rounding error. */
    scoreCenti: integer('score_centi'),
    absent: boolean('absent').notNull().default(false),
    passed: boolean('passed'),
    /** How the examiners' scores were combined (the occupation's rule on the exam day); null for one score entered whole. */
    combination: text('combination'),
    /** Highest minus lowest examiner score, and whether it went over the warning spread (recorded, shown). */
    spreadCenti: integer('spread_centi'),
    spreadWarning: boolean('spread_warning').notNull().default(false),
    lockedAt: timestamp('locked_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.registrationId] }),
    index('component_scores_registration_idx').on(t.registrationId, t.component),
    check('component_scores_range', sql`${t.scoreCenti} is null or ${t.scoreCenti} between 0 and 10000`),
  ],
);

// ── Exam sessions: what happens in a session besides seats and scores ─────────────────────────

/**
 * Something that happened in a session (a candidate taken ill, a device failing, a suspected
 * cheat), recorded with its time by the supervisors or the institution, optionally with a photo
 * (PNG or JPEG, content-addressed in the file store like evidence).
 */
export const examIncidents = pgTable(
  'exam_incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => examSessions.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    text: text('text').notNull(),
    photoSha256: text('photo_sha256'),
    photoContentType: text('photo_content_type'),
    photoSize: integer('photo_size'),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [index('exam_incidents_session_idx').on(t.sessionId, t.occurredAt)],
);
// ── Results: publicity (公示), objections (异议), submission to the district (报送), archives ──────

export const resultOutcomeEnum = pgEnum('result_outcome', RESULT_OUTCOMES);
export const objectionStatusEnum = pgEnum('objection_status', OBJECTION_STATUSES);
export const objectionContactKindEnum = pgEnum('objection_contact_kind', OBJECTION_CONTACT_KINDS);
export const resultsSubmissionStatusEnum = pgEnum('results_submission_status', SUBMISSION_STATUSES);

/**
 * A plan's results put before the public: one per plan (a plan is publicised once), from
 * `starts_on` to `ends_on` inclusive. `final_at` records when the results became final (publicity
 * over, every objection answered); certificates rely on it.
 */
export const resultsPublications = pgTable(
  'results_publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => evaluationPlans.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    workingDays: smallint('working_days').notNull(),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }).notNull(),
    finalAt: timestamp('final_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('results_publications_plan_key').on(t.planId),
    index('results_publications_public_idx').on(t.endsOn, t.startsOn),
    index('results_publications_district_idx').on(t.districtCode, t.endsOn),
    check('results_publications_window', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** One line of the public list, as it was published: the name masked, the outcome, never a score or an ID number. */
export const resultsPublicationEntries = pgTable(
  'results_publication_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    publicationId: uuid('publication_id')
      .notNull()
      .references(() => resultsPublications.id),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id),
    entryNo: integer('entry_no').notNull(),
    maskedName: text('masked_name').notNull(),
    outcome: resultOutcomeEnum('outcome').notNull(),
  },
  (t) => [uniqueIndex('results_publication_entries_no_key').on(t.publicationId, t.entryNo), uniqueIndex('results_publication_entries_registration_key').on(t.publicationId, t.registrationId)],
);

/**
 * An objection from the public. The contact is sealed like every personal phone (only its masked
 * form in clear); `client_hash` is a keyed hash of the sender's network address, the ground of the
 * flood limits, never the address itself.
 */
export const resultsObjections = pgTable(
  'results_objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    publicationId: uuid('publication_id')
      .notNull()
      .references(() => resultsPublications.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => evaluationPlans.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    entryId: uuid('entry_id').references(() => resultsPublicationEntries.id),
    contactName: text('contact_name').notNull(),
    contactKind: objectionContactKindEnum('contact_kind').notNull(),
    contactSealed: text('contact_sealed').notNull(),
    contactMasked: text('contact_masked').notNull(),
    reason: text('reason').notNull(),
    /** The language the objection was written in: an e-mailed answer is sent in it. */
    locale: text('locale').notNull(),
    clientHash: text('client_hash').notNull(),
    status: objectionStatusEnum('status').notNull().default('open'),
    answer: text('answer'),
    answeredBy: uuid('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('results_objections_plan_idx').on(t.planId, t.createdAt),
    index('results_objections_client_idx').on(t.clientHash, t.createdAt),
    index('results_objections_open_idx')
      .on(t.districtCode, t.createdAt)
      .where(sql`${t.status} = 'open'`),
    check('results_objections_answered', sql`(${t.status} = 'answered') = (${t.answer} is not null)`),
  ],
);

/**
 * One submission of a plan's final results to its district. A returned submission stays as it
 * was and the next one is a new attempt, so the district sees every lateness and every return.
 */
export const resultsSubmissions = pgTable(
  'results_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => evaluationPlans.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    attempt: smallint('attempt').notNull(),
    status: resultsSubmissionStatusEnum('status').notNull().default('submitted'),
    /** The deadline this attempt was held to: the first from the last exam day, a later one from the return. */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    lateWorkingDays: smallint('late_working_days').notNull(),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull(),
    reviewDueOn: date('review_due_on', { mode: 'string' }).notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decisionReason: text('decision_reason').notNull().default(''),
    /** Set on return: the day by which the corrected results are due. */
    correctionDueOn: date('correction_due_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('results_submissions_attempt_key').on(t.planId, t.attempt),
    // One live submission per plan: a second while one waits or after acceptance is a 409.
    uniqueIndex('results_submissions_live_key')
      .on(t.planId)
      .where(sql`${t.status} <> 'returned'`),
    index('results_submissions_review_idx')
      .on(t.districtCode, t.reviewDueOn)
      .where(sql`${t.status} = 'submitted'`),
    check('results_submissions_late', sql`${t.lateWorkingDays} >= 0`),
  ],
);

/** A plan's file (档案), formed when the district accepts its results, with how long it is kept. */
export const planArchives = pgTable('plan_archives', {
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => evaluationPlans.id),
  institutionId: uuid('institution_id')
    .notNull()
    .references(() => institutions.id),
  districtCode: text('district_code')
    .notNull()
    .references(() => districts.code),
  archivedOn: date('archived_on', { mode: 'string' }).notNull(),
  paperRetainUntil: date('paper_retain_until', { mode: 'string' }).notNull(),
  electronicRetainUntil: date('electronic_retain_until', { mode: 'string' }).notNull(),
  createdAt: timestamps.createdAt,
});

/*
 * Scores (modules/scores): each examiner's own score, corrections of locked scores, and score
 * sheet imports with their staged rows and full error reports.
 */

export const scoreCorrectionStatusEnum = pgEnum('score_correction_status', SCORE_CORRECTION_STATUSES);
export const scoreImportStatusEnum = pgEnum('score_import_status', SCORE_IMPORT_STATUSES);

/** One examiner's (or panel member's) score of one candidate in a session; the component's score combines them. */
export const examinerScores = pgTable(
  'examiner_scores',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => examSessions.id),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffMembers.id),
    scoreCenti: integer('score_centi').notNull(),
    /** Who typed it: the examiner, or the administrator whose score sheet import wrote it. */
    enteredBy: uuid('entered_by'),
    importId: uuid('import_id'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.registrationId, t.staffId] }), check('examiner_scores_range', sql`${t.scoreCenti} between 0 and 10000`)],
);

/** A change of a locked score: requested with a reason by one person, approved or rejected by a second. */
export const scoreCorrections = pgTable(
  'score_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => examSessions.id),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    component: examComponentEnum('component').notNull(),
    oldScoreCenti: integer('old_score_centi').notNull(),
    newScoreCenti: integer('new_score_centi').notNull(),
    reason: text('reason').notNull(),
    status: scoreCorrectionStatusEnum('status').notNull().default('pending'),
    requestedBy: uuid('requested_by').notNull(),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true, mode: 'date' }).notNull(),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decisionReason: text('decision_reason').notNull().default(''),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // One open correction per score: a second waits until the first is decided.
    uniqueIndex('score_corrections_pending_key')
      .on(t.sessionId, t.registrationId)
      .where(sql`${t.status} = 'pending'`),
    index('score_corrections_institution_idx').on(t.institutionId, t.status, t.requestedAt),
    index('score_corrections_district_idx').on(t.districtCode, t.status, t.requestedAt),
    check('score_corrections_range', sql`${t.newScoreCenti} between 0 and 10000 and ${t.oldScoreCenti} between 0 and 10000`),
  ],
);

/** A score sheet upload for one session; the `Idempotency-Key` makes a retried upload return the first one. */
export const scoreImports = pgTable(
  'score_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => examSessions.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    idempotencyKey: text('idempotency_key').notNull(),
    createdBy: uuid('created_by'),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    status: scoreImportStatusEnum('status').notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    acceptedRows: integer('accepted_rows').notNull().default(0),
    errorRows: integer('error_rows').notNull().default(0),
    errors: jsonb('errors')
      .notNull()
      .default(sql`'[]'::jsonb`),
    message: text('message'),
    /** The process running the import (`Database.runner`), as for group registration imports. */
    runner: integer('runner'),
    createdAt: timestamps.createdAt,
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('score_imports_idempotency_key').on(t.institutionId, t.idempotencyKey), index('score_imports_session_idx').on(t.sessionId, t.createdAt)],
);

/** Checked rows of a running score import, written to the real tables by one closing transaction; deleted when it ends. */
export const scoreImportRows = pgTable(
  'score_import_rows',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => scoreImports.id, { onDelete: 'cascade' }),
    row: integer('row').notNull(),
    registrationId: uuid('registration_id').notNull(),
    /** One score per score column of the sheet, in the order of the import's columns. */
    scores: integer('scores').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.row] })],
);

/** Every refused row of a score import, by row and column, for the downloadable report. */
export const scoreImportErrors = pgTable(
  'score_import_errors',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => scoreImports.id, { onDelete: 'cascade' }),
    ordinal: bigint('ordinal', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    row: integer('row').notNull(),
    column: text('column').notNull(),
    message: text('message').notNull(),
  },
  (t) => [index('score_import_errors_row_idx').on(t.importId, t.row, t.ordinal)],
);

/*
 * Certificates (modules/certificates): issued by the evaluating institution for final, passed
 * results (谁评价、谁负责、谁发证), numbered by the national 22-character rule, each also a signed
 * verifiable credential whose revocation is published in the institution's status list.
 */

export const certificateStatusEnum = pgEnum('certificate_status', CERTIFICATE_STATUSES);
export const revocationAuthorityEnum = pgEnum('revocation_authority', REVOCATION_AUTHORITIES);
export const certificateEventKindEnum = pgEnum('certificate_event_kind', CERTIFICATE_EVENT_KINDS);

/** One issuance run of an institution (a plan's passed candidates, or a correction); certificates point to it. */
export const certificateBatches = pgTable(
  'certificate_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    /** Null for a correction, which replaces one certificate outside any plan's batch. */
    planId: uuid('plan_id').references(() => evaluationPlans.id),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    requested: integer('requested').notNull(),
    issued: integer('issued').notNull().default(0),
    /** running → done; a batch that stopped half-way is resumed, never re-numbered (numbers already given stay). */
    status: text('status').notNull().default('running'),
    issuedBy: uuid('issued_by'),
    ...timestamps,
  },
  (t) => [index('certificate_batches_institution_idx').on(t.institutionId, t.createdAt)],
);

/**
 * A certificate as issued. Holder, occupation and institution name are copied at issuance, so
 * the certificate says what it said that day whatever later changes (the institution name
 * exactly as filed). The ID number stays with the person, sealed; only its masked form is here.
 */
export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    filingId: uuid('filing_id')
      .notNull()
      .references(() => filings.id),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => certificateBatches.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => evaluationPlans.id),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    holderName: text('holder_name').notNull(),
    idType: text('id_type').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    occupationCode: text('occupation_code')
      .notNull()
      .references(() => occupations.code),
    occupationName: text('occupation_name').notNull(),
    workType: text('work_type').notNull().default(''),
    level: smallint('level').notNull(),
    institutionName: text('institution_name').notNull(),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    issueYear: smallint('issue_year').notNull(),
    serial: integer('serial').notNull(),
    status: certificateStatusEnum('status').notNull().default('valid'),
    /** The certificate this one corrects (it is `replaced` from then on). */
    replacesId: uuid('replaces_id').references((): AnyPgColumn => certificates.id),
    /** Position in the institution's Bitstring status list; never reused. */
    statusListIndex: integer('status_list_index').notNull(),
    /** The VC-JOSE credential (compact JWS) and the key that signed it; null until sealed, moments after issuance. */
    credential: text('credential'),
    credentialKeyId: text('credential_key_id'),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    revokedBy: uuid('revoked_by'),
    revokedByAuthority: revocationAuthorityEnum('revoked_by_authority'),
    revocationReason: text('revocation_reason'),
    issuedBy: uuid('issued_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('certificates_number_key').on(t.number),
    // Serials are the institution's per issue year: the counter row hands them out, this makes a duplicate impossible.
    uniqueIndex('certificates_serial_key').on(t.institutionId, t.issueYear, t.serial),
    uniqueIndex('certificates_status_list_key').on(t.institutionId, t.statusListIndex),
    // One live certificate per result: a correction marks the old one replaced before the new one is written.
    uniqueIndex('certificates_registration_key')
      .on(t.registrationId)
      .where(sql`${t.status} <> 'replaced'`),
    index('certificates_person_idx').on(t.personId),
    // A public look-up names the certificate that replaced the one looked up: found by this, not by a scan.
    index('certificates_replaces_idx')
      .on(t.replacesId)
      .where(sql`${t.replacesId} is not null`),
    index('certificates_batch_idx').on(t.batchId),
    index('certificates_institution_idx').on(t.institutionId, t.issueDate),
    index('certificates_unsealed_idx')
      .on(t.createdAt)
      .where(sql`${t.credential} is null`),
    check('certificates_number_format', sql`${t.number} ~ '^[YS][0-9]{21}$'`),
    check('certificates_level', sql`${t.level} between 1 and 5`),
    check('certificates_serial_range', sql`${t.serial} between 1 and 999999`),
    check('certificates_revocation', sql`(${t.status} = 'revoked') = (${t.revokedAt} is not null)`),
  ],
);

/**
 * Every change of a certificate the national query must learn of (issued, revoked, replaced),
 * written in the same transaction as the change. The national export takes these in order of
 * `id`: a change is never missed, and a re-export of a batch sends the same events again.
 */
export const certificateEvents = pgTable(
  'certificate_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    kind: certificateEventKindEnum('kind').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('certificate_events_certificate_idx').on(t.certificateId), index('certificate_events_institution_idx').on(t.institutionId, t.id)],
);

/*
 * Certificate documents (modules/certificate-documents): each institution's electronic seal, the
 * image shown on its certificates and the X.509 key pair that signs their PDFs, and the city's
 * certificate authority that issues those signing certificates.
 */

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * The city's PDF-signing certificate authority, created on first use: a self-signed root whose
 * private key is sealed under the signing master key. One row per authority (`city`).
 */
export const signingAuthorities = pgTable('signing_authorities', {
  id: text('id').primaryKey(),
  certificatePem: text('certificate_pem').notNull(),
  privateKeySealed: text('private_key_sealed').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * An institution's electronic seal (电子印章): the PNG its administrator uploaded (none: the
 * certificates carry a generated round seal) and the signing certificate issued to it by the
 * city authority, with its private key sealed at rest. The key pair is made on first signing and
 * made again when the institution's name no longer matches the certificate's subject.
 */
export const institutionSeals = pgTable(
  'institution_seals',
  {
    institutionId: uuid('institution_id')
      .primaryKey()
      .references(() => institutions.id),
    image: bytea('image'),
    imageSha256: text('image_sha256'),
    imageWidth: integer('image_width'),
    imageHeight: integer('image_height'),
    imageUploadedAt: timestamp('image_uploaded_at', { withTimezone: true, mode: 'date' }),
    imageUploadedBy: uuid('image_uploaded_by'),
    certificatePem: text('certificate_pem'),
    certificateSubject: text('certificate_subject'),
    certificateSerial: text('certificate_serial'),
    certificateNotAfter: timestamp('certificate_not_after', { withTimezone: true, mode: 'date' }),
    privateKeySealed: text('private_key_sealed'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('institution_seals_image', sql`(${t.image} is null) = (${t.imageSha256} is null)`),
    check('institution_seals_key', sql`(${t.certificatePem} is null) = (${t.privateKeySealed} is null)`),
  ],
);

/*
 * National export (modules/national-export): certificate events go to the national query system
 * through the city in numbered batches, an outbox the city downloads and whose receipt it records.
 */

export const nationalExportStatusEnum = pgEnum('national_export_status', NATIONAL_EXPORT_STATUSES);

/**
 * One attempt at sending events: numbered from the counter row `national-export` (a retry after a
 * rejection is a new batch with the next number, `attempt` + 1 and `retry_of` the rejected one).
 * The file digests are taken at the first download; every later download is checked against them.
 */
export const nationalExportBatches = pgTable(
  'national_export_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sequence: integer('sequence').notNull(),
    attempt: integer('attempt').notNull().default(1),
    retryOf: uuid('retry_of').references((): AnyPgColumn => nationalExportBatches.id),
    firstEventId: bigint('first_event_id', { mode: 'number' }).notNull(),
    lastEventId: bigint('last_event_id', { mode: 'number' }).notNull(),
    rowCount: integer('row_count').notNull(),
    status: nationalExportStatusEnum('status').notNull().default('prepared'),
    /** The earliest due date of its events: the batch is overdue after it until acknowledged. */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    csvDigest: text('csv_digest'),
    jsonDigest: text('json_digest'),
    preparedBy: uuid('prepared_by'),
    exportedAt: timestamp('exported_at', { withTimezone: true, mode: 'date' }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true, mode: 'date' }),
    /** The national system's receipt: its reference and the day it gives. */
    ackReference: text('ack_reference'),
    acknowledgedOn: date('acknowledged_on', { mode: 'string' }),
    rejectedAt: timestamp('rejected_at', { withTimezone: true, mode: 'date' }),
    rejectionReason: text('rejection_reason'),
    decidedBy: uuid('decided_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('national_export_batches_sequence_key').on(t.sequence),
    // A rejected batch is retried once: two rejections racing cannot both make a retry.
    uniqueIndex('national_export_batches_retry_key').on(t.retryOf),
    index('national_export_batches_status_idx').on(t.status, t.dueOn),
    check('national_export_batches_events', sql`${t.firstEventId} <= ${t.lastEventId} and ${t.rowCount} > 0`),
  ],
);

/**
 * The events of a batch, each with what the file says of it, as prepared (`record`: the export
 * record with the ID number sealed, kept as written so a re-export gives the same bytes) and its
 * due date. `live` is false once its batch was rejected: an event is in exactly one live batch.
 */
export const nationalExportItems = pgTable(
  'national_export_items',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => nationalExportBatches.id),
    eventId: bigint('event_id', { mode: 'number' })
      .notNull()
      .references(() => certificateEvents.id),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    record: json('record').notNull(),
    live: boolean('live').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.batchId, t.eventId] }),
    uniqueIndex('national_export_items_event_key')
      .on(t.eventId)
      .where(sql`${t.live}`),
    index('national_export_items_institution_idx').on(t.institutionId, t.occurredOn),
  ],
);

/*
 * 新八级工 appointments (modules/appointments): 特级技师 and 首席技师 posts an employer gives its
 * own workers for a term, and its apprentices (学徒工). Appointing locks the institution's row, so
 * the quota check and the insert of two appointments of one enterprise never interleave.
 */

export const appointmentTitleEnum = pgEnum('appointment_title', APPOINTMENT_TITLES);
export const appointmentStatusEnum = pgEnum('appointment_status', APPOINTMENT_STATUSES);

/** A merit the appointment rests on, with the institution's evidence files that prove it. */
export interface AppointmentMerit {
  kind: MeritKind;
  description: string;
  evidenceFileIds: string[];
}

/** One term of a post: a renewal is a new row (`renews_id`), the renewed one is kept as `renewed`. */
export const appointments = pgTable(
  'appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    title: appointmentTitleEnum('title').notNull(),
    occupationCode: text('occupation_code')
      .notNull()
      .references(() => occupations.code),
    termStart: date('term_start', { mode: 'string' }).notNull(),
    termEnd: date('term_end', { mode: 'string' }).notNull(),
    status: appointmentStatusEnum('status').notNull().default('active'),
    merits: jsonb('merits')
      .$type<AppointmentMerit[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** The 高级技师 certificate a 特级技师 appointment rests on (null for 首席技师). */
    certificateId: uuid('certificate_id').references(() => certificates.id),
    /** The 特级技师 post a 首席技师 appointment rests on. */
    specialAppointmentId: uuid('special_appointment_id').references((): AnyPgColumn => appointments.id),
    renewsId: uuid('renews_id').references((): AnyPgColumn => appointments.id),
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: text('end_reason'),
    appointedBy: uuid('appointed_by'),
    endedBy: uuid('ended_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // One live post of a title per person and enterprise.
    uniqueIndex('appointments_active_key')
      .on(t.institutionId, t.personId, t.title)
      .where(sql`${t.status} = 'active'`),
    // A term is renewed once.
    uniqueIndex('appointments_renews_key')
      .on(t.renewsId)
      .where(sql`${t.renewsId} is not null`),
    index('appointments_person_idx').on(t.personId),
    index('appointments_district_idx').on(t.districtCode, t.status),
    check('appointments_term', sql`${t.termEnd} >= ${t.termStart}`),
    check('appointments_ended', sql`(${t.status} = 'terminated') = (${t.endReason} is not null)`),
  ],
);

/** 学徒工: an enterprise's apprentice from a start date; completion is written to the person's profile too. */
export const apprenticeships = pgTable(
  'apprenticeships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    occupationCode: text('occupation_code')
      .notNull()
      .references(() => occupations.code),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    completedOn: date('completed_on', { mode: 'string' }),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // One apprenticeship in progress per person and enterprise.
    uniqueIndex('apprenticeships_open_key')
      .on(t.institutionId, t.personId)
      .where(sql`${t.completedOn} is null`),
    index('apprenticeships_person_idx').on(t.personId),
    check('apprenticeships_period', sql`${t.completedOn} is null or ${t.completedOn} >= ${t.startedOn}`),
  ],
);

/*
 * Credential signing keys (modules/credentials): one Ed25519 key pair per institution in use at a
 * time (rotation retires the old one, which stays published for what it signed), and the city's
 * root key (institution_id null) that endorses each institution key. Private keys only sealed.
 */
export const institutionSigningKeys = pgTable(
  'institution_signing_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The DID URL of the key (`did:web:…#<RFC 7638 thumbprint>`), as in every JWS header it signs. */
    kid: text('kid').notNull(),
    /** Null: the city's root key. */
    institutionId: uuid('institution_id').references(() => institutions.id),
    publicJwk: jsonb('public_jwk').$type<Record<string, string>>().notNull(),
    /** The private JWK, sealed under the signing master key with the key's purpose as associated data. */
    privateJwkSealed: text('private_jwk_sealed').notNull(),
    /** The city's key endorsement (compact JWS) of an institution key; re-signed with `exp` when the key retires. Null for city keys. */
    endorsement: text('endorsement'),
    activatedAt: timestamp('activated_at', { withTimezone: true, mode: 'date' }).notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('institution_signing_keys_kid_key').on(t.kid),
    // One key signs at a time per institution (and one for the city): two first uses at once create one key.
    uniqueIndex('institution_signing_keys_active_key')
      .on(sql`coalesce(${t.institutionId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`${t.retiredAt} is null`),
    index('institution_signing_keys_institution_idx').on(t.institutionId, t.activatedAt),
  ],
);

/*
 * Supervision (docs/domain.md "Supervision"): the registries a draw works from (inspectable items
 * with their checklists, inspectors with their declared conflicts, the parties' risk classes),
 * random-inspection tasks and their one draw, inspections with their inspectors, findings and
 * files, rectification orders, sanctions and document requests.
 */
export const riskClassEnum = pgEnum('risk_class', RISK_CLASSES);
export const departmentKindEnum = pgEnum('department_kind', DEPARTMENT_KINDS);
export const drawTaskStatusEnum = pgEnum('draw_task_status', DRAW_TASK_STATUSES);
export const inspectionKindEnum = pgEnum('inspection_kind', INSPECTION_KINDS);
export const inspectionStatusEnum = pgEnum('inspection_status', INSPECTION_STATUSES);
export const inspectionConclusionEnum = pgEnum('inspection_conclusion', INSPECTION_CONCLUSIONS);
export const rectificationStatusEnum = pgEnum('rectification_status', RECTIFICATION_STATUSES);
export const sanctionKindEnum = pgEnum('sanction_kind', SANCTION_KINDS);
export const documentRequestStatusEnum = pgEnum('document_request_status', DOCUMENT_REQUEST_STATUSES);

/** 检查事项清单: what may be inspected, on which legal basis, with the checklist inspectors fill in. */
export const inspectionItems = pgTable(
  'inspection_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    legalBasis: text('legal_basis').notNull(),
    checklist: jsonb('checklist').$type<ChecklistLine[]>().notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('inspection_items_code_key').on(t.code)],
);

/** 执法检查人员名录: who may be drawn, with their enforcement certificate, field and department. */
export const inspectors = pgTable(
  'inspectors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The account the inspector signs in with (role inspector); null until one is linked. */
    userId: uuid('user_id').references(() => users.id),
    name: text('name').notNull(),
    certificateNumber: text('certificate_number').notNull(),
    field: text('field').notNull(),
    departmentKind: departmentKindEnum('department_kind').notNull(),
    /** The district bureau an inspector of kind `district` belongs to. */
    districtCode: text('district_code').references(() => districts.code),
    /** The industry authority an inspector of kind `industry` belongs to. */
    industry: text('industry'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('inspectors_certificate_number_key').on(t.certificateNumber),
    uniqueIndex('inspectors_user_key').on(t.userId),
    check('inspectors_department', sql`(${t.departmentKind} <> 'district' or ${t.districtCode} is not null) and (${t.departmentKind} <> 'industry' or ${t.industry} is not null)`),
  ],
);

/** Conflicts an inspector declared with an institution: they are never drawn for it. */
export const inspectorConflicts = pgTable(
  'inspector_conflicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectorId: uuid('inspector_id')
      .notNull()
      .references(() => inspectors.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    reason: text('reason').notNull(),
    declaredBy: uuid('declared_by'),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex('inspector_conflicts_key').on(t.inspectorId, t.institutionId), index('inspector_conflicts_institution_idx').on(t.institutionId)],
);

/** An institution's risk class; one without a row is sampled as DEFAULT_RISK_CLASS. */
export const institutionRiskClasses = pgTable('institution_risk_classes', {
  institutionId: uuid('institution_id')
    .primaryKey()
    .references(() => institutions.id),
  riskClass: riskClassEnum('risk_class').notNull(),
  basis: text('basis').notNull(),
  setBy: uuid('set_by'),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** 抽查任务: scope, ratios, pool, the witnesses named in advance; at commitment the ordered lists and the commitment are frozen. */
export const inspectionTasks = pgTable(
  'inspection_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    title: text('title').notNull(),
    departmentKind: departmentKindEnum('department_kind').notNull(),
    districtCode: text('district_code').references(() => districts.code),
    industry: text('industry'),
    inspectionItemId: uuid('inspection_item_id')
      .notNull()
      .references(() => inspectionItems.id),
    scope: jsonb('scope').$type<DrawTaskScope>().notNull(),
    ratios: jsonb('ratios').$type<RiskRatios>().notNull(),
    inspectorsPerTarget: smallint('inspectors_per_target').notNull(),
    excludeLocalDistrict: boolean('exclude_local_district').notNull().default(false),
    pool: jsonb('pool').$type<InspectorPoolFilter>().notNull(),
    /** The witnesses of the draw, named before the commitment; each enters values at the draw. */
    witnesses: jsonb('witnesses').$type<string[]>().notNull(),
    /** A public number named in advance (e.g. a lottery result published after the commitment), entered at the draw. */
    publicSource: text('public_source'),
    status: drawTaskStatusEnum('status').notNull().default('draft'),
    /** The ordered candidate lists frozen at commitment (the published DrawCandidates). */
    candidates: jsonb('candidates').$type<DrawCandidates>(),
    candidatesDigest: text('candidates_digest'),
    commitment: text('commitment'),
    /** The secret, sealed under the signing master key until the draw reveals it. */
    secretSealed: text('secret_sealed'),
    committedAt: timestamp('committed_at', { withTimezone: true, mode: 'date' }),
    committedBy: uuid('committed_by'),
    cancelReason: text('cancel_reason'),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('inspection_tasks_number_key').on(t.number),
    check('inspection_tasks_inspectors_per_target', sql`${t.inspectorsPerTarget} between 2 and 5`),
    index('inspection_tasks_status_idx').on(t.status, t.createdAt),
  ],
);

/** The one draw of a task: its published record (DrawRecord). A second draw of a task is a unique violation. */
export const inspectionDraws = pgTable(
  'inspection_draws',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => inspectionTasks.id),
    record: jsonb('record').$type<DrawRecord>().notNull(),
    drawnAt: timestamp('drawn_at', { withTimezone: true, mode: 'date' }).notNull(),
    drawnBy: uuid('drawn_by'),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex('inspection_draws_task_key').on(t.taskId)],
);

/** An inspection of one institution: from a draw, routine, special, or on-site at an exam session. */
export const inspections = pgTable(
  'inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    kind: inspectionKindEnum('kind').notNull(),
    taskId: uuid('task_id').references(() => inspectionTasks.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    examSessionId: uuid('exam_session_id').references(() => examSessions.id),
    inspectionItemId: uuid('inspection_item_id')
      .notNull()
      .references(() => inspectionItems.id),
    /** The department that runs it (the task's, or the creator's). */
    departmentKind: departmentKindEnum('department_kind').notNull(),
    departmentDistrictCode: text('department_district_code').references(() => districts.code),
    title: text('title').notNull(),
    methods: jsonb('methods').$type<InspectionMethod[]>().notNull(),
    status: inspectionStatusEnum('status').notNull().default('assigned'),
    checklist: jsonb('checklist')
      .$type<ChecklistEntry[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    conclusion: inspectionConclusionEnum('conclusion'),
    summary: text('summary'),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
    /** 20 working days after completion (PUBLICATION_WORKING_DAYS). */
    publicationDue: date('publication_due', { mode: 'string' }),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    /** Fields the officer kept out of the published result, and the text published. */
    withheld: jsonb('withheld')
      .$type<PublicationField[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    publishedSummary: text('published_summary'),
    cancelReason: text('cancel_reason'),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('inspections_number_key').on(t.number),
    // A drawn party is inspected once per task.
    uniqueIndex('inspections_task_institution_key')
      .on(t.taskId, t.institutionId)
      .where(sql`${t.taskId} is not null`),
    index('inspections_institution_idx').on(t.institutionId, t.createdAt),
    index('inspections_status_idx').on(t.status, t.publicationDue),
    index('inspections_district_idx').on(t.districtCode, t.createdAt),
  ],
);

/** The inspectors of an inspection (≥ 2), each confirming the result. */
export const inspectionAssignments = pgTable(
  'inspection_assignments',
  {
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    inspectorId: uuid('inspector_id')
      .notNull()
      .references(() => inspectors.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamps.createdAt,
  },
  (t) => [primaryKey({ columns: [t.inspectionId, t.inspectorId] }), index('inspection_assignments_inspector_idx').on(t.inspectorId)],
);

/** What the inspectors found, against a checklist line or generally. */
export const inspectionFindings = pgTable(
  'inspection_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    checklistKey: text('checklist_key'),
    description: text('description').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamps.createdAt,
  },
  (t) => [index('inspection_findings_inspection_idx').on(t.inspectionId)],
);

/** 整改通知: ordered on a finding with a deadline; the institution responds with evidence; the inspector accepts or reopens. */
export const rectificationOrders = pgTable(
  'rectification_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    findingId: uuid('finding_id').references(() => inspectionFindings.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    requirement: text('requirement').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: rectificationStatusEnum('status').notNull().default('open'),
    response: text('response'),
    respondedAt: timestamp('responded_at', { withTimezone: true, mode: 'date' }),
    respondedBy: uuid('responded_by'),
    decisionNote: text('decision_note'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decidedBy: uuid('decided_by'),
    /** Set by the daily check on the first day past the deadline with the order still open; counts against the institution. */
    overdueSince: date('overdue_since', { mode: 'string' }),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('rectification_orders_number_key').on(t.number),
    index('rectification_orders_institution_idx').on(t.institutionId, t.status),
    index('rectification_orders_inspection_idx').on(t.inspectionId),
    index('rectification_orders_deadline_idx').on(t.status, t.deadline),
  ],
);

/** 约谈 / 暂停 / 终止: decided by the competent bureau with reasons; suspension and termination change the filing through its workflow. */
export const sanctions = pgTable(
  'sanctions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    filingId: uuid('filing_id').references(() => filings.id),
    inspectionId: uuid('inspection_id').references(() => inspections.id),
    kind: sanctionKindEnum('kind').notNull(),
    months: smallint('months'),
    reason: text('reason').notNull(),
    /** The day a suspension ends (the filing is restored by the daily check). */
    endsOn: date('ends_on', { mode: 'string' }),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index('sanctions_institution_idx').on(t.institutionId, t.decidedAt),
    check('sanctions_months', sql`(${t.kind} = 'suspension') = (${t.months} is not null) and (${t.months} is null or ${t.months} between 1 and 12)`),
  ],
);

/** 调取资料: named materials asked of an institution by a deadline, kept with the inspection. */
export const documentRequests = pgTable(
  'document_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    materials: jsonb('materials').$type<string[]>().notNull(),
    note: text('note'),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: documentRequestStatusEnum('status').notNull().default('open'),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'date' }),
    answeredBy: uuid('answered_by'),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    overdueSince: date('overdue_since', { mode: 'string' }),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('document_requests_number_key').on(t.number),
    index('document_requests_institution_idx').on(t.institutionId, t.status),
    index('document_requests_inspection_idx').on(t.inspectionId),
  ],
);

/** Every file of an inspection: photos and files of findings, rectification evidence, requested documents. */
export const inspectionFiles = pgTable(
  'inspection_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    findingId: uuid('finding_id').references(() => inspectionFindings.id),
    rectificationId: uuid('rectification_id').references(() => rectificationOrders.id),
    documentRequestId: uuid('document_request_id').references(() => documentRequests.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamps.createdAt,
  },
  (t) => [index('inspection_files_inspection_idx').on(t.inspectionId)],
);
