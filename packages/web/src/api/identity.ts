import { useQuery } from '@tanstack/react-query';
import { endpoints } from '@jiping/contracts';
import { call } from './client.ts';

/** Where the signed-in candidate's identity stands (not claimed, waiting for a code or a visit, linked). */
export function useOwnClaim() {
  return useQuery({ queryKey: ['identity-claim', 'mine'], queryFn: () => call(endpoints.ownClaim) });
}

export type ClaimTab = 'pending_in_person' | 'verified' | 'rejected';

/** Claims waiting at this officer's or institution's counter, or decided there. */
export function useIdentityClaims(status: ClaimTab) {
  return useQuery({
    queryKey: ['identity-claims', status],
    queryFn: async () => (await call(endpoints.identityClaims, { query: { status } })).items,
  });
}

export function useSmsOutbox() {
  return useQuery({
    queryKey: ['sms-outbox'],
    queryFn: async () => (await call(endpoints.smsOutbox)).items,
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
    queryFn: () =>
      call(endpoints.smsOutbox).then(
        () => true,
        () => false,
      ),
    staleTime: 5 * 60_000,
  });
}
