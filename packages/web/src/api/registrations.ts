import { useQuery } from '@tanstack/react-query';
import { downloads, endpoints, type RegistrationImportView } from '@jiping/contracts';
import { call, hrefOf } from './client.ts';

export function useOpenPlans() {
  return useQuery({ queryKey: ['plans', 'open'], queryFn: () => call(endpoints.openPlans).then((r) => r.items) });
}

export function useMyRegistrations(enabled = true) {
  return useQuery({ queryKey: ['registrations', 'mine'], enabled, queryFn: () => call(endpoints.myRegistrations).then((r) => r.items) });
}

/** 破格 requests the signed-in district officer (or the city) decides: still pending, or decided. */
export function useDirectRecognitions(status: 'pending' | 'decided') {
  return useQuery({
    queryKey: ['direct-recognitions', status],
    queryFn: () => call(endpoints.directRecognitions, { query: { status } }).then((r) => r.items),
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
    queryFn: () => call(endpoints.registrationImport, { params: { id: id! } }),
    refetchInterval: (query) => (importRunning(query.state.data) ? 500 : false),
  });
}

/** A plan's imports; read again every second while one of them is still running. */
export function usePlanImports(planId: string | undefined) {
  return useQuery({
    queryKey: ['registration-imports', planId],
    enabled: Boolean(planId),
    queryFn: () => call(endpoints.planImports, { params: { id: planId! } }).then((r) => r.items),
    refetchInterval: (query) => (query.state.data?.some(importRunning) ? 1000 : false),
  });
}

export const IMPORT_TEMPLATE_HREF = hrefOf(downloads.importTemplate);
