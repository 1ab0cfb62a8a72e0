import { z } from 'zod';
import type { Router } from '../../platform/http/route.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { listNotifications } from './list-notifications.ts';

export function notificationRoutes(router: Router) {
  router.route({
    method: 'GET',
    url: '/api/v1/notifications',
    summary: '通知中心 Notifications',
    tags: ['notifications'],
    access: ALLOW_SIGNED_IN,
    response: z.array(z.object({ id: z.uuid(), kind: z.string(), title: z.string(), body: z.string(), createdAt: z.string(), read: z.boolean() })),
    handler: ({ ctx }) => listNotifications({ ctx }),
  });
}
