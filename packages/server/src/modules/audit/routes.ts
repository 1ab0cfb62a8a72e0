import { auditPolicy } from '@jiping/domain';
import { AuditListQuery, AuditPage, AuditVerification } from '@jiping/contracts';
import type { Router } from '../../platform/http/route.ts';
import { listAuditEvents } from './list-audit-events.ts';
import { verifyAudit } from './verify-audit.ts';

export function auditRoutes(router: Router) {
  router.route({
    method: 'GET',
    url: '/api/v1/audit/events',
    summary: '审计日志 Audit events',
    tags: ['audit'],
    access: (actor) => auditPolicy(actor, 'list'),
    query: AuditListQuery,
    response: AuditPage,
    handler: ({ ctx, query }) => listAuditEvents({ ctx, input: query }),
  });

  router.route({
    method: 'GET',
    url: '/api/v1/audit/verify',
    summary: '核验审计哈希链 Verify the audit hash chain',
    tags: ['audit'],
    access: (actor) => auditPolicy(actor, 'verify'),
    response: AuditVerification,
    handler: ({ ctx }) => verifyAudit({ ctx }),
  });
}
