import type { Actor, Locale } from '@jiping/domain';
import type { Db } from './db/client.ts';
import type { MailWaker } from './mail/mail-dispatcher.ts';

/** What every use case receives: who acts, on which database, under which request, at what time. */
export interface ServiceContext {
  actor: Actor;
  db: Db;
  requestId: string | null;
  now: () => Date;
  locale: Locale;
  /** Set by withTransaction so nested use cases join the open transaction. */
  inTransaction?: boolean;
  /**
   * Set by withTransaction: queues work for after the outermost transaction commits (never runs
   * on rollback). Side effects outside the database, like sending mail, belong here.
   */
  afterCommit?: (callback: () => void) => void;
  /** Wakes e-mail delivery; absent where nothing delivers mail (seeds, tests), and then mail waits for the next run. */
  mail?: MailWaker;
}
