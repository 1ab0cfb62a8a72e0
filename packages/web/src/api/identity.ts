import { useQuery } from '@tanstack/react-query';
import type { IdentityClaimView, PendingIdentityClaim } from '@jiping/contracts';
import { api } from './client.ts';

export const OWN_CLAIM = '/api/v1/people/me/identity-claim';

/** Where the signed-in candidate's identity stands (not claimed, waiting for a code or a visit, linked). */
export function useOwnClaim() {
  return useQuery({ queryKey: ['identity-claim', 'mine'], queryFn: () => api<IdentityClaimView>(OWN_CLAIM) });
}

export type ClaimTab = 'pending_in_person' | 'verified' | 'rejected';

/** Claims waiting at this officer's or institution's counter, or decided there. */
export function useIdentityClaims(status: ClaimTab) {
  return useQuery({
    queryKey: ['identity-claims', status],
    queryFn: async () => (await api<{ items: PendingIdentityClaim[] }>(`/api/v1/identity-claims?status=${status}`)).items,
  });
}

export function useSmsOutbox() {
  return useQuery({
    queryKey: ['sms-outbox'],
    queryFn: async () => (await api<{ items: Array<{ id: string; toMasked: string; body: string; createdAt: string }> }>('/api/v1/dev/sms-outbox')).items,
    refetchInterval: 5000,
  });
}

/**
 * Whether this account can read the development outbox (the city's administrator, when no SMS
 * gateway is configured): the server answers, the page only follows.
 */
export function useSmsOutboxAvailable() {
  return useQuery({
    queryKey: ['sms-outbox', 'available'],
    queryFn: () => api('/api/v1/dev/sms-outbox').then(() => true, () => false),
    staleTime: 5 * 60_000,
  });
}
