import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { institutionIdOf, turningFiling } from '../helpers/filing-fixtures.ts';
import { enterprisePlan, importFinished, openPlan } from '../helpers/plan-fixtures.ts';
import { dispatchedWorker, writeRegistrationWorkbook } from '../helpers/registration-workbook.ts';
import type { HttpClient, HttpResponse } from '../helpers/http.ts';
import { rows } from '../../src/platform/db/client.ts';
import { insertSession, userIdOf } from '../helpers/staffing-fixtures.ts';
import { insertCertificateRows } from '../helpers/certificate-rows.ts';
import { appointments, apprenticeships, inspectionFiles, resultsObjections, resultsPublications } from '../../src/platform/db/schema.ts';

const publicationScope = (p: typeof resultsPublications.$inferSelect) => ({ publicationId: p.id, planId: p.planId, institutionId: p.institutionId, districtCode: p.districtCode });
import { examWorld } from '../helpers/exam-fixtures.ts';
import { localFileStore } from '../../src/platform/files/file-store.ts';
import { scoreImportFinished, writeScoreWorkbook } from '../helpers/score-workbook.ts';
import { insertInspection } from '../helpers/supervision-fixtures.ts';

/**
 * Every operation of the OpenAPI document × every demo account and anonymous, against ids that
 * belong to one district, institution or person, compared with a declared table of who may. An
 * operation without an entry fails the suite, so a new route cannot arrive undeclared.
 */
const ACCOUNTS = [
  'anonymous',
  'city-admin',
  'huangpu-officer',
  'pudong-officer',
  'minhang-officer',
  'industry-officer',
  'inspector-1',
  'enterprise-admin',
  'enterprise-examiner',
  'social-admin',
  'social-examiner',
  'school-admin',
  'school-examiner',
  'candidate-1',
  'candidate-2',
  'candidate-3',
  'candidate-4',
] as const;
type Account = (typeof ACCOUNTS)[number];

const SIGNED_IN = ACCOUNTS.filter((a) => a !== 'anonymous');
const PUBLIC = [...ACCOUNTS];
const CITY: Account[] = ['city-admin'];
const DISTRICTS: Account[] = ['city-admin', 'huangpu-officer', 'pudong-officer', 'minhang-officer'];
const INSTITUTION_ADMINS: Account[] = ['enterprise-admin', 'social-admin', 'school-admin'];
const CANDIDATES: Account[] = ['candidate-1', 'candidate-2', 'candidate-3', 'candidate-4'];
const FILING_READERS: Account[] = ['city-admin', ...DISTRICTS.slice(1), 'industry-officer', ...INSTITUTION_ADMINS];
/** The enterprise (浦东) and everyone who supervises it: the city, 浦东, the industry officer of 车工. */
const ENTERPRISE_SUPERVISORS: Account[] = ['city-admin', 'pudong-officer', 'industry-officer'];
const ENTERPRISE_STAFF: Account[] = ['enterprise-admin', 'enterprise-examiner'];
/** The enterprise's appointments: its administrator, its district (浦东) and the city. */
const ENTERPRISE_READERS_OF_APPOINTMENTS: Account[] = ['city-admin', 'pudong-officer', 'enterprise-admin'];
/** Supervising officers: the bureaus and the industry authority (canSupervise). */
const SUPERVISORS: Account[] = [...DISTRICTS, 'industry-officer'];
const notFoundFor = (accounts: readonly Account[]): Partial<Record<Account, number>> => Object.fromEntries(accounts.map((a) => [a, 404]));
/** Those who follow up an inspection of the enterprise run by the city: the city and the assigned inspector. */
const FOLLOW_UP: Account[] = ['city-admin', 'inspector-1'];
/** And who reads what follows it: also the enterprise's district and the enterprise itself. */
const FOLLOW_UP_READERS: Account[] = ['city-admin', 'pudong-officer', 'inspector-1', 'enterprise-admin'];
const FOLLOW_UP_LISTS: Account[] = [...DISTRICTS, 'industry-officer', 'inspector-1', ...INSTITUTION_ADMINS];

interface Fixtures {
  enterpriseId: string;
  socialId: string;
  filingApproved: string;
  filingDraft: string;
  draftAttachment: string;
  planDraft: string;
  planOpen: string;
  registrationLi: string;
  personLi: string;
  evidenceLi: string;
  relationLi: string;
  importId: string;
  claimZhao: string;
  userCandidate2: string;
  // Exam sessions: a plan with 李强 admitted and seated, a session he sits, its internal supervisor and an incident.
  planSessions: string;
  registrationSessions: string;
  examSession: string;
  sessionStaff: string;
  incident: string;
  staffZhou: string;
  sessionSkill: string;
  assignmentSun: string;
  userInspector: string;
  publicationOpen: string;
  objectionOpen: string;
  /** Scores: a skill and a (signed-off) theory session of the enterprise, a candidate seated in both, a correction asked by a second administrator, a score import. */
  scoreSkill: string;
  scoreTheory: string;
  seatedLi: string;
  scoreCorrection: string;
  scoreImport: string;
  /** A certificate of 李强 issued by the enterprise for the open plan, written directly (issuance has its own tests). */
  certificate: string;
  certificateNumber: string;
  /** Appointments: 李强 as 特级技师 of the enterprise, and an apprenticeship, written directly. */
  appointmentLi: string;
  apprenticeshipLi: string;
  /** Supervision registries: an inspectable item, 赵磊 (a 浦东 inspector, inspector-3) and the conflict he declared with the enterprise, all from the demo. */
  inspectionItem: string;
  inspectorZhao: string;
  conflictZhao: string;
  /** Supervision: a routine inspection of the enterprise run by the city with inspector-1 assigned, an order and a document request on it, each with a file. */
  inspection: string;
  rectification: string;
  rectificationFile: string;
  documentRequest: string;
  documentRequestFile: string;
  /** Inspections (seeded): one completed and published by 浦东, one assigned to inspector-1 (and 赵磊); a file of the published one. */
  inspectionPublished: string;
  inspectionAssigned: string;
  inspectionFile: string;
  inspectionFinding: string;
}

interface Expectation {
  /** Accounts that get past authorization; every other account must be refused (401/403). */
  allow: readonly Account[];
  path?: (f: Fixtures) => string;
  body?: (f: Fixtures) => unknown;
  /** A status other than 2xx that an allowed account gets for a reason that is not authorization. */
  allowedStatus?: Partial<Record<Account, number>>;
  /** Mutations: allowed accounts are not sent (they would change the state the others are judged on). */
  mutation?: boolean;
  /** A multipart upload of one small PDF, as the pages send it. */
  upload?: boolean;
}

const version = { version: 1 };
const examSessionBody = { component: 'theory', startsAt: '2026-04-10T09:00:00+08:00', endsAt: '2026-04-10T11:00:00+08:00', room: '理论考场 301', capacity: 40 };
const reason = { version: 1, reason: '核查' };
const NO_BATCH = '00000000-0000-4000-8000-000000000000';

