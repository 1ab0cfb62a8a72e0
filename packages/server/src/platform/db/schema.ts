import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
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
import { INSTITUTION_CATEGORIES, ORGANIZATION_KINDS, ROLES } from '@jiping/domain';

/*
 * The schema, one file per release of this foundation. Tables owned by institutions carry
 * `district_code` so they can be distributed by district later (Citus) without rewriting queries.
 * Every mutable row has `version` (optimistic locking) and is audited on change.
 */

export const roleEnum = pgEnum('role', ROLES);
export const institutionCategoryEnum = pgEnum('institution_category', INSTITUTION_CATEGORIES);
export const organizationKindEnum = pgEnum('organization_kind', ORGANIZATION_KINDS);
export const userStatusEnum = pgEnum('user_status', ['active', 'disabled']);

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
  },
  (t) => [primaryKey({ columns: [t.occupationCode, t.name] })],
);

export const occupationLevels = pgTable(
  'occupation_levels',
  {
    occupationCode: text('occupation_code').notNull().references(() => occupations.code),
    level: smallint('level').notNull(),
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
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('institutions_district_idx').on(t.districtCode, t.name, t.id)],
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
