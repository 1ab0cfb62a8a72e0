import type { AppDeps } from '../platform/http/app.ts';
import { systemRoutes } from './system/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { referenceRoutes } from './reference/routes.ts';
import { institutionRoutes } from './institutions/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { userRoutes } from './users/routes.ts';
import { webRoutes } from './web/routes.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { organizationRoutes } from './organizations/routes.ts';
import { filingRoutes } from './filings/routes.ts';
import { publicRoutes } from './public/routes.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { parameterRoutes } from './parameters/routes.ts';
import { peopleRoutes } from './people/routes.ts';
import { identityRoutes } from './identity/routes.ts';
import { relationRoutes } from './relations/routes.ts';
import { calendarRoutes } from './calendar/routes.ts';
import { planRoutes } from './plans/routes.ts';
import { registrationRoutes } from './registrations/routes.ts';
import { workbenchRoutes } from './workbench/routes.ts';
import { examSessionRoutes } from './exam-sessions/index.ts';
import { staffingRoutes } from './staffing/routes.ts';
import { resultsRoutes } from './results/index.ts';
import { verificationRoutes } from './verification/index.ts';
import { scoreRoutes } from './scores/index.ts';
import { certificateDocumentRoutes } from './certificate-documents/index.ts';
import { nationalExportRoutes } from './national-export/index.ts';
import { certificateRoutes } from './certificates/index.ts';
import { appointmentRoutes } from './appointments/index.ts';
import { credentialRoutes } from './credentials/index.ts';
import { inspectionRegistryRoutes } from './inspection-registry/index.ts';
import { inspectionDrawRoutes } from './inspection-draws/index.ts';
import { rectificationRoutes } from './rectifications/index.ts';
import { documentRequestRoutes } from './document-requests/index.ts';
import { inspectionRoutes } from './inspections/index.ts';

/** Every module's routes, in the order they are registered; the web fallback comes last. */
export const MODULES: AppDeps['modules'] = [
  systemRoutes,
  authRoutes,
  referenceRoutes,
  institutionRoutes,
  auditRoutes,
  userRoutes,
  catalogueRoutes,
  organizationRoutes,
  filingRoutes,
  publicRoutes,
  notificationRoutes,
  parameterRoutes,
  peopleRoutes,
  identityRoutes,
  relationRoutes,
  calendarRoutes,
  planRoutes,
  registrationRoutes,
  workbenchRoutes,
  examSessionRoutes,
  staffingRoutes,
  resultsRoutes,
  verificationRoutes,
  scoreRoutes,
  certificateDocumentRoutes,
  nationalExportRoutes,
  certificateRoutes,
  appointmentRoutes,
  credentialRoutes,
  inspectionRegistryRoutes,
  inspectionDrawRoutes,
  rectificationRoutes,
  documentRequestRoutes,
  inspectionRoutes,
  webRoutes,
];