const EXPECTATIONS: Record<string, Expectation> = {
  // Public service and the documents of the API itself.
  'GET /api/health': { allow: PUBLIC },
  'GET /api/openapi.json': { allow: PUBLIC },
  'GET /api/docs': { allow: PUBLIC },
  'GET /api/docs/init.js': { allow: PUBLIC },
  'GET /api/docs/assets/{path}': { allow: PUBLIC, path: () => '/api/docs/assets/swagger-ui.css' },
  'GET /{path}': { allow: PUBLIC, path: () => '/portal/institutions' },
  'GET /api/v1/districts': { allow: PUBLIC },
  'GET /api/v1/occupations': { allow: PUBLIC },
  'GET /api/v1/calendar': { allow: PUBLIC, path: () => '/api/v1/calendar?year=2026' },
  'GET /api/v1/parameters': { allow: PUBLIC },
  'GET /api/v1/public/institutions': { allow: PUBLIC },
  'GET /api/v1/public/institutions/{id}': { allow: PUBLIC, path: (f) => `/api/v1/public/institutions/${f.enterpriseId}` },
  'GET /api/v1/catalogue/template.xlsx': { allow: PUBLIC },
  'GET /api/v1/catalogue/export': { allow: PUBLIC },
  'GET /api/v1/catalogue/occupations/{code}/eligibility': { allow: PUBLIC, path: () => '/api/v1/catalogue/occupations/6-18-01-01/eligibility' },
  'GET /api/v1/registration-imports/template': { allow: PUBLIC },
  'POST /api/v1/auth/login': { allow: PUBLIC, mutation: true, body: () => ({ username: 'nobody', password: 'x' }) },
  'POST /api/v1/organizations/register': { allow: PUBLIC, mutation: true, body: () => ({}) },

  // One's own account.
  'GET /api/v1/auth/me': { allow: SIGNED_IN },
  // Signing out needs no session: without one there is nothing to end.
  'POST /api/v1/auth/logout': { allow: PUBLIC, mutation: true },
  'PATCH /api/v1/me/preferences': { allow: SIGNED_IN, mutation: true, body: () => ({ version: 1, locale: 'zh-CN' }) },
  'GET /api/v1/notifications': { allow: SIGNED_IN },
  'GET /api/v1/workbench': { allow: SIGNED_IN, path: () => '/api/v1/workbench?workspace=government' },

  // The city's own work.
  'GET /api/v1/audit/events': { allow: CITY },
  'GET /api/v1/audit/verify': { allow: CITY },
  'GET /api/v1/users': { allow: CITY },
  'POST /api/v1/catalogue/imports': { allow: CITY, mutation: true, upload: true },
  'PUT /api/v1/catalogue/occupations/{code}/eligibility': {
    allow: CITY,
    mutation: true,
    path: () => '/api/v1/catalogue/occupations/6-18-01-01/eligibility',
    body: () => ({ version: 1, standardVersion: '2023' }),
  },
  'PUT /api/v1/calendar/{date}': { allow: CITY, mutation: true, path: () => '/api/v1/calendar/2026-12-31', body: () => ({ kind: 'holiday', name: 'x', reason: '调整' }) },
  'POST /api/v1/parameters': { allow: CITY, mutation: true, body: () => ({ key: 'filing.validityYears', value: 3, effectiveFrom: '2027-01-01', reason: '调整' }) },
  'PUT /api/v1/institutions/{id}/demonstration': {
    allow: CITY,
    mutation: true,
    path: (f) => `/api/v1/institutions/${f.enterpriseId}/demonstration`,
    body: () => ({ demonstration: true, version: 1, reason: '示范' }),
  },
  'GET /api/v1/dev/sms-outbox': { allow: CITY },

  // Institutions, territorial: the city, the district of registration, the industry by filed occupation, the institution itself.
  'GET /api/v1/institutions': { allow: [...DISTRICTS, 'industry-officer', ...INSTITUTION_ADMINS, 'enterprise-examiner', 'social-examiner', 'school-examiner'] },
  'GET /api/v1/institutions/{id}': { allow: [...ENTERPRISE_SUPERVISORS, ...ENTERPRISE_STAFF], path: (f) => `/api/v1/institutions/${f.enterpriseId}` },
  'GET /api/v1/districts/{code}/institutions': { allow: ['city-admin', 'pudong-officer'], path: () => '/api/v1/districts/310115/institutions' },

  // Filings.
  'GET /api/v1/filings': { allow: [...FILING_READERS, 'enterprise-examiner', 'social-examiner', 'school-examiner'] },
  'GET /api/v1/filings/{id}': { allow: [...ENTERPRISE_SUPERVISORS, ...ENTERPRISE_STAFF], path: (f) => `/api/v1/filings/${f.filingApproved}` },
  'GET /api/v1/filings/{id}/attachments/{attachmentId}': {
    allow: ['social-admin', 'social-examiner'],
    path: (f) => `/api/v1/filings/${f.filingDraft}/attachments/${f.draftAttachment}`,
  },
  'POST /api/v1/institutions/{id}/filings': { allow: ['social-admin'], mutation: true, path: (f) => `/api/v1/institutions/${f.socialId}/filings`, body: () => turningFiling() },
  'POST /api/v1/institutions/{id}/amendments': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/institutions/${f.enterpriseId}/amendments`, body: () => turningFiling() },
  'POST /api/v1/institutions/{id}/renewals': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/institutions/${f.enterpriseId}/renewals`, body: () => turningFiling() },
  'PUT /api/v1/filings/{id}': { allow: ['social-admin'], mutation: true, path: (f) => `/api/v1/filings/${f.filingDraft}`, body: () => ({ version: 1, ...turningFiling() }) },
  'POST /api/v1/filings/{id}/attachments': { allow: ['social-admin'], mutation: true, upload: true, path: (f) => `/api/v1/filings/${f.filingDraft}/attachments` },
  'POST /api/v1/filings/{id}/submit': { allow: ['social-admin'], mutation: true, path: (f) => `/api/v1/filings/${f.filingDraft}/submit`, body: () => version },
  'POST /api/v1/filings/{id}/withdraw': { allow: ['social-admin'], mutation: true, path: (f) => `/api/v1/filings/${f.filingDraft}/withdraw`, body: () => reason },
  ...Object.fromEntries(
    ['approve', 'return', 'reject', 'suspend', 'restore', 'terminate'].map((action) => [
      `POST /api/v1/filings/{id}/${action}`,
      {
        allow: ['city-admin', 'pudong-officer'],
        mutation: true,
        path: (f: Fixtures) => `/api/v1/filings/${f.filingApproved}/${action}`,
        body: () => (action === 'approve' ? { version: 1, reason: '', institutionCode: '0001', siteSequence: '000001' } : reason),
      } satisfies Expectation,
    ]),
  ),

  // Plans: a draft is its institution's own; a filed plan is read by its supervisors.
  'GET /api/v1/plans': { allow: [...FILING_READERS, 'enterprise-examiner', 'social-examiner', 'school-examiner'] },
  'GET /api/v1/plans/{id}': { allow: [...ENTERPRISE_SUPERVISORS, ...ENTERPRISE_STAFF], path: (f) => `/api/v1/plans/${f.planOpen}` },
  'GET /api/v1/plans/open': { allow: SIGNED_IN },
  'POST /api/v1/institutions/{id}/plans': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/institutions/${f.enterpriseId}/plans`, body: () => enterprisePlan() },
  ...Object.fromEntries(
    ['file', 'cancel', 'close'].map((action) => [
      `POST /api/v1/plans/{id}/${action}`,
      { allow: ['enterprise-admin'], mutation: true, path: (f: Fixtures) => `/api/v1/plans/${f.planDraft}/${action}`, body: () => reason } satisfies Expectation,
    ]),
  ),
  ...Object.fromEntries(
    ['acknowledge', 'return'].map((action) => [
      `POST /api/v1/plans/{id}/${action}`,
      { allow: ['city-admin', 'pudong-officer'], mutation: true, path: (f: Fixtures) => `/api/v1/plans/${f.planOpen}/${action}`, body: () => reason } satisfies Expectation,
    ]),
  ),

  // Registrations.
  'GET /api/v1/plans/{id}/registrations': { allow: [...ENTERPRISE_SUPERVISORS, ...ENTERPRISE_STAFF], path: (f) => `/api/v1/plans/${f.planOpen}/registrations` },
  'GET /api/v1/plans/{id}/registration-imports': { allow: ['city-admin', 'enterprise-admin'], path: (f) => `/api/v1/plans/${f.planOpen}/registration-imports` },
  'GET /api/v1/registration-imports/{id}': { allow: ['city-admin', 'enterprise-admin'], path: (f) => `/api/v1/registration-imports/${f.importId}` },
  'GET /api/v1/registration-imports/{id}/errors.xlsx': { allow: ['city-admin', 'enterprise-admin'], path: (f) => `/api/v1/registration-imports/${f.importId}/errors.xlsx` },
  'GET /api/v1/registration-imports/{id}/errors.csv': { allow: ['city-admin', 'enterprise-admin'], path: (f) => `/api/v1/registration-imports/${f.importId}/errors.csv` },
  'POST /api/v1/plans/{id}/registration-imports': { allow: ['enterprise-admin'], mutation: true, upload: true, path: (f) => `/api/v1/plans/${f.planOpen}/registration-imports` },
  'POST /api/v1/plans/{id}/registrations': { allow: [...CANDIDATES, 'enterprise-admin'], mutation: true, path: (f) => `/api/v1/plans/${f.planOpen}/registrations`, body: () => ({}) },
  // Anyone's own applications: an account with none (not a candidate) gets an empty list.
  'GET /api/v1/registrations/mine': { allow: SIGNED_IN },
  'GET /api/v1/registrations/{id}': { allow: ['city-admin', 'pudong-officer', ...ENTERPRISE_STAFF, 'candidate-2'], path: (f) => `/api/v1/registrations/${f.registrationLi}` },
  'POST /api/v1/registrations/{id}/review': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/registrations/${f.registrationLi}/review`,
    body: () => ({ version: 1, decision: 'reject', reason: 'x' }),
  },
  'POST /api/v1/registrations/{id}/withdraw': { allow: ['enterprise-admin', 'candidate-2'], mutation: true, path: (f) => `/api/v1/registrations/${f.registrationLi}/withdraw`, body: () => version },
  'POST /api/v1/registrations/{id}/direct-recognition': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/registrations/${f.registrationLi}/direct-recognition`,
    body: (f) => ({ version: 1, reason: '全国技术能手，业绩突出，申请破格', evidenceFileIds: [f.evidenceLi] }),
  },
  'POST /api/v1/registrations/{id}/direct-recognition/decision': {
    allow: ['city-admin', 'pudong-officer'],
    mutation: true,
    path: (f) => `/api/v1/registrations/${f.registrationLi}/direct-recognition/decision`,
    body: () => ({ version: 1, decision: 'approve', reason: 'x' }),
  },
  'GET /api/v1/direct-recognitions': { allow: DISTRICTS },

  // People: the person, the institutions related to them, the city.
  'POST /api/v1/people': { allow: ['city-admin', ...INSTITUTION_ADMINS], mutation: true, body: () => ({ idType: 'resident_id', idNumber: '310115199203150011', name: '李强' }) },
  'GET /api/v1/people/me': { allow: CANDIDATES, allowedStatus: { 'candidate-1': 404, 'candidate-4': 404 } },
  'GET /api/v1/people/{id}': { allow: ['city-admin', 'enterprise-admin', 'candidate-2'], path: (f) => `/api/v1/people/${f.personLi}` },
  'GET /api/v1/people/{id}/profile': { allow: ['city-admin', 'enterprise-admin', 'candidate-2'], path: (f) => `/api/v1/people/${f.personLi}/profile` },
  'POST /api/v1/people/{id}/reveal': { allow: ['city-admin', 'enterprise-admin', 'candidate-2'], mutation: true, path: (f) => `/api/v1/people/${f.personLi}/reveal` },
  'PUT /api/v1/people/{id}/profile': { allow: ['enterprise-admin', 'candidate-2'], mutation: true, path: (f) => `/api/v1/people/${f.personLi}/profile`, body: () => ({ version: 1, profile: {} }) },
  'POST /api/v1/people/{id}/files': { allow: ['enterprise-admin', 'candidate-2'], mutation: true, upload: true, path: (f) => `/api/v1/people/${f.personLi}/files` },
  'GET /api/v1/evidence-files/{id}': { allow: ['city-admin', 'enterprise-admin', 'candidate-2'], path: (f) => `/api/v1/evidence-files/${f.evidenceLi}` },

  // Relations and agreements: the institution and its supervisors.
  'GET /api/v1/institutions/{id}/relations': { allow: ['city-admin', 'pudong-officer', 'enterprise-admin'], path: (f) => `/api/v1/institutions/${f.enterpriseId}/relations` },
  'GET /api/v1/institutions/{id}/agreements': { allow: ['city-admin', 'pudong-officer', 'enterprise-admin'], path: (f) => `/api/v1/institutions/${f.enterpriseId}/agreements` },
  'POST /api/v1/institutions/{id}/relations': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/institutions/${f.enterpriseId}/relations`,
    body: () => ({ person: { idType: 'resident_id', idNumber: '310112199508200025', name: '王芳' }, kind: 'employee', employmentType: 'direct', validFrom: '2024-01-01' }),
  },
  'POST /api/v1/institutions/{id}/agreements': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/institutions/${f.enterpriseId}/agreements`,
    body: () => ({ kind: 'entrustment', counterpartName: '上海申城机电有限公司', counterpartCreditCode: '91310115MA1FL00021', validFrom: '2026-01-01', validUntil: '2027-01-01' }),
  },
  'POST /api/v1/institutions/{id}/files': { allow: ['enterprise-admin'], mutation: true, upload: true, path: (f) => `/api/v1/institutions/${f.enterpriseId}/files` },
  'POST /api/v1/relations/{id}/end': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/relations/${f.relationLi}/end`, body: () => ({ version: 1, validUntil: '2026-12-31' }) },

  // Identity: the candidate's own claim; confirmation at a counter that knows the person.
  'GET /api/v1/people/me/identity-claim': { allow: CANDIDATES },
  'POST /api/v1/people/me/identity-claim': { allow: CANDIDATES, mutation: true, body: () => ({}) },
  'DELETE /api/v1/people/me/identity-claim': { allow: CANDIDATES, mutation: true },
  'POST /api/v1/people/me/identity-claim/verify': { allow: CANDIDATES, mutation: true, body: () => ({ code: '123456' }) },
  'POST /api/v1/people/me/identity-claim/resend': { allow: CANDIDATES, mutation: true },
  'POST /api/v1/people/me/identity-claim/in-person': { allow: CANDIDATES, mutation: true },
  'GET /api/v1/identity-claims': { allow: [...DISTRICTS, ...INSTITUTION_ADMINS] },
  'POST /api/v1/identity-claims/{id}/decision': {
    allow: ['city-admin', 'pudong-officer', 'enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/identity-claims/${f.claimZhao}/decision`,
    body: () => ({ decision: 'reject', reason: 'x', version: 1 }),
  },
  'POST /api/v1/users/{id}/person-link/unlink': {
    allow: ['city-admin', 'pudong-officer'],
    mutation: true,
    path: (f) => `/api/v1/users/${f.userCandidate2}/person-link/unlink`,
    body: () => ({ reason: 'x' }),
  },

  // Exam sessions: the institution schedules and prints; the session's staff (the examiner, assigned as internal supervisor) act on the day; supervisors read; a candidate gets only their own ticket.
  'GET /api/v1/plans/{id}/exam-sessions': { allow: [...ENTERPRISE_SUPERVISORS, ...ENTERPRISE_STAFF], path: (f) => `/api/v1/plans/${f.planSessions}/exam-sessions` },
  'POST /api/v1/plans/{id}/exam-sessions': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/plans/${f.planSessions}/exam-sessions`, body: () => examSessionBody },
  'POST /api/v1/plans/{id}/exam-seats': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/plans/${f.planSessions}/exam-seats`, body: () => ({ component: 'theory' }) },
  'GET /api/v1/plans/{id}/exam-tickets.pdf': { allow: ['enterprise-admin'], path: (f) => `/api/v1/plans/${f.planSessions}/exam-tickets.pdf` },
  'GET /api/v1/plans/{id}/exam-tickets.zip': { allow: ['enterprise-admin'], path: (f) => `/api/v1/plans/${f.planSessions}/exam-tickets.zip` },
  'GET /api/v1/exam-sessions/mine': { allow: SIGNED_IN },
  'GET /api/v1/exam-sessions/{id}': { allow: [...ENTERPRISE_SUPERVISORS, ...ENTERPRISE_STAFF], path: (f) => `/api/v1/exam-sessions/${f.examSession}` },
  'PUT /api/v1/exam-sessions/{id}': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/exam-sessions/${f.examSession}`,
    body: () => ({ version: 1, startsAt: examSessionBody.startsAt, endsAt: examSessionBody.endsAt, room: examSessionBody.room, capacity: 30 }),
  },
  'POST /api/v1/exam-sessions/{id}/cancel': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/exam-sessions/${f.examSession}/cancel`, body: () => reason },
  ...Object.fromEntries(
    ['start', 'end'].map((action) => [
      `POST /api/v1/exam-sessions/{id}/${action}`,
      { allow: ENTERPRISE_STAFF, mutation: true, path: (f: Fixtures) => `/api/v1/exam-sessions/${f.examSession}/${action}`, body: () => version } satisfies Expectation,
    ]),
  ),
  'POST /api/v1/exam-sessions/{id}/check-ins': { allow: ENTERPRISE_STAFF, mutation: true, path: (f) => `/api/v1/exam-sessions/${f.examSession}/check-ins`, body: () => ({ code: 'ZK2026150100001' }) },
  'POST /api/v1/exam-sessions/{id}/staff/{staffId}/check-in': { allow: ENTERPRISE_STAFF, mutation: true, path: (f) => `/api/v1/exam-sessions/${f.examSession}/staff/${f.sessionStaff}/check-in` },
  // Incidents and the record are the supervisors' (and the institution's); an invigilator only checks in.
  'POST /api/v1/exam-sessions/{id}/incidents': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/exam-sessions/${f.examSession}/incidents`,
    body: () => ({ occurredAt: '2026-03-02T10:00:00+08:00', text: '情况' }),
  },
  'POST /api/v1/exam-incidents/{id}/photo': { allow: ['enterprise-admin'], mutation: true, upload: true, path: (f) => `/api/v1/exam-incidents/${f.incident}/photo` },
  'GET /api/v1/exam-incidents/{id}/photo': { allow: [...ENTERPRISE_SUPERVISORS, ...ENTERPRISE_STAFF], path: (f) => `/api/v1/exam-incidents/${f.incident}/photo` },
  'PUT /api/v1/exam-sessions/{id}/record': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/exam-sessions/${f.examSession}/record`, body: () => ({ version: 1, record: '记录' }) },
  'GET /api/v1/exam-tickets/mine': { allow: SIGNED_IN },
  'GET /api/v1/exam-tickets/mine/{registrationId}/ticket.pdf': { allow: ['candidate-2'], path: (f) => `/api/v1/exam-tickets/mine/${f.registrationSessions}/ticket.pdf` },
  // Staffing: the staff a filing names, who serves in each session, the external supervisor, conflicts of interest.
  // The institution's electronic seal: uploaded by its own administrator only; seen by whoever sees the institution (none uploaded here: 404).
  'PUT /api/v1/institutions/{id}/seal': { allow: ['enterprise-admin'], mutation: true, upload: true, path: (f) => `/api/v1/institutions/${f.enterpriseId}/seal` },
  'GET /api/v1/institutions/{id}/seal': {
    allow: [...ENTERPRISE_SUPERVISORS, ...ENTERPRISE_STAFF],
    allowedStatus: Object.fromEntries([...ENTERPRISE_SUPERVISORS, ...ENTERPRISE_STAFF].map((a) => [a, 404])),
    path: (f) => `/api/v1/institutions/${f.enterpriseId}/seal`,
  },
  'GET /api/v1/institutions/{id}/staff': { allow: ['city-admin', 'pudong-officer', 'enterprise-admin'], path: (f) => `/api/v1/institutions/${f.enterpriseId}/staff` },
  'POST /api/v1/staff/{id}/person': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/staff/${f.staffZhou}/person`,
    body: () => ({ version: 1, person: { idType: 'resident_id', idNumber: '310115198001010011', name: '周建平' } }),
  },
  'POST /api/v1/staff/{id}/account': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/staff/${f.staffZhou}/account`, body: () => ({ version: 1, username: 'matrix-zhou' }) },
  'POST /api/v1/staff/{id}/account-link': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/staff/${f.staffZhou}/account-link`,
    body: () => ({ version: 1, username: 'enterprise-examiner' }),
  },
  'GET /api/v1/institutions/{id}/conflicts': { allow: ['city-admin', 'pudong-officer', 'enterprise-admin'], path: (f) => `/api/v1/institutions/${f.enterpriseId}/conflicts` },
  'POST /api/v1/institutions/{id}/conflicts': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/institutions/${f.enterpriseId}/conflicts`,
    body: (f) => ({ staffId: f.staffZhou, registrationId: f.registrationLi, kind: 'relative' }),
  },
  'GET /api/v1/plans/{id}/staffing': { allow: [...ENTERPRISE_SUPERVISORS, ...ENTERPRISE_STAFF], path: (f) => `/api/v1/plans/${f.planOpen}/staffing` },
  'GET /api/v1/exam-sessions/{id}/staffing': { allow: [...ENTERPRISE_SUPERVISORS, ...ENTERPRISE_STAFF], path: (f) => `/api/v1/exam-sessions/${f.sessionSkill}/staffing` },
  'POST /api/v1/exam-sessions/{id}/staff': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/exam-sessions/${f.sessionSkill}/staff`,
    body: (f) => ({ staffId: f.staffZhou, duty: 'examiner' }),
  },
  'DELETE /api/v1/exam-sessions/{id}/staff/{assignmentId}': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/exam-sessions/${f.sessionSkill}/staff/${f.assignmentSun}` },
  'POST /api/v1/plans/{id}/external-supervisor': {
    allow: ['city-admin', 'pudong-officer'],
    mutation: true,
    path: (f) => `/api/v1/plans/${f.planOpen}/external-supervisor`,
    body: (f) => ({ userId: f.userInspector }),
  },
  'GET /api/v1/me/staffing': { allow: ['enterprise-examiner', 'social-examiner', 'school-examiner'] },
  'POST /api/v1/me/conflicts': { allow: ['enterprise-examiner', 'social-examiner', 'school-examiner'], mutation: true, body: (f) => ({ registrationId: f.registrationLi, kind: 'relative' }) },
  'GET /api/v1/registrations/{id}/staff': { allow: ['candidate-2'], path: (f) => `/api/v1/registrations/${f.registrationLi}/staff` },
  'POST /api/v1/registrations/{id}/conflicts': {
    allow: ['candidate-2'],
    mutation: true,
    path: (f) => `/api/v1/registrations/${f.registrationLi}/conflicts`,
    body: (f) => ({ staffId: f.staffZhou, kind: 'relative' }),
  },
  // Results: the institution publishes, answers and submits; its district (or the city) checks; the file is for the district, the city and inspectors.
  'GET /api/v1/results': { allow: [...DISTRICTS, 'industry-officer', 'inspector-1', ...INSTITUTION_ADMINS] },
  'GET /api/v1/plans/{id}/results': { allow: [...ENTERPRISE_SUPERVISORS, 'inspector-1', 'enterprise-admin'], path: (f) => `/api/v1/plans/${f.planOpen}/results` },
  'GET /api/v1/plans/{id}/archive.zip': { allow: ['city-admin', 'pudong-officer', 'inspector-1'], path: (f) => `/api/v1/plans/${f.planOpen}/archive.zip` },
  'POST /api/v1/plans/{id}/results/publication': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/plans/${f.planOpen}/results/publication`, body: () => ({}) },
  'POST /api/v1/plans/{id}/results/submissions': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/plans/${f.planOpen}/results/submissions` },
  ...Object.fromEntries(
    ['accept', 'return'].map((decision) => [
      `POST /api/v1/plans/{id}/results/submissions/${decision}`,
      { allow: ['city-admin', 'pudong-officer'], mutation: true, path: (f: Fixtures) => `/api/v1/plans/${f.planOpen}/results/submissions/${decision}`, body: () => reason } satisfies Expectation,
    ]),
  ),
  'GET /api/v1/results/objections': { allow: [...DISTRICTS, ...INSTITUTION_ADMINS] },
  'POST /api/v1/results/objections/{id}/answer': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/results/objections/${f.objectionOpen}/answer`,
    body: () => ({ version: 1, answer: '已核实' }),
  },
  'POST /api/v1/results/objections/{id}/contact': { allow: ['city-admin', 'pudong-officer', 'enterprise-admin'], mutation: true, path: (f) => `/api/v1/results/objections/${f.objectionOpen}/contact` },
  // Appointments: the enterprise appoints; its district and the city read; the person and those who read them see their record; the list is public.
  'GET /api/v1/institutions/{id}/appointments': { allow: ENTERPRISE_READERS_OF_APPOINTMENTS, path: (f) => `/api/v1/institutions/${f.enterpriseId}/appointments` },
  'POST /api/v1/institutions/{id}/appointments': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/institutions/${f.enterpriseId}/appointments`,
    body: (f) => ({ personId: f.personLi, title: 'chief', occupationCode: '6-18-01-01' }),
  },
  'POST /api/v1/appointments/{id}/renewal': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/appointments/${f.appointmentLi}/renewal`, body: () => version },
  'POST /api/v1/appointments/{id}/end': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/appointments/${f.appointmentLi}/end`, body: () => reason },
  'POST /api/v1/institutions/{id}/apprenticeships': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/institutions/${f.enterpriseId}/apprenticeships`,
    body: (f) => ({ personId: f.personLi, occupationCode: '6-18-01-01', startedOn: '2026-01-01' }),
  },
  'POST /api/v1/apprenticeships/{id}/completion': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/apprenticeships/${f.apprenticeshipLi}/completion`,
    body: () => ({ version: 1, completedOn: '2026-03-01' }),
  },
  'GET /api/v1/people/{id}/appointments': { allow: ['city-admin', 'enterprise-admin', 'candidate-2'], path: (f) => `/api/v1/people/${f.personLi}/appointments` },
  'GET /api/v1/me/appointments': { allow: CANDIDATES },
  'GET /api/v1/public/appointments': { allow: PUBLIC },
  // Certificate verification is for anyone: the number (with the name as second factor) tells only the standing.
  'GET /api/v1/public/certificates/{number}': { allow: PUBLIC, path: (f) => `/api/v1/public/certificates/${f.certificateNumber}` },
  'GET /api/v1/public/certificates/verifications/template.xlsx': { allow: PUBLIC },
  'POST /api/v1/public/credentials/verify': { allow: PUBLIC, mutation: true, body: () => ({ text: 'eyJ' }) },
  'POST /api/v1/public/certificates/verifications': { allow: PUBLIC, mutation: true, upload: true },
  'GET /api/v1/public/results': { allow: PUBLIC },
  'GET /api/v1/public/results/{id}': { allow: PUBLIC, path: (f) => `/api/v1/public/results/${f.publicationOpen}` },
  'POST /api/v1/public/results/{id}/objections': { allow: PUBLIC, mutation: true, path: (f) => `/api/v1/public/results/${f.publicationOpen}/objections`, body: () => ({}) },
  // National export: the city's alone (a batch spans every district and its files carry full ID numbers); no batch exists here, so the city's reads of one are 404.
  'GET /api/v1/national-export': { allow: CITY },
  'POST /api/v1/national-export/batches': { allow: CITY, mutation: true },
  ...Object.fromEntries(
    ['', '/export.csv', '/export.json'].map((file) => [
      `GET /api/v1/national-export/batches/{id}${file}`,
      { allow: CITY, allowedStatus: { 'city-admin': 404 }, path: () => `/api/v1/national-export/batches/${NO_BATCH}${file}` } satisfies Expectation,
    ]),
  ),
  'POST /api/v1/national-export/batches/{id}/acknowledge': {
    allow: CITY,
    mutation: true,
    path: () => `/api/v1/national-export/batches/${NO_BATCH}/acknowledge`,
    body: () => ({ version: 1, reference: 'QG-1', acknowledgedOn: '2026-03-02' }),
  },
  'POST /api/v1/national-export/batches/{id}/reject': { allow: CITY, mutation: true, path: () => `/api/v1/national-export/batches/${NO_BATCH}/reject`, body: () => reason },
  // 双随机抽查: the supervising departments run tasks (each task's own department acts on it; no task exists here, so reads of one are 404);
  // anyone reads the published tasks and their files.
  'GET /api/v1/inspection-tasks/options': { allow: SUPERVISORS },
  'GET /api/v1/inspection-tasks': { allow: SUPERVISORS },
  'POST /api/v1/inspection-tasks': { allow: SUPERVISORS, mutation: true, body: () => ({}) },
  'GET /api/v1/inspection-tasks/{id}': { allow: SUPERVISORS, allowedStatus: notFoundFor(SUPERVISORS), path: () => `/api/v1/inspection-tasks/${NO_BATCH}` },
  'PUT /api/v1/inspection-tasks/{id}': { allow: SUPERVISORS, mutation: true, path: () => `/api/v1/inspection-tasks/${NO_BATCH}`, body: () => version },
  ...Object.fromEntries(
    ['publish', 'draw', 'cancel'].map((action) => [
      `POST /api/v1/inspection-tasks/{id}/${action}`,
      { allow: SUPERVISORS, mutation: true, path: () => `/api/v1/inspection-tasks/${NO_BATCH}/${action}`, body: () => reason } satisfies Expectation,
    ]),
  ),
  'GET /api/v1/public/inspection-tasks': { allow: PUBLIC },
  ...Object.fromEntries(
    ['', '/record', '/candidates.json', '/draw.json'].map((file) => [
      `GET /api/v1/public/inspection-tasks/{id}${file}`,
      { allow: PUBLIC, allowedStatus: notFoundFor(PUBLIC), path: () => `/api/v1/public/inspection-tasks/${NO_BATCH}${file}` } satisfies Expectation,
    ]),
  ),
  // Scores: examiners and staff of an institution, its district and the city; candidates their own results.
  'GET /api/v1/scoring/sessions': { allow: [...DISTRICTS, ...INSTITUTION_ADMINS, 'enterprise-examiner', 'social-examiner', 'school-examiner'] },
  // The demo examiner is 孙国华, who examines (and invigilates) in these sessions and reads their scores.
  'GET /api/v1/exam-sessions/{id}/scores': { allow: ['city-admin', 'pudong-officer', 'enterprise-admin', 'enterprise-examiner'], path: (f) => `/api/v1/exam-sessions/${f.scoreSkill}/scores` },
  'GET /api/v1/exam-sessions/{id}/score-template.xlsx': {
    allow: ['city-admin', 'pudong-officer', 'enterprise-admin', 'enterprise-examiner'],
    path: (f) => `/api/v1/exam-sessions/${f.scoreSkill}/score-template.xlsx`,
  },
  'PUT /api/v1/exam-sessions/{id}/scores/{registrationId}': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/exam-sessions/${f.scoreTheory}/scores/${f.seatedLi}`,
    body: () => ({ score: 80 }),
  },
  'POST /api/v1/exam-sessions/{id}/sign-off': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/exam-sessions/${f.scoreSkill}/sign-off`, body: () => version },
  'POST /api/v1/exam-sessions/{id}/scores/{registrationId}/corrections': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/exam-sessions/${f.scoreTheory}/scores/${f.seatedLi}/corrections`,
    body: () => ({ score: 90, reason: '复核' }),
  },
  'GET /api/v1/score-corrections': { allow: [...DISTRICTS, ...INSTITUTION_ADMINS, 'enterprise-examiner', 'social-examiner', 'school-examiner'] },
  'POST /api/v1/score-corrections/{id}/decision': {
    allow: ['enterprise-admin', 'pudong-officer', 'city-admin'],
    mutation: true,
    path: (f) => `/api/v1/score-corrections/${f.scoreCorrection}/decision`,
    body: () => ({ version: 1, decision: 'approve' }),
  },
  'POST /api/v1/exam-sessions/{id}/score-imports': { allow: ['enterprise-admin'], mutation: true, upload: true, path: (f) => `/api/v1/exam-sessions/${f.scoreSkill}/score-imports` },
  'GET /api/v1/exam-sessions/{id}/score-imports': { allow: ['city-admin', 'enterprise-admin'], path: (f) => `/api/v1/exam-sessions/${f.scoreSkill}/score-imports` },
  'GET /api/v1/score-imports/{id}': { allow: ['city-admin', 'enterprise-admin'], path: (f) => `/api/v1/score-imports/${f.scoreImport}` },
  'GET /api/v1/score-imports/{id}/errors.xlsx': { allow: ['city-admin', 'enterprise-admin'], path: (f) => `/api/v1/score-imports/${f.scoreImport}/errors.xlsx` },
  'GET /api/v1/score-imports/{id}/errors.csv': { allow: ['city-admin', 'enterprise-admin'], path: (f) => `/api/v1/score-imports/${f.scoreImport}/errors.csv` },
  // Anyone's own results: an account linked to no person gets an empty list.
  'GET /api/v1/scores/mine': { allow: SIGNED_IN },
  // Certificates: the institution issues, corrects and revokes its own (the city revokes too); supervisors read in scope; the holder reads their own.
  'GET /api/v1/certificates': { allow: [...DISTRICTS, 'industry-officer', 'inspector-1', ...INSTITUTION_ADMINS] },
  'GET /api/v1/certificates/mine': { allow: SIGNED_IN },
  'GET /api/v1/certificates/{id}': { allow: [...ENTERPRISE_SUPERVISORS, 'inspector-1', 'enterprise-admin', 'candidate-2'], path: (f) => `/api/v1/certificates/${f.certificate}` },
  // The signed documents print the full ID number: the holder and the issuer only.
  'GET /api/v1/certificates/{id}/certificate.pdf': { allow: ['enterprise-admin', 'candidate-2'], path: (f) => `/api/v1/certificates/${f.certificate}/certificate.pdf` },
  'GET /api/v1/certificates/{id}/credential.json': { allow: ['enterprise-admin', 'candidate-2'], path: (f) => `/api/v1/certificates/${f.certificate}/credential.json` },
  'GET /api/v1/plans/{id}/certificates.pdf': { allow: ['enterprise-admin'], path: (f) => `/api/v1/plans/${f.planOpen}/certificates.pdf` },
  'GET /api/v1/plans/{id}/certificates.zip': { allow: ['enterprise-admin'], path: (f) => `/api/v1/plans/${f.planOpen}/certificates.zip` },
  'GET /api/v1/plans/{id}/certificates': { allow: [...ENTERPRISE_SUPERVISORS, 'inspector-1', 'enterprise-admin'], path: (f) => `/api/v1/plans/${f.planOpen}/certificates` },
  'POST /api/v1/plans/{id}/certificates': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/plans/${f.planOpen}/certificates`, body: () => ({}) },
  'POST /api/v1/certificates/{id}/revoke': {
    allow: ['enterprise-admin', 'city-admin'],
    mutation: true,
    path: (f) => `/api/v1/certificates/${f.certificate}/revoke`,
    body: () => ({ version: 1, reason: '核查发现问题' }),
  },
  'POST /api/v1/certificates/{id}/correct': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/certificates/${f.certificate}/correct`,
    body: () => ({ version: 1, reason: '姓名有误，予以更正' }),
  },
  // Credential signing keys: the institution's own administrators and the city; public keys and status lists to everyone.
  'GET /api/v1/institutions/{id}/signing-keys': { allow: ['city-admin', 'enterprise-admin'], path: (f) => `/api/v1/institutions/${f.enterpriseId}/signing-keys` },
  'POST /api/v1/institutions/{id}/signing-keys/rotation': { allow: ['city-admin', 'enterprise-admin'], mutation: true, path: (f) => `/api/v1/institutions/${f.enterpriseId}/signing-keys/rotation` },
  'GET /api/v1/public/city/jwks.json': { allow: PUBLIC },
  'GET /api/v1/public/city/did.json': { allow: PUBLIC },
  'GET /api/v1/public/institutions/{id}/jwks.json': { allow: PUBLIC, path: (f) => `/api/v1/public/institutions/${f.enterpriseId}/jwks.json` },
  'GET /api/v1/public/institutions/{id}/did.json': { allow: PUBLIC, path: (f) => `/api/v1/public/institutions/${f.enterpriseId}/did.json` },
  'GET /api/v1/public/status-lists/{id}': { allow: PUBLIC, path: (f) => `/api/v1/public/status-lists/${f.enterpriseId}` },
  // Supervision registries: officers and inspectors read the items, the city writes them; officers read the inspectors and the
  // parties in scope; the city keeps every inspector, 浦东 its own (赵磊), and inspector-1 (陈明) is refused 赵磊's conflicts; the city sets risk classes.
  'GET /api/v1/inspection-items': { allow: [...SUPERVISORS, 'inspector-1'] },
  'GET /api/v1/inspection-items/{id}': { allow: [...SUPERVISORS, 'inspector-1'], path: (f) => `/api/v1/inspection-items/${f.inspectionItem}` },
  'POST /api/v1/inspection-items': { allow: CITY, mutation: true, body: () => ({ code: 'M-1', name: '试', legalBasis: '依据', checklist: [{ key: 'a', label: '要点' }] }) },
  'PUT /api/v1/inspection-items/{id}': {
    allow: CITY,
    mutation: true,
    path: (f) => `/api/v1/inspection-items/${f.inspectionItem}`,
    body: () => ({ version: 1, name: '试', legalBasis: '依据', checklist: [{ key: 'a', label: '要点' }] }),
  },
  ...Object.fromEntries(
    ['deactivate', 'reactivate'].map((action) => [
      `POST /api/v1/inspection-items/{id}/${action}`,
      { allow: CITY, mutation: true, path: (f: Fixtures) => `/api/v1/inspection-items/${f.inspectionItem}/${action}`, body: () => reason } satisfies Expectation,
    ]),
  ),
  'GET /api/v1/inspectors': { allow: SUPERVISORS },
  'GET /api/v1/inspectors/{id}': { allow: SUPERVISORS, path: (f) => `/api/v1/inspectors/${f.inspectorZhao}` },
  'GET /api/v1/inspectors/mine': { allow: ['inspector-1'] },
  'GET /api/v1/inspectors/accounts': { allow: DISTRICTS },
  'POST /api/v1/inspectors': {
    allow: ['city-admin', 'pudong-officer'],
    mutation: true,
    body: () => ({ name: '钱进', certificateNumber: '31-RS-2024-9999', field: '评价', departmentKind: 'district', districtCode: '310115' }),
  },
  'PUT /api/v1/inspectors/{id}': {
    allow: ['city-admin', 'pudong-officer'],
    mutation: true,
    path: (f) => `/api/v1/inspectors/${f.inspectorZhao}`,
    body: () => ({ version: 1, name: '赵磊', certificateNumber: '31-RS-2021-1501', field: '机械加工', departmentKind: 'district', districtCode: '310115', username: 'inspector-3' }),
  },
  ...Object.fromEntries(
    ['deactivate', 'reactivate'].map((action) => [
      `POST /api/v1/inspectors/{id}/${action}`,
      { allow: ['city-admin', 'pudong-officer'], mutation: true, path: (f: Fixtures) => `/api/v1/inspectors/${f.inspectorZhao}/${action}`, body: () => reason } satisfies Expectation,
    ]),
  ),
  'POST /api/v1/inspectors/{id}/conflicts': {
    allow: ['city-admin', 'pudong-officer'],
    mutation: true,
    path: (f) => `/api/v1/inspectors/${f.inspectorZhao}/conflicts`,
    body: (f) => ({ institutionId: f.enterpriseId, reason: '亲属任职' }),
  },
  'POST /api/v1/inspectors/{id}/conflicts/{conflictId}/withdraw': {
    allow: ['city-admin', 'pudong-officer'],
    mutation: true,
    path: (f) => `/api/v1/inspectors/${f.inspectorZhao}/conflicts/${f.conflictZhao}/withdraw`,
    body: () => ({ reason: '已离职' }),
  },
  'GET /api/v1/inspection-parties': { allow: SUPERVISORS },
  'GET /api/v1/inspection-parties/{id}': { allow: ENTERPRISE_SUPERVISORS, path: (f) => `/api/v1/inspection-parties/${f.enterpriseId}` },
  'PUT /api/v1/inspection-parties/{id}/risk-class': {
    allow: CITY,
    mutation: true,
    path: (f) => `/api/v1/inspection-parties/${f.enterpriseId}/risk-class`,
    body: () => ({ riskClass: 'B', basis: '复评', version: 1 }),
  },
  // Rectification, document requests and sanctions: the inspection's inspectors and department act; its institution answers; the district reads; the competent bureau sanctions.
  'GET /api/v1/rectifications': { allow: FOLLOW_UP_LISTS },
  'GET /api/v1/rectifications/{id}': { allow: FOLLOW_UP_READERS, path: (f) => `/api/v1/rectifications/${f.rectification}` },
  'GET /api/v1/inspections/{id}/follow-up': { allow: FOLLOW_UP_READERS, path: (f) => `/api/v1/inspections/${f.inspection}/follow-up` },
  'POST /api/v1/inspections/{id}/rectifications': {
    allow: FOLLOW_UP,
    mutation: true,
    path: (f) => `/api/v1/inspections/${f.inspection}/rectifications`,
    body: () => ({ requirement: '整改', deadline: '2026-04-30' }),
  },
  'POST /api/v1/rectifications/{id}/files': { allow: ['enterprise-admin'], mutation: true, upload: true, path: (f) => `/api/v1/rectifications/${f.rectification}/files` },
  'GET /api/v1/rectifications/{id}/files/{fileId}': { allow: FOLLOW_UP_READERS, path: (f) => `/api/v1/rectifications/${f.rectification}/files/${f.rectificationFile}` },
  'POST /api/v1/rectifications/{id}/respond': {
    allow: ['enterprise-admin'],
    mutation: true,
    path: (f) => `/api/v1/rectifications/${f.rectification}/respond`,
    body: () => ({ version: 1, response: '已整改' }),
  },
  'POST /api/v1/rectifications/{id}/accept': { allow: FOLLOW_UP, mutation: true, path: (f) => `/api/v1/rectifications/${f.rectification}/accept`, body: () => version },
  'POST /api/v1/rectifications/{id}/reopen': { allow: FOLLOW_UP, mutation: true, path: (f) => `/api/v1/rectifications/${f.rectification}/reopen`, body: () => reason },
  'GET /api/v1/institutions/{id}/supervision-record': { allow: ENTERPRISE_READERS_OF_APPOINTMENTS, path: (f) => `/api/v1/institutions/${f.enterpriseId}/supervision-record` },
  'POST /api/v1/institutions/{id}/sanctions': {
    allow: ['city-admin', 'pudong-officer'],
    mutation: true,
    path: (f) => `/api/v1/institutions/${f.enterpriseId}/sanctions`,
    body: () => ({ kind: 'interview', reason: '约谈' }),
  },
  'GET /api/v1/document-requests': { allow: FOLLOW_UP_LISTS },
  'GET /api/v1/document-requests/{id}': { allow: FOLLOW_UP_READERS, path: (f) => `/api/v1/document-requests/${f.documentRequest}` },
  'POST /api/v1/inspections/{id}/document-requests': {
    allow: FOLLOW_UP,
    mutation: true,
    path: (f) => `/api/v1/inspections/${f.inspection}/document-requests`,
    body: () => ({ materials: ['评分记录表'], deadline: '2026-04-30' }),
  },
  'POST /api/v1/document-requests/{id}/files': { allow: ['enterprise-admin'], mutation: true, upload: true, path: (f) => `/api/v1/document-requests/${f.documentRequest}/files` },
  'GET /api/v1/document-requests/{id}/files/{fileId}': { allow: FOLLOW_UP_READERS, path: (f) => `/api/v1/document-requests/${f.documentRequest}/files/${f.documentRequestFile}` },
  'POST /api/v1/document-requests/{id}/answer': { allow: ['enterprise-admin'], mutation: true, path: (f) => `/api/v1/document-requests/${f.documentRequest}/answer`, body: () => version },
  'POST /api/v1/document-requests/{id}/close': { allow: FOLLOW_UP, mutation: true, path: (f) => `/api/v1/document-requests/${f.documentRequest}/close`, body: () => version },
  // Inspections: officers who supervise the institution and the assigned inspectors read; the inspectors work them; the running department (浦东) decides; the public reads published results.
  'GET /api/v1/inspections': { allow: [...DISTRICTS, 'industry-officer', 'inspector-1'] },
  'GET /api/v1/inspections/form-options': { allow: [...DISTRICTS, 'industry-officer'] },
  'POST /api/v1/inspections': {
    allow: [...ENTERPRISE_SUPERVISORS],
    mutation: true,
    body: (f) => ({ kind: 'routine', institutionId: f.enterpriseId, inspectionItemId: f.enterpriseId, methods: ['onsite'], title: '日常督导', inspectorIds: [f.enterpriseId, f.socialId] }),
  },
  'GET /api/v1/inspections/{id}': { allow: [...ENTERPRISE_SUPERVISORS, 'inspector-1'], path: (f) => `/api/v1/inspections/${f.inspectionAssigned}` },
  'GET /api/v1/inspections/{id}/report.pdf': { allow: [...ENTERPRISE_SUPERVISORS, 'inspector-1', 'enterprise-admin'], path: (f) => `/api/v1/inspections/${f.inspectionPublished}/report.pdf` },
  'GET /api/v1/inspection-files/{id}': { allow: [...ENTERPRISE_SUPERVISORS, 'inspector-1', 'enterprise-admin'], path: (f) => `/api/v1/inspection-files/${f.inspectionFile}` },
  'POST /api/v1/inspections/{id}/start': { allow: ['inspector-1'], mutation: true, path: (f) => `/api/v1/inspections/${f.inspectionAssigned}/start`, body: () => version },
  'PUT /api/v1/inspections/{id}/checklist': { allow: ['inspector-1'], mutation: true, path: (f) => `/api/v1/inspections/${f.inspectionAssigned}/checklist`, body: () => ({ version: 1, entries: [] }) },
  'POST /api/v1/inspections/{id}/findings': { allow: ['inspector-1'], mutation: true, path: (f) => `/api/v1/inspections/${f.inspectionAssigned}/findings`, body: () => ({ description: '问题' }) },
  'DELETE /api/v1/inspections/{id}/findings/{findingId}': {
    allow: ['inspector-1'],
    mutation: true,
    path: (f) => `/api/v1/inspections/${f.inspectionPublished}/findings/${f.inspectionFinding}`,
  },
  'POST /api/v1/inspections/{id}/files': { allow: ['inspector-1'], mutation: true, upload: true, path: (f) => `/api/v1/inspections/${f.inspectionAssigned}/files` },
  'PUT /api/v1/inspections/{id}/conclusion': {
    allow: ['inspector-1'],
    mutation: true,
    path: (f) => `/api/v1/inspections/${f.inspectionAssigned}/conclusion`,
    body: () => ({ version: 1, conclusion: 'compliant', summary: '合规' }),
  },
  'POST /api/v1/inspections/{id}/submit': { allow: ['inspector-1'], mutation: true, path: (f) => `/api/v1/inspections/${f.inspectionAssigned}/submit`, body: () => version },
  'POST /api/v1/inspections/{id}/confirm': { allow: ['inspector-1'], mutation: true, path: (f) => `/api/v1/inspections/${f.inspectionAssigned}/confirm` },
  'POST /api/v1/inspections/{id}/reassign': {
    allow: ['pudong-officer'],
    mutation: true,
    path: (f) => `/api/v1/inspections/${f.inspectionAssigned}/reassign`,
    body: (f) => ({ version: 1, inspectorIds: [f.enterpriseId, f.socialId] }),
  },
  'POST /api/v1/inspections/{id}/cancel': { allow: ['pudong-officer'], mutation: true, path: (f) => `/api/v1/inspections/${f.inspectionAssigned}/cancel`, body: () => reason },
  'POST /api/v1/inspections/{id}/publish': {
    allow: ['pudong-officer'],
    mutation: true,
    path: (f) => `/api/v1/inspections/${f.inspectionPublished}/publish`,
    body: () => ({ version: 1, withheld: [], publishedSummary: '公开' }),
  },
  'GET /api/v1/public/inspections': { allow: PUBLIC },
  'GET /api/v1/public/inspections/{id}': { allow: PUBLIC, path: (f) => `/api/v1/public/inspections/${f.inspectionPublished}` },
};

/** Full ID numbers and phones of the demo people: no response may carry them (only the audited reveal, which is not read here). */
const SECRETS = ['310115199203150011', '13916001234', '310112199508200025', '13816005678', '310115199006060025', '13701230025', '310115198801010049', '310115197806120031', '13901501501'];

describe('authorization matrix: every operation × every account', () => {
  let server: TestServer;
  const clients = new Map<Account, HttpClient>();
  const f = {} as Fixtures;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-matrix-'));
  let operations: string[] = [];

  before(async () => {
    server = await startTestServer('pglite');
    for (const account of ACCOUNTS) clients.set(account, account === 'anonymous' ? server.client() : await server.as(account));
    const as = (account: Account) => clients.get(account)!;
    const must = (response: HttpResponse, status: number) => {
      assert.equal(response.status, status, JSON.stringify(response.body));
      return response.body;
    };
    f.enterpriseId = await institutionIdOf(as('enterprise-admin'));
    f.socialId = await institutionIdOf(as('social-admin'));
    f.filingApproved = (await as('enterprise-admin').get('/api/v1/filings')).body.items.find((x: { status: string }) => x.status === 'approved').id;
    f.filingDraft = must(await as('social-admin').post(`/api/v1/institutions/${f.socialId}/filings`, turningFiling()), 201).id;
    f.draftAttachment = must(await as('social-admin').upload(`/api/v1/filings/${f.filingDraft}/attachments`, '制度.pdf', '%PDF-1.4 x', { purpose: 'management_rules' }), 201).id;
    f.planDraft = must(await as('enterprise-admin').post(`/api/v1/institutions/${f.enterpriseId}/plans`, enterprisePlan()), 201).id;
    f.planOpen = (await openPlan(as('enterprise-admin'), as('pudong-officer'), f.enterpriseId)).id;
    f.registrationLi = must(await as('candidate-2').post(`/api/v1/plans/${f.planOpen}/registrations`, {}), 201).id;
    const [li] = await rows<{ id: string }>(server.database.db, sql`select id from persons where name = '李强'`);
    f.personLi = li!.id;
    f.evidenceLi = must(await as('enterprise-admin').upload(`/api/v1/people/${f.personLi}/files`, '合同.pdf', '%PDF-1.4 y', { purpose: 'work_record' }), 201).id;
    f.relationLi = (await as('enterprise-admin').get(`/api/v1/institutions/${f.enterpriseId}/relations`)).body.items.find((r: { personName: string }) => r.personName === '李强').id;
    const file = path.join(workDir, 'one.xlsx');
    await writeRegistrationWorkbook(file, [dispatchedWorker(1)]);
    const started = must(
      await as('enterprise-admin').upload(`/api/v1/plans/${f.planOpen}/registration-imports`, 'one.xlsx', fs.readFileSync(file), { mode: 'valid_rows' }, { 'idempotency-key': randomUUID() }),
      202,
    );
    f.importId = (await importFinished(as('enterprise-admin'), started.id)).id;
    f.claimZhao = must(await as('candidate-4').post('/api/v1/people/me/identity-claim', { idType: 'resident_id', idNumber: '310115198801010049', name: '赵敏' }), 202).id;
    const [user] = await rows<{ id: string }>(server.database.db, sql`select id from users where username = 'candidate-2'`);
    f.userCandidate2 = user!.id;
    // Exam sessions: 李强 admitted to a second plan and seated; the examiner (孙国华) invigilates, 郑质量 supervises; the session is running now, with an incident and its photo.
    f.planSessions = (await openPlan(as('enterprise-admin'), as('pudong-officer'), f.enterpriseId, { examStart: '2026-04-10', examEnd: '2026-04-10' })).id;
    const applied = must(await as('candidate-2').post(`/api/v1/plans/${f.planSessions}/registrations`, {}), 201);
    f.registrationSessions = must(await as('enterprise-admin').post(`/api/v1/registrations/${applied.id}/review`, { version: applied.version, decision: 'admit' }), 200).id;
    f.examSession = must(await as('enterprise-admin').post(`/api/v1/plans/${f.planSessions}/exam-sessions`, examSessionBody), 201).id;
    must(await as('enterprise-admin').post(`/api/v1/plans/${f.planSessions}/exam-seats`, { component: 'theory' }), 200);
    const staff = (await as('enterprise-admin').get(`/api/v1/institutions/${f.enterpriseId}/staff`)).body.items as Array<{ id: string; name: string }>;
    const staffed = must(await as('enterprise-admin').post(`/api/v1/exam-sessions/${f.examSession}/staff`, { staffId: staff.find((s) => s.name === '孙国华')!.id, duty: 'invigilator' }), 200);
    f.sessionStaff = staffed.assignments.find((a: { name: string }) => a.name === '孙国华').id;
    must(await as('enterprise-admin').post(`/api/v1/exam-sessions/${f.examSession}/staff`, { staffId: staff.find((s) => s.name === '郑质量')!.id, duty: 'internal_supervisor' }), 200);
    await rows(server.database.db, sql`update exam_sessions set status = 'in_progress', starts_at = '2026-03-02T01:00:00Z', ends_at = '2026-03-02T03:00:00Z' where id = ${f.examSession}`);
    f.incident = must(await as('enterprise-admin').post(`/api/v1/exam-sessions/${f.examSession}/incidents`, { occurredAt: '2026-03-02T09:30:00+08:00', text: '设备故障' }), 201).id;
    must(await as('enterprise-admin').upload(`/api/v1/exam-incidents/${f.incident}/photo`, '现场.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])), 200);
    f.staffZhou = staff.find((s) => s.name === '周建平')!.id;
    f.sessionSkill = await insertSession(server.database, f.planOpen, { component: 'skill', room: '数控实操车间' });
    const assigned = must(await as('enterprise-admin').post(`/api/v1/exam-sessions/${f.sessionSkill}/staff`, { staffId: staff.find((s) => s.name === '孙国华')!.id, duty: 'examiner' }), 200);
    f.assignmentSun = assigned.assignments[0].id;
    f.userInspector = await userIdOf(server.database, 'inspector-1');
    // Results: a publication of the open plan and an objection to it, written directly (scoring is not this table's subject).
    const [publication] = await server.database.db
      .insert(resultsPublications)
      .values({ planId: f.planOpen, institutionId: f.enterpriseId, districtCode: '310115', startsOn: '2026-03-02', endsOn: '2026-03-06', workingDays: 5, publishedAt: new Date() })
      .returning();
    f.publicationOpen = publication!.id;
    const [objection] = await server.database.db
      .insert(resultsObjections)
      .values({ ...publicationScope(publication!), contactName: '张三', contactKind: 'phone', contactSealed: 'v1.x', contactMasked: '139****0000', reason: '核实', locale: 'zh-CN', clientHash: 'h' })
      .returning();
    f.objectionOpen = objection!.id;
    const [certificate] = await insertCertificateRows(server.database, { planId: f.planOpen, registrationIds: [f.registrationLi], issueDate: '2026-03-02' });
    f.certificateNumber = certificate!.number;
    f.certificate = certificate!.id;
    const exams = await examWorld(server, { extraCandidates: 0 });
    f.scoreSkill = exams.sessions.skill!;
    f.scoreTheory = exams.sessions.theory!;
    f.seatedLi = exams.candidates[0]!.registrationId;
    must(await as('enterprise-admin').put(`/api/v1/exam-sessions/${f.scoreTheory}/scores/${f.seatedLi}`, { score: 75 }), 200);
    must(await as('enterprise-admin').post(`/api/v1/exam-sessions/${f.scoreTheory}/sign-off`, version), 200);
    f.scoreCorrection = must(await (await server.as('enterprise-admin-2')).post(`/api/v1/exam-sessions/${f.scoreTheory}/scores/${f.seatedLi}/corrections`, { score: 76, reason: '誊录错误' }), 201).id;
    const sheet = path.join(workDir, 'scores.xlsx');
    await writeScoreWorkbook(sheet, ['准考证号', '姓名'], [[exams.candidates[0]!.ticket, '李强']]);
    const scoreImport = must(
      await as('enterprise-admin').upload(`/api/v1/exam-sessions/${f.scoreSkill}/score-imports`, 'scores.xlsx', fs.readFileSync(sheet), {}, { 'idempotency-key': randomUUID() }),
      202,
    );
    f.scoreImport = (await scoreImportFinished(as('enterprise-admin'), scoreImport.id)).id as string;
    const [appointment] = await server.database.db
      .insert(appointments)
      .values({ institutionId: f.enterpriseId, districtCode: '310115', personId: f.personLi, title: 'special', occupationCode: '6-18-01-01', termStart: '2026-03-02', termEnd: '2029-03-01' })
      .returning();
    f.appointmentLi = appointment!.id;
    const [apprenticeship] = await server.database.db
      .insert(apprenticeships)
      .values({ institutionId: f.enterpriseId, districtCode: '310115', personId: f.personLi, occupationCode: '6-18-01-01', startedOn: '2025-09-01' })
      .returning();
    f.apprenticeshipLi = apprenticeship!.id;
    f.inspectionItem = (await as('city-admin').get('/api/v1/inspection-items')).body.items[0].id;
    const zhao = must(await as('city-admin').get('/api/v1/inspectors?q=赵磊'), 200).items[0];
    f.inspectorZhao = zhao.id;
    f.conflictZhao = must(await as('city-admin').get(`/api/v1/inspectors/${zhao.id}`), 200).conflicts[0].id;
    f.inspection = (await insertInspection(server.database, { institutionId: f.enterpriseId, inspectors: ['inspector-1'] })).inspectionId;
    f.rectification = must(await as('inspector-1').post(`/api/v1/inspections/${f.inspection}/rectifications`, { requirement: '补齐监控录像', deadline: '2026-04-30' }), 201).id;
    f.rectificationFile = must(await as('enterprise-admin').upload(`/api/v1/rectifications/${f.rectification}/files`, '整改.pdf', '%PDF-1.4 z'), 201).id;
    f.documentRequest = must(await as('inspector-1').post(`/api/v1/inspections/${f.inspection}/document-requests`, { materials: ['评分记录表'], deadline: '2026-04-30' }), 201).id;
    f.documentRequestFile = must(await as('enterprise-admin').upload(`/api/v1/document-requests/${f.documentRequest}/files`, '评分记录表.pdf', '%PDF-1.4 w'), 201).id;
    const [publishedInspection] = await rows<{ id: string }>(server.database.db, sql`select id from inspections where status = 'published'`);
    const [assignedInspection] = await rows<{ id: string }>(server.database.db, sql`select id from inspections where status = 'assigned'`);
    const [finding] = await rows<{ id: string }>(server.database.db, sql`select id from inspection_findings where inspection_id = ${publishedInspection!.id}`);
    f.inspectionPublished = publishedInspection!.id;
    f.inspectionAssigned = assignedInspection!.id;
    f.inspectionFinding = finding!.id;
    const sha256 = await localFileStore(path.join(server.config.dataDir, 'files')).put(Buffer.from('%PDF-1.4 x'));
    const [inspectionFile] = await server.database.db
      .insert(inspectionFiles)
      .values({ inspectionId: publishedInspection!.id, findingId: finding!.id, fileName: '现场.pdf', contentType: 'application/pdf', size: 10, sha256 })
      .returning();
    f.inspectionFile = inspectionFile!.id;
    const document = (await server.client().get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(document.paths).flatMap(([p, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${p}`));
  });
  after(async () => {
    await server.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  test('every operation in the API document has a declared expectation', () => {
    const undeclared = operations.filter((op) => !EXPECTATIONS[op]);
    assert.deepEqual(undeclared, [], 'declare who may call each new operation in EXPECTATIONS');
    const stale = Object.keys(EXPECTATIONS).filter((op) => !operations.includes(op));
    assert.deepEqual(stale, [], 'expectations for operations that no longer exist');
  });

  test('reads: each account is allowed or refused exactly as declared, and no response carries a full ID number or phone', async () => {
    const wrong: string[] = [];
    for (const op of operations.filter((o) => o.startsWith('GET '))) {
      const expectation = EXPECTATIONS[op];
      if (!expectation) continue;
      const url = expectation.path ? expectation.path(f) : op.slice(4);
      for (const account of ACCOUNTS) {
        const response = await clients.get(account)!.get(url);
        const allowed = expectation.allow.includes(account);
        const expected = allowed ? (expectation.allowedStatus?.[account] ?? 200) : account === 'anonymous' ? 401 : 403;
        const ok = allowed && expected === 200 ? response.status >= 200 && response.status < 300 : response.status === expected;
        if (!ok) wrong.push(`${op} as ${account}: ${response.status} (expected ${expected}) ${JSON.stringify(response.body).slice(0, 160)}`);
        const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
        for (const secret of SECRETS) if (text.includes(secret)) wrong.push(`${op} as ${account}: carries ${secret.slice(0, 4)}…`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  test('changes: every account outside the declared ones is refused before anything happens', async () => {
    const wrong: string[] = [];
    for (const op of operations.filter((o) => !o.startsWith('GET '))) {
      const expectation = EXPECTATIONS[op];
      if (!expectation) continue;
      const [method, template] = op.split(' ') as [string, string];
      const url = expectation.path ? expectation.path(f) : template;
      for (const account of ACCOUNTS.filter((a) => !expectation.allow.includes(a))) {
        const client = clients.get(account)!;
        const response = expectation.upload
          ? await client.upload(url, '材料.pdf', '%PDF-1.4 matrix', { purpose: 'other', mode: 'valid_rows' }, { 'idempotency-key': randomUUID() }, method as 'POST' | 'PUT')
          : await client.request(method, url, expectation.body ? expectation.body(f) : undefined, {});
        const expected = account === 'anonymous' ? 401 : 403;
        if (response.status !== expected) wrong.push(`${op} as ${account}: ${response.status} (expected ${expected}) ${JSON.stringify(response.body).slice(0, 160)}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  test("lists hold only rows in scope: no other district, no other institution, no one else's draft", async () => {
    for (const account of ['huangpu-officer', 'minhang-officer', 'social-admin', 'school-admin'] as const) {
      const client = clients.get(account)!;
      const plans = (await client.get('/api/v1/plans')).body as Array<{ institutionId: string }>;
      assert.ok(!plans.some((p) => p.institutionId === f.enterpriseId), `${account} sees no plan of the 浦东 enterprise`);
      const filings = (await client.get('/api/v1/filings')).body.items as Array<{ institutionId: string; id: string }>;
      assert.ok(!filings.some((x) => x.institutionId === f.enterpriseId), `${account} sees no filing of the 浦东 enterprise`);
      const institutions = (await client.get('/api/v1/institutions')).body.items as Array<{ id: string }>;
      assert.ok(!institutions.some((x) => x.id === f.enterpriseId), `${account} sees no 浦东 institution`);
    }
    for (const account of ['city-admin', 'pudong-officer', 'industry-officer'] as const) {
      const client = clients.get(account)!;
      const plans = (await client.get('/api/v1/plans')).body as Array<{ id: string }>;
      assert.ok(
        plans.some((p) => p.id === f.planOpen),
        `${account} sees the filed plan`,
      );
      assert.ok(!plans.some((p) => p.id === f.planDraft), `${account} does not see the enterprise's draft plan`);
      const filings = (await client.get('/api/v1/filings')).body.items as Array<{ id: string }>;
      assert.ok(!filings.some((x) => x.id === f.filingDraft), `${account} does not see another institution's draft filing`);
    }
    const industry = (await clients.get('industry-officer')!.get('/api/v1/institutions')).body.items as Array<{ id: string }>;
    assert.deepEqual(
      industry.map((x) => x.id),
      [f.enterpriseId],
      'the industry officer lists exactly the institutions that filed its occupations',
    );
    const own = (await clients.get('enterprise-admin')!.get('/api/v1/plans')).body as Array<{ id: string }>;
    assert.ok(
      own.some((p) => p.id === f.planDraft),
      'the institution lists its own draft',
    );
  });
});
