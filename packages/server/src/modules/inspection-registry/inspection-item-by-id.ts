import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionItems } from '../../platform/db/schema.ts';
import type { InspectionItemRow } from './queries.ts';

/**
 * An inspectable item with its checklist template, or null: for the task and inspection use cases
 * that copy it (they check their own policies; `active` says whether a new task may still use it).
 */
export async function inspectionItemById(ctx: ServiceContext, id: string): Promise<InspectionItemRow | null> {
  const [row] = await ctx.db.select().from(inspectionItems).where(eq(inspectionItems.id, id));
  return row ?? null;
}
