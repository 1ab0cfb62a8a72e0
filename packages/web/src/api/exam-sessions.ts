import { useQuery } from '@tanstack/react-query';
import { downloads, endpoints } from '@jiping/contracts';
import { call, hrefOf } from './client.ts';

export function usePlanSessions(planId: string | undefined) {
  return useQuery({ queryKey: ['exam-sessions', 'plan', planId], enabled: Boolean(planId), queryFn: () => call(endpoints.planExamSessions, { params: { id: planId! } }) });
}

export function useExamSession(id: string | undefined) {
  return useQuery({ queryKey: ['exam-sessions', 'one', id], enabled: Boolean(id), queryFn: () => call(endpoints.examSession, { params: { id: id! } }) });
}

export function useMySessions() {
  return useQuery({ queryKey: ['exam-sessions', 'mine'], queryFn: () => call(endpoints.myExamSessions).then((r) => r.items) });
}

/** The candidate's admission tickets, by registration: 我的报名 offers a download where one exists. */
export function useMyTickets(enabled = true) {
  return useQuery({ queryKey: ['exam-tickets', 'mine'], enabled, queryFn: () => call(endpoints.myExamTickets).then((r) => new Map(r.items.map((t) => [t.registrationId, t]))) });
}

export const ticketHref = (registrationId: string) => hrefOf(downloads.myExamTicketPdf, { registrationId });
export const planTicketsHref = (planId: string, format: 'pdf' | 'zip') => hrefOf(format === 'pdf' ? downloads.planExamTicketsPdf : downloads.planExamTicketsZip, { id: planId });
export const incidentPhotoHref = (incidentId: string) => hrefOf(downloads.incidentPhoto, { id: incidentId });
