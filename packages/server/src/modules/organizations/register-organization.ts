import { eq, or } from 'drizzle-orm';
import { checkCreditCode, creditCodeDivision, systemActor } from '@jiping/domain';
import { RegisterOrganizationBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { institutions, organizations, userGrants, users } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, conflict, validation, type FieldError } from '../../platform/errors.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { parseInput } from '../../platform/parse-input.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { organizationAuditView, sealedContactPhone } from './contact-phone.ts';

/** Which legal-person kinds may run which kind of institution (docs/domain.md "Institutions"). */
const KINDS_FOR_CATEGORY = {
  employer: ['enterprise'],
  social: ['enterprise', 'association', 'school', 'private_non_enterprise'],
  school: ['school'],
} as const;

/**
 * Self-registration of a legal person, its evaluation institution and the institution's first
 * admin account, so an organisation can start filing without a government account. The credit
 * code is checked (GB 32100); a social organisation must be registered in Shanghai. The contact
 * phone is sealed like every personal phone; views show it masked.
 */
export async function registerOrganization({ ctx, keyring, input }: { ctx: ServiceContext; keyring: Keyring; input: z.input<typeof RegisterOrganizationBody> }) {
  const { organization, institution, admin } = parseInput(RegisterOrganizationBody, input, ctx.locale);
  const problems: FieldError[] = [];
  const codeProblem = checkCreditCode(organization.creditCode);
  if (codeProblem) problems.push({ field: 'organization.creditCode', code: `credit_code_${codeProblem}`, messageKey: `organization.creditCode.${codeProblem}` });
  else if (institution.category === 'social' && !creditCodeDivision(organization.creditCode).startsWith('31')) {
    problems.push({ field: 'organization.creditCode', code: 'not_shanghai', messageKey: 'organization.creditCode.notShanghai' });
  }
  if (!(KINDS_FOR_CATEGORY[institution.category] as readonly string[]).includes(organization.kind)) {
    problems.push({ field: 'institution.category', code: 'kind_mismatch', messageKey: 'organization.kindMismatch' });
  }
  if (problems.length) throw validation(problems);
  const passwordHash = await hashPassword(admin.password);
  return withTransaction({ ...ctx, actor: systemActor('self-registration') }, async (tx) => {
    const [taken] = await tx.db.select({ creditCode: organizations.creditCode }).from(organizations).where(eq(organizations.creditCode, organization.creditCode));
    if (taken) throw conflict('organization.creditCodeTaken');
    const [existingUser] = await tx.db
      .select({ id: users.id })
      .from(users)
      .where(or(eq(users.username, admin.username)));
    if (existingUser) throw new AppError('CONFLICT', 'organization.usernameTaken', { username: admin.username });
    const { contactPhone, ...rest } = organization;
    const [org] = await tx.db
      .insert(organizations)
      .values({ ...rest, ...sealedContactPhone(keyring, contactPhone) })
      .returning();
    const [inst] = await tx.db.insert(institutions).values({ organizationId: org!.id, name: institution.name, category: institution.category, districtCode: organization.districtCode }).returning();
    const [user] = await tx.db.insert(users).values({ username: admin.username, displayName: admin.displayName, passwordHash }).returning({ id: users.id });
    await tx.db.insert(userGrants).values({ userId: user!.id, role: 'institution_admin', institutionId: inst!.id });
    await appendAudit(tx, { action: 'organization.registered', entityType: 'organization', entityId: org!.id, after: organizationAuditView(org!) });
    await appendAudit(tx, { action: 'institution.created', entityType: 'institution', entityId: inst!.id, after: inst });
    await appendAudit(tx, { action: 'user.created', entityType: 'user', entityId: user!.id, after: { username: admin.username, role: 'institution_admin' } });
    return { organizationId: org!.id, institutionId: inst!.id, userId: user!.id };
  });
}
