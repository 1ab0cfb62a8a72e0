import { z } from 'zod';
import { MENU_KEYS, ROLES, WORKSPACES } from '@jiping/domain';
import { LocaleSchema, Uuid, Version } from './common.ts';

export const LoginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const GrantView = z.object({
  role: z.enum(ROLES),
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  institutionId: z.string().nullable(),
  institutionName: z.string().nullable(),
  occupationCodes: z.array(z.string()),
});
export type GrantView = z.infer<typeof GrantView>;

export const WorkspaceView = z.object({
  workspace: z.enum(WORKSPACES),
  menus: z.array(z.object({ key: z.enum(MENU_KEYS), path: z.string() })),
});

export const Me = z.object({
  user: z.object({
    id: Uuid,
    username: z.string(),
    displayName: z.string(),
    locale: LocaleSchema.nullable(),
    /** Where e-mail notifications go; null: none are sent. */
    email: z.string().nullable(),
    /** Sent back with changes: a stale version is refused (409), never silently overwritten. */
    version: z.number().int(),
  }),
  grants: z.array(GrantView),
  workspaces: z.array(WorkspaceView),
  /** The institution this user administers and acts for in the institution workspace, if any. */
  institution: z.object({ id: Uuid, name: z.string() }).nullable(),
});
export type Me = z.infer<typeof Me>;

/** An e-mail address, trimmed; the limit is SMTP's (RFC 5321). */
export const EmailAddress = z
  .string()
  .trim()
  .max(254)
  .check(z.email({ error: '电子邮箱格式不正确，例如 name@example.com' }));

export const UpdatePreferencesBody = z.strictObject({
  locale: LocaleSchema.nullable(),
  /** Absent: unchanged; null: removed (no e-mail notifications). */
  email: EmailAddress.nullable().optional(),
  version: Version,
});

export const LoginResult = z.object({ userId: z.uuid(), expiresAt: z.string() });
