import { PLAN_ACTIONS } from '@jiping/domain';
import { IdParams } from './common.ts';
import { endpoint, family } from './endpoint.ts';
import { LoginBody, LoginResult, Me, UpdatePreferencesBody } from './auth.ts';
import { AuditListQuery, AuditPage, AuditVerification } from './audit.ts';
import { UserListQuery, UserPage } from './users.ts';
import { Health } from './health.ts';
import { DistrictList, OccupationList } from './reference.ts';
import { DistrictInstitutionListQuery, DistrictParams, InstitutionDetail, InstitutionIdParams, InstitutionListQuery, InstitutionPage } from './institutions.ts';
import {
  ApproveBody,
  CreateFilingBody,
  DecisionBody,
  DemonstrationBody,
  DemonstrationResult,
  FilingAttachmentView,
  FilingChanged,
  FilingDetail,
  FilingIdParams,
  FilingListQuery,
  FilingPage,
  InstitutionFilingParams,
  PublicInstitution,
  PublicInstitutionPage,
  PublicInstitutionQuery,
  RegisterOrganizationBody,
  RegisterOrganizationResult,
  UpdateFilingBody,
  VersionBody,
} from './filings.ts';
import {
  AgreementList,
  AgreementView,
  CreateAgreementBody,
  CreateRelationBody,
  EndRelationBody,
  EvidenceFileView,
  PersonDetail,
  PersonIdentity,
  PersonView,
  RegisterPersonBody,
  RegisterPersonResult,
  RelationList,
  RelationListQuery,
  RelationView,
  UpdateProfileBody,
} from './people.ts';
import {
  ApplyBody,
  DirectRecognitionDecisionBody,
  DirectRecognitionQuery,
  DirectRecognitionRequestBody,
  RegistrationImportList,
  RegistrationImportView,
  RegistrationList,
  RegistrationListQuery,
  RegistrationPage,
  RegistrationView,
  ReviewBody,
  WithdrawBody,
} from './registrations.ts';
import { OccupationEligibilityBody, OccupationEligibilityView } from './eligibility.ts';
import {
  ClaimIdentityBody,
  DecideIdentityClaimBody,
  IdentityClaimDecided,
  IdentityClaimQuery,
  IdentityClaimView,
  PendingIdentityClaimList,
  SmsOutboxList,
  UnlinkAccountBody,
  UnlinkResult,
  VerifyIdentityCodeBody,
} from './identity.ts';
import { WorkbenchQuery, WorkbenchView } from './workbench.ts';
import { examSessionDownloads, examSessionEndpoints } from './exam-sessions.ts';
import { certificateDocumentDownloads, certificateDocumentEndpoints } from './certificate-documents.ts';
import { scoreDownloads, scoreEndpoints } from './scores.ts';
import { CreatePlanBody, OpenPlanList, PlanDecisionBody, PlanList, PlanView } from './plans.ts';
import { resultsDownloads, resultsEndpoints } from './results.ts';
import { nationalExportDownloads, nationalExportEndpoints } from './national-export.ts';
import { inspectionDrawDownloads, inspectionDrawEndpoints } from './inspection-draws.ts';
import { certificateDownloads, certificateEndpoints } from './certificates.ts';
import { credentialDownloads, credentialEndpoints } from './credentials.ts';
import {
  CalendarDateParams,
  CalendarDay,
  CalendarDays,
  CalendarQuery,
  CatalogueImportResult,
  NotificationList,
  OccupationCodeParams,
  ParameterList,
  ParameterValueSet,
  SetCalendarDayBody,
  SetParameterBody,
} from './settings.ts';
import { staffingEndpoints } from './staffing.ts';
import { verificationDownloads, verificationEndpoints } from './verification.ts';
import { appointmentsEndpoints } from './appointments.ts';
import { inspectionRegistryEndpoints } from './inspection-registry.ts';
import { rectificationDownloads, rectificationEndpoints } from './rectifications.ts';
import { documentRequestDownloads, documentRequestEndpoints } from './document-requests.ts';
import { inspectionDownloads, inspectionEndpoints } from './inspections.ts';

export const FILING_REASONED_ACTIONS = ['return', 'reject', 'suspend', 'restore', 'terminate', 'withdraw'] as const;
const CLAIM = '/api/v1/people/me/identity-claim';

