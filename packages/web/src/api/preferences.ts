import type { QueryClient } from '@tanstack/react-query';
import { endpoints, type Me } from '@jiping/contracts';
import type { Locale } from '@jiping/domain';
import { ApiError, call } from './client.ts';

let pending: Promise<void> = Promise.resolve();

async function currentMe(client: QueryClient): Promise<Me> {
  return client.getQueryData<Me | null>(['me']) ?? (await client.fetchQuery({ queryKey: ['me'], queryFn: () => call(endpoints.me) }));
}

async function save(client: QueryClient, locale: Locale | null) {
  const patch = (version: number) => call(endpoints.updatePreferences, { body: { locale, version } });
  const me = await currentMe(client);
  try {
    await patch(me.user.version);
  } catch (error) {
    // Another tab (or an earlier click) moved the version on: read it again and apply this choice once more.
    if (!(error instanceof ApiError && error.code === 'STALE_VERSION')) throw error;
    const fresh = await call(endpoints.me);
    await patch(fresh.user.version);
  }
  // The server bumps the version by one on every save; keep the cached copy in step until it is re-read.
  client.setQueryData<Me | null>(['me'], (old) => (old ? { ...old, user: { ...old.user, locale, version: old.user.version + 1 } } : old));
  await client.invalidateQueries({ queryKey: ['me'] });
}

/**
 * Saves the signed-in user's language (`null` = follow the browser). Saves run one after another,
 * so two quick switches each send the version the previous one produced.
 */
export function saveLocalePreference(client: QueryClient, locale: Locale | null): Promise<void> {
  const run = pending.then(() => save(client, locale));
  pending = run.catch(() => undefined);
  return run;
}
