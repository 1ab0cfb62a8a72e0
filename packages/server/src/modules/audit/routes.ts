import { endpoints } from '@jiping/contracts';
import { auditPolicy } from '@jiping/domain';
import type { Router } from '../../platform/http/route.ts';
import { listAuditEvents } from './list-audit-events.ts';
import { verifyAudit } from './verify-audit.ts';

export function auditRoutes(router: Router) {
  router.route({
    ...endpoints.auditEvents,
    summary: '审计日志 Audit events',
    tags: ['audit'],
    access: (actor) => auditPolicy(actor, 'list'),
    handler: ({ ctx, query }) => listAuditEvents({ ctx, input: query }),
  });

  router.route({
    ...endpoints.auditVerify,
    summary: '核验审计哈希链 Verify the audit hash chain',
    tags: ['audit'],
    access: (actor) => auditPolicy(actor, 'verify'),
    handler: ({ ctx }) => verifyAudit({ ctx }),
  });
}
