import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from './client.ts';

/** Keyset-paged lists: pages are appended as the user asks for more. */
export function usePaged<T>(key: unknown[], path: string, params: Record<string, string | undefined>, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...key, params],
    enabled,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams();
      for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
      if (pageParam) query.set('cursor', pageParam);
      const qs = query.toString();
      return api<{ items: T[]; nextCursor: string | null }>(qs ? `${path}?${qs}` : path);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}
