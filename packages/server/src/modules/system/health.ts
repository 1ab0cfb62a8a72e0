import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { appliedMigrations } from '../../platform/db/migrate.ts';
import type { Clock } from '../../platform/clock.ts';
import { APP_VERSION } from '../../platform/version.ts';

/** Liveness and which database answers: a load balancer and an operator read the same thing. */
export async function getHealth(database: Database, clock: Clock) {
  let ok = true;
  let migrations = 0;
  try {
    await database.db.execute(sql`select 1`);
    migrations = await appliedMigrations(database);
  } catch {
    ok = false;
  }
  return {
    status: ok ? ('ok' as const) : ('degraded' as const),
    database: { kind: database.kind, ok, migrations },
    version: APP_VERSION,
    time: clock.now().toISOString(),
  };
}
