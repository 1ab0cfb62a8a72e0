import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import i18n from './i18n/index.ts';
import { applyLocale, useUserLocale } from './layout/language.tsx';
import { Loading } from './layout/common.tsx';
import { PortalLayout } from './layout/PortalLayout.tsx';
import { WorkspaceLayout } from './layout/WorkspaceLayout.tsx';

/**
 * People who ask their system for less motion get none: dialogs and menus appear at once. (It
 * also keeps automated browsers from clicking into a dialog that is still zooming in.)
 */
const REDUCED_MOTION = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

const LoginPage = lazy(() => import('./features/auth/LoginPage.tsx'));
const HomePage = lazy(() => import('./features/portal/HomePage.tsx'));
const OccupationsPage = lazy(() => import('./features/portal/OccupationsPage.tsx'));
const DistrictsPage = lazy(() => import('./features/portal/DistrictsPage.tsx'));
const DirectoryPage = lazy(() => import('./features/portal/DirectoryPage.tsx'));
const DirectoryEntryPage = lazy(() => import('./features/portal/DirectoryEntryPage.tsx'));
const RegisterPage = lazy(() => import('./features/portal/RegisterPage.tsx'));
const DashboardPage = lazy(() => import('./features/dashboard/DashboardPage.tsx'));
const InstitutionsPage = lazy(() => import('./features/institutions/InstitutionsPage.tsx'));
const InstitutionDetailPage = lazy(() => import('./features/institutions/InstitutionDetailPage.tsx'));
const AuditPage = lazy(() => import('./features/audit/AuditPage.tsx'));
const UsersPage = lazy(() => import('./features/users/UsersPage.tsx'));
const ProfilePage = lazy(() => import('./features/profile/ProfilePage.tsx'));
const FilingsPage = lazy(() => import('./features/filings/FilingsPage.tsx'));
const FilingDetailPage = lazy(() => import('./features/filings/FilingDetailPage.tsx'));
const FilingFormPage = lazy(() => import('./features/filings/FilingFormPage.tsx'));
const PlansPage = lazy(() => import('./features/plans/PlansPage.tsx'));
const CataloguePage = lazy(() => import('./features/catalogue/CataloguePage.tsx'));
const PlanRegistrationsPage = lazy(() => import('./features/registrations/PlanRegistrationsPage.tsx'));
const PeoplePage = lazy(() => import('./features/people/PeoplePage.tsx'));
const MyProfilePage = lazy(() => import('./features/people/MyProfilePage.tsx'));
const ApplyPage = lazy(() => import('./features/registrations/ApplyPage.tsx'));
const MyRegistrationsPage = lazy(() => import('./features/registrations/MyRegistrationsPage.tsx'));
const DirectRecognitionPage = lazy(() => import('./features/registrations/DirectRecognitionPage.tsx'));
const IdentityClaimsPage = lazy(() => import('./features/identity/IdentityClaimsPage.tsx'));
const SmsOutboxPage = lazy(() => import('./features/identity/SmsOutboxPage.tsx'));
const PlanSessionsPage = lazy(() => import('./features/exam-sessions/PlanSessionsPage.tsx'));
const SessionDayPage = lazy(() => import('./features/exam-sessions/SessionDayPage.tsx'));
const MySessionsPage = lazy(() => import('./features/exam-sessions/MySessionsPage.tsx'));
const StaffPage = lazy(() => import('./features/staffing/StaffPage.tsx'));
const PlanStaffingPage = lazy(() => import('./features/staffing/PlanStaffingPage.tsx'));
const MyConflictsPage = lazy(() => import('./features/staffing/MyConflictsPage.tsx'));
const ResultsPage = lazy(() => import('./features/results/ResultsPage.tsx'));
const PlanResultsPage = lazy(() => import('./features/results/PlanResultsPage.tsx'));
const PublicityPage = lazy(() => import('./features/results/PublicityPage.tsx'));
const PublicityDetailPage = lazy(() => import('./features/results/PublicityDetailPage.tsx'));
const NationalExportPage = lazy(() => import('./features/national-export/NationalExportPage.tsx'));
const NationalExportBatchPage = lazy(() => import('./features/national-export/NationalExportBatchPage.tsx'));
const ScoringSessionsPage = lazy(() => import('./features/scores/ScoringSessionsPage.tsx'));
const ScoreSheetPage = lazy(() => import('./features/scores/ScoreSheetPage.tsx'));
const ScoreCorrectionsPage = lazy(() => import('./features/scores/ScoreCorrectionsPage.tsx'));
const MyScoresPage = lazy(() => import('./features/scores/MyScoresPage.tsx'));
const CertificatesPage = lazy(() => import('./features/certificates/CertificatesPage.tsx'));
const PlanCertificatesPage = lazy(() => import('./features/certificates/PlanCertificatesPage.tsx'));
const CertificateDetailPage = lazy(() => import('./features/certificates/CertificateDetailPage.tsx'));
const MyCertificatesPage = lazy(() => import('./features/certificates/MyCertificatesPage.tsx'));
const AppointmentsPage = lazy(() => import('./features/appointments/AppointmentsPage.tsx'));
const PublicAppointmentsPage = lazy(() => import('./features/appointments/PublicAppointmentsPage.tsx'));
const PersonDetailPage = lazy(() => import('./features/people/PersonDetailPage.tsx'));
const InspectionRegistryPage = lazy(() => import('./features/inspection-registry/InspectionRegistryPage.tsx'));
const InspectionTasksPage = lazy(() => import('./features/inspection-tasks/InspectionTasksPage.tsx'));
const InspectionTaskPage = lazy(() => import('./features/inspection-tasks/InspectionTaskPage.tsx'));
const PublicDrawsPage = lazy(() => import('./features/inspection-tasks/PublicDrawsPage.tsx'));
const PublicDrawPage = lazy(() => import('./features/inspection-tasks/PublicDrawPage.tsx'));
const RectificationsPage = lazy(() => import('./features/rectifications/RectificationsPage.tsx'));
const RectificationDetailPage = lazy(() => import('./features/rectifications/RectificationDetailPage.tsx'));
const DocumentRequestsPage = lazy(() => import('./features/document-requests/DocumentRequestsPage.tsx'));
const DocumentRequestDetailPage = lazy(() => import('./features/document-requests/DocumentRequestDetailPage.tsx'));
const InspectionsPage = lazy(() => import('./features/inspections/InspectionsPage.tsx'));
const InspectionDetailPage = lazy(() => import('./features/inspections/InspectionDetailPage.tsx'));
const InspectionResultsPage = lazy(() => import('./features/portal/InspectionResultsPage.tsx'));
const InspectionResultPage = lazy(() => import('./features/portal/InspectionResultPage.tsx'));

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
void applyLocale(i18n.language === 'en-US' ? 'en-US' : 'zh-CN');

