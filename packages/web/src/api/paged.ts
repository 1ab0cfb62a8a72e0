import { useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Endpoint } from '@jiping/contracts';
import { send, type ResponseOf } from './client.ts';

/** Keyset-paged lists: pages are appended as the user asks for more. */
type PagedEndpoint = Endpoint & { method: 'GET'; query: z.ZodType; response: z.ZodType<{ items: unknown[]; nextCursor: string | null }> };

export function usePaged<E extends PagedEndpoint>(key: unknown[], endpoint: E, filter: Record<string, string | undefined>, options: { params?: Record<string, string>; enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: [...key, filter],
    enabled: options.enabled ?? true,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }): Promise<ResponseOf<E>> => {
      const query = Object.fromEntries(Object.entries({ ...filter, cursor: pageParam ?? undefined }).filter(([, v]) => v));
      return send(endpoint, { params: options.params, query }) as Promise<ResponseOf<E>>;
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}
