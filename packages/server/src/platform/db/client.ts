import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** Both drivers (PGlite and node-postgres) give the same query builder; services see only this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Where the data lives, without credentials: for logs and /api/health. */
  location: string;
  /**
   * This process among those sharing the database. Long jobs (group imports) record it, so a
   * job left 'running' by a process that is gone can be told from one still at work.
   */
  runner: number;
  /** The runners among these whose process is alive. */
  liveRunners(runners: readonly number[]): Promise<Set<number>>;
  close(): Promise<void>;
}

/** First key of the advisory locks that say "this runner's process is alive" (ASCII "JP"). */
const RUNNER_LOCK_SPACE = 0x4a50;

export interface OpenOptions {
  databaseUrl: string | null;
  /** PGlite data directory; `memory://` keeps everything in memory (tests). */
  dataDir: string;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir);
}

async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection dropped by the server (restart, failover, admin termination) must not
  // crash the process: the pool discards it and the next query opens a new one.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL idle connection lost: ${error.message}`);
  });
  // Fail at start with a clear message rather than on the first request.
  const client = await pool.connect().catch((error: Error) => {
    void pool.end();
    throw new Error(`无法连接数据库 DATABASE_URL (cannot connect): ${error.message}`);
  });
  client.release();
  const db = drizzle(pool, { schema }) as unknown as Db;
  const parsed = new URL(url);
  // Several processes may share the server. Each holds a session advisory lock on its runner
  // number for its whole life on a connection of its own: the server drops the lock the moment
  // the process dies (or its connection does), so liveness needs no heartbeat and no waiting.
  const runner = randomInt(1, 2 ** 31 - 1);
  const lease = new pg.Client({ connectionString: url });
  lease.on('error', (error) => process.emitWarning(`PostgreSQL runner lease lost: ${error.message}`));
  await lease.connect();
  await lease.query('select pg_advisory_lock($1, $2)', [RUNNER_LOCK_SPACE, runner]);
  return {
    db,
    kind: 'postgres',
    location: `${parsed.host}${parsed.pathname}`,
    runner,
    liveRunners: async (runners) => {
      if (!runners.length) return new Set();
      const held = await pool.query<{ runner: string }>(
        `select objid::bigint as runner from pg_locks where locktype = 'advisory' and granted and objsubid = 2 and classid = $1 and objid::bigint = any($2::bigint[])`,
        [RUNNER_LOCK_SPACE, runners],
      );
      return new Set(held.rows.map((r) => Number(r.runner)));
    },
    close: async () => {
      await lease.end().catch(() => {});
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const inMemory = dataDir === 'memory://';
  const dir = inMemory ? undefined : path.join(dataDir, 'pglite');
  const release = dir ? acquireLock(dir) : () => {};
  try {
    const client = await PGlite.create(dir);
    const db = drizzle(client, { schema }) as unknown as Db;
    // The embedded database belongs to one process (the lock file), so this one is the only
    // runner alive: whatever another runner left 'running' was cut off.
    const runner = randomInt(1, 2 ** 31 - 1);
    return {
      db,
      kind: 'pglite',
      location: dir ?? 'memory',
      runner,
      liveRunners: async (runners) => new Set(runners.filter((r) => r === runner)),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * PGlite is one process's database: a second process opening the same directory would corrupt
 * it. A lock file with the owner's pid keeps the CLI from opening it while the server runs.
 */
function acquireLock(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockFile = path.join(dir, '..', 'jiping.lock');
  try {
    const pid = Number(fs.readFileSync(lockFile, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(`数据目录 ${dir} 正被进程 ${pid} 使用（服务正在运行？）。请先停止服务，或改用 DATABASE_URL 连接 PostgreSQL。` + ` (The data directory is in use by process ${pid}.)`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => {
    try {
      if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.unlinkSync(lockFile);
    } catch {
      // Already gone: nothing to release.
    }
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Rows of a raw SQL statement, whichever driver ran it. */
export async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
