import { useQuery } from '@tanstack/react-query';
import { endpoints } from '@jiping/contracts';
import { call } from './client.ts';

/**
 * One institution with what the signed-in user may start there (`allowedActions`); read afresh
 * on every page visit, since filing or acknowledging elsewhere changes what may be started.
 */
export function useInstitution(id: string | null | undefined) {
  return useQuery({
    queryKey: ['institution', id],
    enabled: Boolean(id),
    queryFn: () => call(endpoints.institution, { params: { id: id! } }),
    staleTime: 0,
  });
}
