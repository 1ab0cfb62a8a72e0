import type { Actor, Locale } from '@jiping/domain';
import type { Db } from './db/client.ts';

/** What every use case receives: who acts, on which database, under which request, at what time. */
export interface ServiceContext {
  actor: Actor;
  db: Db;
  requestId: string | null;
  now: () => Date;
  locale: Locale;
  /** Set by withTransaction so nested use cases join the open transaction. */
  inTransaction?: boolean;
}
