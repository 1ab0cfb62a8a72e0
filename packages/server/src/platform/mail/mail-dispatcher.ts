import type { Db } from '../db/client.ts';
import type { Clock } from '../clock.ts';
import type { MailSender } from './mail-sender.ts';
import { deliverPendingMail, type DeliveryRun } from './deliver-pending-mail.ts';

/** What a use case sees: a way to say "there is new mail in the outbox". */
export interface MailWaker {
  wake(): void;
}

export interface MailDispatcher extends MailWaker {
  /** False without JIPING_SMTP_URL: mail stays pending in the outbox and nothing fails. */
  readonly enabled: boolean;
  /** A delivery run now (after the one in progress), with its outcome: the `mail` job. */
  drain(): Promise<DeliveryRun & { enabled: boolean }>;
  /** Resolves once no run is in progress or queued. */
  idle(): Promise<void>;
  /** Also runs every `everyMs`, for retries that come due while nothing else happens (started by `serve`). */
  startPolling(everyMs: number): void;
  /** Stops polling, waits for the run in progress and closes the SMTP transport. */
  close(): Promise<void>;
}

interface Log {
  info(o: object, m: string): void;
  error(o: object, m: string): void;
}

/**
 * Runs deliveries one after another in this process: `wake()` after a commit, the poll and the
 * `mail` job all go through one queue, so they never race each other here (other processes are
 * kept apart by the claim in deliverPendingMail). Wakes that arrive while a run is in progress
 * are folded into a single follow-up run, which sees everything committed by then.
 */
export function createMailDispatcher({ db, clock, sender, log }: { db: Db; clock: Clock; sender: MailSender | null; log: Log }): MailDispatcher {
  let chain: Promise<unknown> = Promise.resolve();
  let followUpQueued = false;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;

  const runOnce = async (): Promise<DeliveryRun> => {
    const run = await deliverPendingMail(db, sender!, clock.now());
    if (run.sent || run.retried || run.failed) log.info({ mail: run }, 'mail delivery finished');
    return run;
  };
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const result = chain.then(task);
    // The queue goes on after a failed run; the failure goes to whoever asked for that run.
    chain = result.catch(() => {});
    return result;
  };

  const dispatcher: MailDispatcher = {
    enabled: sender !== null,
    wake() {
      if (!sender || closed || followUpQueued) return;
      followUpQueued = true;
      void enqueue(() => {
        // Cleared as the run starts: a commit after this point queues another run.
        followUpQueued = false;
        return runOnce();
      }).catch((err: unknown) => log.error({ err }, 'mail delivery failed'));
    },
    drain() {
      if (!sender) return Promise.resolve({ enabled: false, sent: 0, retried: 0, failed: 0 });
      return enqueue(async () => ({ enabled: true, ...(await runOnce()) }));
    },
    async idle() {
      for (;;) {
        const current = chain;
        await current;
        if (current === chain) return;
      }
    },
    startPolling(everyMs) {
      if (!sender || timer) return;
      timer = setInterval(() => dispatcher.wake(), everyMs);
      timer.unref();
    },
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      await dispatcher.idle();
      sender?.close();
    },
  };
  return dispatcher;
}
