import { z } from 'zod';

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean(), migrations: z.number().int() }),
  version: z.string(),
  time: z.string(),
});
