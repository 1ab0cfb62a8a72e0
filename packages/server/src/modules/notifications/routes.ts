import { endpoints } from '@jiping/contracts';
import type { Router } from '../../platform/http/route.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { listNotifications } from './list-notifications.ts';

export function notificationRoutes(router: Router) {
  router.route({
    ...endpoints.notifications,
    summary: '通知中心 Notifications',
    tags: ['notifications'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx }) => listNotifications({ ctx }),
  });
}
