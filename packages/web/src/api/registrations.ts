import { useQuery } from '@tanstack/react-query';
import type { RegistrationImportView, RegistrationView } from '@jiping/contracts';
import { api } from './client.ts';
import type { OpenPlan } from './plans.ts';

export function useOpenPlans() {
  return useQuery({ queryKey: ['plans', 'open'], queryFn: () => api<{ items: OpenPlan[] }>('/api/v1/plans/open').then((r) => r.items) });
}

export function useMyRegistrations(enabled = true) {
  return useQuery({ queryKey: ['registrations', 'mine'], enabled, queryFn: () => api<{ items: RegistrationView[] }>('/api/v1/registrations/mine').then((r) => r.items) });
}

/** 破格 requests the signed-in district officer (or the city) decides: still pending, or decided. */
export function useDirectRecognitions(status: 'pending' | 'decided') {
  return useQuery({
    queryKey: ['direct-recognitions', status],
    queryFn: () => api<{ items: RegistrationView[] }>(`/api/v1/direct-recognitions?status=${status}`).then((r) => r.items),
  });
}

const RUNNING: ReadonlyArray<RegistrationImportView['status']> = ['running'];

export function importRunning(view: RegistrationImportView | undefined): boolean {
  return Boolean(view && RUNNING.includes(view.status));
}

/** One group import, read again every half second while the server is still working on it. */
export function useRegistrationImport(id: string | null) {
  return useQuery({
    queryKey: ['registration-import', id],
    enabled: id !== null,
    queryFn: () => api<RegistrationImportView>(`/api/v1/registration-imports/${id}`),
    refetchInterval: (query) => (importRunning(query.state.data) ? 500 : false),
  });
}

/** A plan's imports; read again every second while one of them is still running. */
export function usePlanImports(planId: string | undefined) {
  return useQuery({
    queryKey: ['registration-imports', planId],
    enabled: Boolean(planId),
    queryFn: () => api<{ items: RegistrationImportView[] }>(`/api/v1/plans/${planId}/registration-imports`).then((r) => r.items),
    refetchInterval: (query) => (query.state.data?.some(importRunning) ? 1000 : false),
  });
}

export const IMPORT_TEMPLATE_HREF = '/api/v1/registration-imports/template';
