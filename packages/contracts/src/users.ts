import { z } from 'zod';
import { GrantView } from './auth.ts';
import { PageQuery, pageOf, Uuid } from './common.ts';

export const UserSummary = z.object({
  id: Uuid,
  username: z.string(),
  displayName: z.string(),
  status: z.enum(['active', 'disabled']),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  grants: z.array(GrantView),
});
export const UserListQuery = PageQuery.extend({ q: z.string().trim().max(64).optional() });
export const UserPage = pageOf(UserSummary);