export const endpoints = {
  login: endpoint({ method: 'POST', url: '/api/v1/auth/login', body: LoginBody, response: LoginResult }),
  logout: endpoint({ method: 'POST', url: '/api/v1/auth/logout', response: null }),
  me: endpoint({ method: 'GET', url: '/api/v1/auth/me', response: Me }),
  updatePreferences: endpoint({ method: 'PATCH', url: '/api/v1/me/preferences', body: UpdatePreferencesBody, response: null }),

  health: endpoint({ method: 'GET', url: '/api/health', response: Health }),
  auditEvents: endpoint({ method: 'GET', url: '/api/v1/audit/events', query: AuditListQuery, response: AuditPage }),
  auditVerify: endpoint({ method: 'GET', url: '/api/v1/audit/verify', response: AuditVerification }),
  users: endpoint({ method: 'GET', url: '/api/v1/users', query: UserListQuery, response: UserPage }),
  notifications: endpoint({ method: 'GET', url: '/api/v1/notifications', response: NotificationList }),
  workbench: endpoint({ method: 'GET', url: '/api/v1/workbench', query: WorkbenchQuery, response: WorkbenchView }),

  districts: endpoint({ method: 'GET', url: '/api/v1/districts', response: DistrictList }),
  occupations: endpoint({ method: 'GET', url: '/api/v1/occupations', response: OccupationList }),
  calendar: endpoint({ method: 'GET', url: '/api/v1/calendar', query: CalendarQuery, response: CalendarDays }),
  setCalendarDay: endpoint({ method: 'PUT', url: '/api/v1/calendar/:date', params: CalendarDateParams, body: SetCalendarDayBody, response: CalendarDay }),
  parameters: endpoint({ method: 'GET', url: '/api/v1/parameters', response: ParameterList }),
  setParameter: endpoint({ method: 'POST', url: '/api/v1/parameters', body: SetParameterBody, response: ParameterValueSet }),
  importCatalogue: endpoint({ method: 'POST', url: '/api/v1/catalogue/imports', upload: true, response: CatalogueImportResult }),
  occupationEligibility: endpoint({ method: 'GET', url: '/api/v1/catalogue/occupations/:code/eligibility', params: OccupationCodeParams, response: OccupationEligibilityView }),
  setOccupationEligibility: endpoint({
    method: 'PUT',
    url: '/api/v1/catalogue/occupations/:code/eligibility',
    params: OccupationCodeParams,
    body: OccupationEligibilityBody,
    response: OccupationEligibilityView,
  }),

  institutions: endpoint({ method: 'GET', url: '/api/v1/institutions', query: InstitutionListQuery, response: InstitutionPage }),
  institution: endpoint({ method: 'GET', url: '/api/v1/institutions/:id', params: InstitutionIdParams, response: InstitutionDetail }),
  districtInstitutions: endpoint({ method: 'GET', url: '/api/v1/districts/:code/institutions', params: DistrictParams, query: DistrictInstitutionListQuery, response: InstitutionPage }),
  publicInstitutions: endpoint({ method: 'GET', url: '/api/v1/public/institutions', query: PublicInstitutionQuery, response: PublicInstitutionPage }),
  publicInstitution: endpoint({ method: 'GET', url: '/api/v1/public/institutions/:id', params: InstitutionIdParams, response: PublicInstitution }),
  registerOrganization: endpoint({ method: 'POST', url: '/api/v1/organizations/register', body: RegisterOrganizationBody, response: RegisterOrganizationResult }),

  filings: endpoint({ method: 'GET', url: '/api/v1/filings', query: FilingListQuery, response: FilingPage }),
  filing: endpoint({ method: 'GET', url: '/api/v1/filings/:id', params: FilingIdParams, response: FilingDetail }),
  createFiling: endpoint({ method: 'POST', url: '/api/v1/institutions/:id/filings', params: InstitutionFilingParams, body: CreateFilingBody, response: FilingChanged }),
  createAmendment: endpoint({ method: 'POST', url: '/api/v1/institutions/:id/amendments', params: InstitutionFilingParams, body: CreateFilingBody.optional(), response: FilingChanged }),
  createRenewal: endpoint({ method: 'POST', url: '/api/v1/institutions/:id/renewals', params: InstitutionFilingParams, body: CreateFilingBody.optional(), response: FilingChanged }),
  updateFiling: endpoint({ method: 'PUT', url: '/api/v1/filings/:id', params: FilingIdParams, body: UpdateFilingBody, response: FilingChanged }),
  submitFiling: endpoint({ method: 'POST', url: '/api/v1/filings/:id/submit', params: FilingIdParams, body: VersionBody, response: FilingChanged }),
  approveFiling: endpoint({ method: 'POST', url: '/api/v1/filings/:id/approve', params: FilingIdParams, body: ApproveBody, response: FilingChanged }),
  decideFiling: family(FILING_REASONED_ACTIONS, (action) => endpoint({ method: 'POST', url: `/api/v1/filings/:id/${action}`, params: FilingIdParams, body: DecisionBody, response: FilingChanged })),
  addFilingAttachment: endpoint({ method: 'POST', url: '/api/v1/filings/:id/attachments', params: FilingIdParams, upload: true, response: FilingAttachmentView }),
  setDemonstration: endpoint({ method: 'PUT', url: '/api/v1/institutions/:id/demonstration', params: InstitutionFilingParams, body: DemonstrationBody, response: DemonstrationResult }),

  plans: endpoint({ method: 'GET', url: '/api/v1/plans', response: PlanList }),
  plan: endpoint({ method: 'GET', url: '/api/v1/plans/:id', params: IdParams, response: PlanView }),
  createPlan: endpoint({ method: 'POST', url: '/api/v1/institutions/:id/plans', params: IdParams, body: CreatePlanBody, response: PlanView }),
  transitionPlan: family(PLAN_ACTIONS, (action) => endpoint({ method: 'POST', url: `/api/v1/plans/:id/${action}`, params: IdParams, body: PlanDecisionBody, response: PlanView })),

  registerPerson: endpoint({ method: 'POST', url: '/api/v1/people', body: RegisterPersonBody, response: RegisterPersonResult }),
  myPerson: endpoint({ method: 'GET', url: '/api/v1/people/me', response: PersonDetail }),
  person: endpoint({ method: 'GET', url: '/api/v1/people/:id', params: IdParams, response: PersonView }),
  revealPerson: endpoint({ method: 'POST', url: '/api/v1/people/:id/reveal', params: IdParams, response: PersonIdentity }),
  profile: endpoint({ method: 'GET', url: '/api/v1/people/:id/profile', params: IdParams, response: PersonDetail }),
  updateProfile: endpoint({ method: 'PUT', url: '/api/v1/people/:id/profile', params: IdParams, body: UpdateProfileBody, response: PersonDetail }),
  uploadPersonFile: endpoint({ method: 'POST', url: '/api/v1/people/:id/files', params: IdParams, upload: true, response: EvidenceFileView }),

  uploadInstitutionFile: endpoint({ method: 'POST', url: '/api/v1/institutions/:id/files', params: IdParams, upload: true, response: EvidenceFileView }),
  agreements: endpoint({ method: 'GET', url: '/api/v1/institutions/:id/agreements', params: IdParams, response: AgreementList }),
  createAgreement: endpoint({ method: 'POST', url: '/api/v1/institutions/:id/agreements', params: IdParams, body: CreateAgreementBody, response: AgreementView }),
  relations: endpoint({ method: 'GET', url: '/api/v1/institutions/:id/relations', params: IdParams, query: RelationListQuery, response: RelationList }),
  createRelation: endpoint({ method: 'POST', url: '/api/v1/institutions/:id/relations', params: IdParams, body: CreateRelationBody, response: RelationView }),
  endRelation: endpoint({ method: 'POST', url: '/api/v1/relations/:id/end', params: IdParams, body: EndRelationBody, response: RelationView }),

  ownClaim: endpoint({ method: 'GET', url: CLAIM, response: IdentityClaimView }),
  claimIdentity: endpoint({ method: 'POST', url: CLAIM, body: ClaimIdentityBody, response: IdentityClaimView }),
  verifyIdentityCode: endpoint({ method: 'POST', url: `${CLAIM}/verify`, body: VerifyIdentityCodeBody, response: IdentityClaimView }),
  resendIdentityCode: endpoint({ method: 'POST', url: `${CLAIM}/resend`, response: IdentityClaimView }),
  requestInPerson: endpoint({ method: 'POST', url: `${CLAIM}/in-person`, response: IdentityClaimView }),
  cancelOwnClaim: endpoint({ method: 'DELETE', url: CLAIM, response: IdentityClaimView }),
  identityClaims: endpoint({ method: 'GET', url: '/api/v1/identity-claims', query: IdentityClaimQuery, response: PendingIdentityClaimList }),
  decideIdentityClaim: endpoint({ method: 'POST', url: '/api/v1/identity-claims/:id/decision', params: IdParams, body: DecideIdentityClaimBody, response: IdentityClaimDecided }),
  unlinkAccount: endpoint({ method: 'POST', url: '/api/v1/users/:id/person-link/unlink', params: IdParams, body: UnlinkAccountBody, response: UnlinkResult }),
  smsOutbox: endpoint({ method: 'GET', url: '/api/v1/dev/sms-outbox', response: SmsOutboxList }),

  openPlans: endpoint({ method: 'GET', url: '/api/v1/plans/open', response: OpenPlanList }),
  apply: endpoint({ method: 'POST', url: '/api/v1/plans/:id/registrations', params: IdParams, body: ApplyBody, response: RegistrationView }),
  planRegistrations: endpoint({ method: 'GET', url: '/api/v1/plans/:id/registrations', params: IdParams, query: RegistrationListQuery, response: RegistrationPage }),
  myRegistrations: endpoint({ method: 'GET', url: '/api/v1/registrations/mine', response: RegistrationList }),
  registration: endpoint({ method: 'GET', url: '/api/v1/registrations/:id', params: IdParams, response: RegistrationView }),
  reviewRegistration: endpoint({ method: 'POST', url: '/api/v1/registrations/:id/review', params: IdParams, body: ReviewBody, response: RegistrationView }),
  withdrawRegistration: endpoint({ method: 'POST', url: '/api/v1/registrations/:id/withdraw', params: IdParams, body: WithdrawBody, response: RegistrationView }),
  requestDirectRecognition: endpoint({
    method: 'POST',
    url: '/api/v1/registrations/:id/direct-recognition',
    params: IdParams,
    body: DirectRecognitionRequestBody,
    response: RegistrationView,
  }),
  decideDirectRecognition: endpoint({
    method: 'POST',
    url: '/api/v1/registrations/:id/direct-recognition/decision',
    params: IdParams,
    body: DirectRecognitionDecisionBody,
    response: RegistrationView,
  }),
  directRecognitions: endpoint({ method: 'GET', url: '/api/v1/direct-recognitions', query: DirectRecognitionQuery, response: RegistrationList }),
  startImport: endpoint({ method: 'POST', url: '/api/v1/plans/:id/registration-imports', params: IdParams, upload: true, response: RegistrationImportView }),
  planImports: endpoint({ method: 'GET', url: '/api/v1/plans/:id/registration-imports', params: IdParams, response: RegistrationImportList }),
  registrationImport: endpoint({ method: 'GET', url: '/api/v1/registration-imports/:id', params: IdParams, response: RegistrationImportView }),
  ...examSessionEndpoints,
  ...staffingEndpoints,
  ...resultsEndpoints,
  ...nationalExportEndpoints,
  ...inspectionDrawEndpoints,
  ...scoreEndpoints,
  ...certificateDocumentEndpoints,
  ...verificationEndpoints,
  ...certificateEndpoints,
  ...appointmentsEndpoints,
  ...credentialEndpoints,
  ...inspectionRegistryEndpoints,
  ...rectificationEndpoints,
  ...documentRequestEndpoints,
  ...inspectionEndpoints,
} as const;

/**
 * Files the pages link to (downloads open in the browser, not through the JSON client): the path
 * template and the `:name` segments it needs.
 */
export const downloads = {
  catalogueTemplate: { url: '/api/v1/catalogue/template.xlsx' },
  catalogueExport: { url: '/api/v1/catalogue/export' },
  filingAttachment: { url: '/api/v1/filings/:id/attachments/:attachmentId' },
  evidenceFile: { url: '/api/v1/evidence-files/:id' },
  importTemplate: { url: '/api/v1/registration-imports/template' },
  importErrorsXlsx: { url: '/api/v1/registration-imports/:id/errors.xlsx' },
  importErrorsCsv: { url: '/api/v1/registration-imports/:id/errors.csv' },
  ...examSessionDownloads,
  ...resultsDownloads,
  ...nationalExportDownloads,
  ...inspectionDrawDownloads,
  ...scoreDownloads,
  ...certificateDocumentDownloads,
  ...verificationDownloads,
  ...certificateDownloads,
  ...credentialDownloads,
  ...rectificationDownloads,
  ...documentRequestDownloads,
  ...inspectionDownloads,
} as const;
