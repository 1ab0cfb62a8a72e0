import { endpoints } from '@jiping/contracts';
import { userPolicy } from '@jiping/domain';
import type { Router } from '../../platform/http/route.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { SESSION_COOKIE } from '../../platform/auth/session-token.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';
import { getMe } from './get-me.ts';
import { updatePreferences } from './update-preferences.ts';

export function authRoutes(router: Router, { config }: AppDeps) {
  router.route({
    ...endpoints.login,
    summary: '登录 Sign in',
    tags: ['auth'],
    access: { public: 'signing in is what makes a user known' },
    handler: async ({ ctx, body, request, reply }) => {
      const result = await login({
        ctx,
        input: body,
        settings: { maxFailures: config.loginMaxFailures, lockMinutes: config.loginLockMinutes, sessionHours: config.sessionHours },
        client: { ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
      });
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.production,
        expires: result.expiresAt,
      });
      return { userId: result.userId, expiresAt: result.expiresAt.toISOString() };
    },
  });

  router.route({
    ...endpoints.logout,
    summary: '退出登录 Sign out',
    tags: ['auth'],
    access: { public: 'signing out must work even with an expired session' },
    handler: async ({ ctx, request, reply }) => {
      await logout({ ctx, token: request.cookies[SESSION_COOKIE] });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  });

  router.route({
    ...endpoints.me,
    summary: '当前用户、角色与菜单 Current user, grants and menus',
    tags: ['auth'],
    access: (actor) => userPolicy(actor, 'readSelf'),
    handler: ({ ctx }) => getMe({ ctx }),
  });

  router.route({
    ...endpoints.updatePreferences,
    summary: '修改个人偏好（语言） Update preferences',
    tags: ['auth'],
    access: (actor) => userPolicy(actor, 'updateSelf'),
    handler: ({ ctx, body }) => updatePreferences({ ctx, input: body }),
  });
}
