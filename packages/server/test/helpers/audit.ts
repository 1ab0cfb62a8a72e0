import { sql } from 'drizzle-orm';
import type { Database } from '../../src/platform/db/client.ts';
import { rows } from '../../src/platform/db/client.ts';

export async function auditCount(database: Database): Promise<number> {
  const [row] = await rows<{ count: number }>(database.db, sql`select count(*)::int as count from audit_events`);
  return Number(row?.count ?? 0);
}

export async function auditActions(database: Database, since = 0): Promise<string[]> {
  const result = await rows<{ action: string }>(database.db, sql`select action from audit_events where seq > ${since} order by seq`);
  return result.map((row) => row.action);
}
