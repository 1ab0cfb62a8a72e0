import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { FILING_KINDS, FILING_STATUSES, INSTITUTION_CATEGORIES, ORGANIZATION_KINDS, PLAN_STATUSES, ROLES } from '@jiping/domain';

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
    occupationCode: text('occupation_code').notNull().references(() => occupations.code),
    name: text('name').notNull(),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.occupationCode, t.name] })],
);

export const occupationLevels = pgTable(
  'occupation_levels',
  {
    occupationCode: text('occupation_code').notNull().references(() => occupations.code),
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
    districtCode: text('district_code').notNull().references(() => districts.code),
    address: text('address').notNull(),
    legalRepresentative: text('legal_representative').notNull(),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('organizations_credit_code_key').on(t.creditCode)],
);

export const institutions = pgTable(
  'institutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    name: text('name').notNull(),
    category: institutionCategoryEnum('category').notNull(),
    districtCode: text('district_code').notNull().references(() => districts.code),
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
    institutionId: uuid('institution_id').notNull().references(() => institutions.id),
    districtCode: text('district_code').notNull().references(() => districts.code),
    kind: filingKindEnum('kind').notNull(),
    baseFilingId: uuid('base_filing_id'),
    status: filingStatusEnum('status').notNull().default('draft'),
    /** Assigned on approval of the initial filing; amendments and renewals keep it. */
    filingNumber: text('filing_number'),
    /** Certificate-number segments that come from the bureau (DOMAIN.md "Certificates"). */
    institutionCode: text('institution_code'),
    provinceCode: text('province_code'),
    siteSequence: text('site_sequence'),
    validFrom: date('valid_from', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    content: jsonb('content').notNull().default(sql`'{}'::jsonb`),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('filings_district_status_idx').on(t.districtCode, t.status, t.submittedAt),
    index('filings_institution_idx').on(t.institutionId),
    uniqueIndex('filings_filing_number_key').on(t.filingNumber).where(sql`${t.kind} = 'initial'`),
    check('filings_institution_code_format', sql`${t.institutionCode} is null or ${t.institutionCode} ~ '^[0-9]{4}$'`),
    check('filings_site_sequence_format', sql`${t.siteSequence} is null or ${t.siteSequence} ~ '^[0-9]{6}$'`),
  ],
);

export const filingScope = pgTable(
  'filing_scope',
  {
    filingId: uuid('filing_id').notNull().references(() => filings.id),
    occupationCode: text('occupation_code').notNull().references(() => occupations.code),
    workType: text('work_type').notNull().default(''),
    level: smallint('level').notNull(),
  },
  (t) => [primaryKey({ columns: [t.filingId, t.occupationCode, t.workType, t.level] }), index('filing_scope_occupation_idx').on(t.occupationCode)],
);

export const filingAttachments = pgTable(
  'filing_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    filingId: uuid('filing_id').notNull().references(() => filings.id),
    purpose: text('purpose').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [index('filing_attachments_filing_idx').on(t.filingId)],
);

/** In-app notifications; `dedupeKey` makes a reminder job safe to run twice. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id').references(() => institutions.id),
    userId: uuid('user_id').references(() => users.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex('notifications_dedupe_key').on(t.dedupeKey), index('notifications_institution_idx').on(t.institutionId, t.createdAt)],
);

/**
 * Administrable, dated rule parameters (validity years, notice days…): the value in force on a
 * date is the row with the latest `effectiveFrom` not after it, so old cases keep their rules.
 */
export const parameters = pgTable(
  'parameters',
  {
    key: text('key').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    value: jsonb('value').notNull(),
    reason: text('reason').notNull().default(''),
    setBy: text('set_by').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [primaryKey({ columns: [t.key, t.effectiveFrom] })],
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
    institutionId: uuid('institution_id').notNull().references(() => institutions.id),
    districtCode: text('district_code').notNull().references(() => districts.code),
    filingId: uuid('filing_id').notNull().references(() => filings.id),
    occupationCode: text('occupation_code').notNull().references(() => occupations.code),
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

/** The official calendar: weekday holidays and weekend days worked by adjustment (调休). */
export const calendarDays = pgTable(
  'calendar_days',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [check('calendar_days_kind', sql`${t.kind} in ('holiday', 'workday')`)],
);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
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
    userId: uuid('user_id').notNull().references(() => users.id),
    role: roleEnum('role').notNull(),
    districtCode: text('district_code').references(() => districts.code),
    institutionId: uuid('institution_id').references(() => institutions.id),
    occupationCodes: text('occupation_codes').array().notNull().default(sql`'{}'::text[]`),
    personId: uuid('person_id'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index('user_grants_user_idx').on(t.userId),
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
    userId: uuid('user_id').notNull().references(() => users.id),
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
    detail: jsonb('detail').notNull().default(sql`'{}'::jsonb`),
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