function Root() {
  const { i18n: current } = useTranslation();
  useUserLocale();
  return (
    <ConfigProvider locale={current.language === 'en-US' ? enUS : zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#1677ff', motion: !REDUCED_MOTION } }}>
      <AntApp>
        <BrowserRouter>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route element={<PortalLayout />}>
                <Route index element={<HomePage />} />
                <Route path="portal/occupations" element={<OccupationsPage />} />
                <Route path="portal/districts" element={<DistrictsPage />} />
                <Route path="portal/institutions" element={<DirectoryPage />} />
                <Route path="portal/institutions/:id" element={<DirectoryEntryPage />} />
                <Route path="portal/register" element={<RegisterPage />} />
                <Route path="portal/results" element={<PublicityPage />} />
                <Route path="portal/results/:id" element={<PublicityDetailPage />} />
                <Route path="portal/appointments" element={<PublicAppointmentsPage />} />
                <Route path="portal/draws" element={<PublicDrawsPage />} />
                <Route path="portal/draws/:id" element={<PublicDrawPage />} />
                <Route path="portal/inspections" element={<InspectionResultsPage />} />
                <Route path="portal/inspections/:id" element={<InspectionResultPage />} />
              </Route>
              <Route path="login" element={<LoginPage />} />
              <Route path=":workspace" element={<WorkspaceLayout />}>
                <Route index element={<DashboardPage />} />
                <Route path="filings" element={<FilingsPage />} />
                <Route path="filings/new/:kind" element={<FilingFormPage />} />
                <Route path="filings/:id" element={<FilingDetailPage />} />
                <Route path="filings/:id/edit" element={<FilingFormPage />} />
                <Route path="plans" element={<PlansPage />} />
                <Route path="plans/:id/registrations" element={<PlanRegistrationsPage />} />
                <Route path="plans/:id/exam-sessions" element={<PlanSessionsPage />} />
                <Route path="plans/:planId/exam-sessions/:id" element={<SessionDayPage />} />
                <Route path="my-sessions" element={<MySessionsPage />} />
                <Route path="my-sessions/:id" element={<SessionDayPage />} />
                <Route path="plans/:id/staffing" element={<PlanStaffingPage />} />
                <Route path="staff" element={<StaffPage />} />
                <Route path="conflicts" element={<MyConflictsPage />} />
                <Route path="results" element={<ResultsPage />} />
                <Route path="results/:id" element={<PlanResultsPage />} />
                <Route path="national-export" element={<NationalExportPage />} />
                <Route path="national-export/:id" element={<NationalExportBatchPage />} />
                <Route path="inspection-tasks" element={<InspectionTasksPage />} />
                <Route path="inspection-tasks/:id" element={<InspectionTaskPage />} />
                <Route path="rectifications" element={<RectificationsPage />} />
                <Route path="rectifications/:id" element={<RectificationDetailPage />} />
                <Route path="document-requests" element={<DocumentRequestsPage />} />
                <Route path="document-requests/:id" element={<DocumentRequestDetailPage />} />
                <Route path="inspections" element={<InspectionsPage />} />
                <Route path="inspections/:id" element={<InspectionDetailPage />} />
                <Route path="scoring" element={<ScoringSessionsPage />} />
                <Route path="scoring/:id" element={<ScoreSheetPage />} />
                <Route path="scores" element={<ScoringSessionsPage />} />
                <Route path="scores/:id" element={<ScoreSheetPage />} />
                <Route path="score-corrections" element={<ScoreCorrectionsPage />} />
                <Route path="my-scores" element={<MyScoresPage />} />
                <Route path="certificates" element={<CertificatesPage />} />
                <Route path="certificates/plans/:id" element={<PlanCertificatesPage />} />
                <Route path="certificates/:id" element={<CertificateDetailPage />} />
                <Route path="my-certificates" element={<MyCertificatesPage />} />
                <Route path="my-certificates/:id" element={<CertificateDetailPage />} />
                <Route path="direct-recognition" element={<DirectRecognitionPage />} />
                <Route path="people" element={<PeoplePage />} />
                <Route path="people/:id" element={<PersonDetailPage />} />
                <Route path="appointments" element={<AppointmentsPage />} />
                <Route path="identity-claims" element={<IdentityClaimsPage />} />
                <Route path="identity-claims/sms-outbox" element={<SmsOutboxPage />} />
                <Route path="my-profile" element={<MyProfilePage />} />
                <Route path="apply" element={<ApplyPage />} />
                <Route path="my-registrations" element={<MyRegistrationsPage />} />
                <Route path="institutions" element={<InstitutionsPage />} />
                <Route path="institutions/:id" element={<InstitutionDetailPage />} />
                <Route path="institutions/:id/appointments" element={<AppointmentsPage />} />
                <Route path="inspection-registry" element={<InspectionRegistryPage />} />
                <Route path="catalogue" element={<CataloguePage />} />
                <Route path="audit" element={<AuditPage />} />
                <Route path="users" element={<UsersPage />} />
                <Route path="profile" element={<ProfilePage />} />
                <Route path="*" element={<Navigate to="." replace />} />
              </Route>
            </Routes>
          </Suspense>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Root />
    </QueryClientProvider>
  </StrictMode>,
);
