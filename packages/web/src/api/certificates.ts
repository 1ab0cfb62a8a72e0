import { useQuery } from '@tanstack/react-query';
import { endpoints } from '@jiping/contracts';
import { call } from './client.ts';

export function useCertificate(id: string | undefined) {
  return useQuery({ queryKey: ['certificate', id], enabled: Boolean(id), queryFn: () => call(endpoints.certificate, { params: { id: id! } }) });
}

export function usePlanCertificates(planId: string | undefined) {
  return useQuery({ queryKey: ['plan-certificates', planId], enabled: Boolean(planId), queryFn: () => call(endpoints.planCertificates, { params: { id: planId! } }) });
}

export function useMyCertificates() {
  return useQuery({ queryKey: ['my-certificates'], queryFn: () => call(endpoints.myCertificates).then((r) => r.items) });
}

/** The public page where anyone checks a number (served by the portal). */
export function verifyUrl(number: string): string {
  return `${window.location.origin}/verify/${encodeURIComponent(number)}`;
}
