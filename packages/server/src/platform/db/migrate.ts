import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from './client.ts';
import { rows } from './client.ts';

export const migrationsFolder = path.resolve(import.meta.dirname, '../../../migrations');

/** Applies the committed SQL migrations in order; already-applied ones are skipped. */
export async function migrateDatabase(database: Database): Promise<number> {
  if (database.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(database.db as never, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(database.db as never, { migrationsFolder });
  }
  return appliedMigrations(database);
}

export async function appliedMigrations(database: Database): Promise<number> {
  const result = await rows<{ count: string | number }>(database.db, sql`select count(*) as count from drizzle.__drizzle_migrations`);
  return Number(result[0]?.count ?? 0);
}
