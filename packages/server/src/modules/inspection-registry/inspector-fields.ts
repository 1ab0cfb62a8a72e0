import { and, eq, ne } from 'drizzle-orm';
import { inspectorDepartmentProblems } from '@jiping/domain';
import type { InspectorBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectors, userGrants, users } from '../../platform/db/schema.ts';
import { AppError, validation, type FieldError } from '../../platform/errors.ts';

type InspectorInput = z.output<typeof InspectorBody>;

/**
 * What an inspector's record holds once checked: the department with only the fields its kind
 * uses, the certificate number free (执法证号 identify one inspector), and the account named, if
 * any, holding the inspector role and no other inspector's. Every problem is a clear refusal and
 * nothing is written.
 */
export async function checkedInspectorFields(tx: ServiceContext, body: InspectorInput, selfId: string | null) {
  const department = {
    departmentKind: body.departmentKind,
    districtCode: body.departmentKind === 'district' ? body.districtCode : null,
    industry: body.departmentKind === 'industry' ? body.industry || null : null,
  };
  const problems: FieldError[] = inspectorDepartmentProblems(department).map((p) => ({ field: p.field, code: 'required', messageKey: p.messageKey }));
  let userId: string | null = null;
  if (body.username) {
    const [account] = await tx.db
      .select({ id: users.id, inspector: userGrants.id })
      .from(users)
      .leftJoin(userGrants, and(eq(userGrants.userId, users.id), eq(userGrants.role, 'inspector')))
      .where(eq(users.username, body.username));
    if (!account?.inspector) problems.push({ field: 'username', code: 'not_inspector', messageKey: 'inspector.accountNotInspector', params: { username: body.username } });
    else {
      userId = account.id;
      const [linked] = await tx.db
        .select({ name: inspectors.name })
        .from(inspectors)
        .where(and(eq(inspectors.userId, account.id), selfId ? ne(inspectors.id, selfId) : undefined));
      if (linked) problems.push({ field: 'username', code: 'taken', messageKey: 'inspector.accountTaken', params: { username: body.username, name: linked.name } });
    }
  }
  if (problems.length) throw validation(problems);
  const [holder] = await tx.db
    .select({ name: inspectors.name })
    .from(inspectors)
    .where(and(eq(inspectors.certificateNumber, body.certificateNumber), selfId ? ne(inspectors.id, selfId) : undefined));
  if (holder) {
    const params = { certificateNumber: body.certificateNumber, name: holder.name };
    throw new AppError('CONFLICT', 'inspector.certificateTaken', params, [{ field: 'certificateNumber', code: 'taken', messageKey: 'inspector.certificateTaken', params }]);
  }
  return { name: body.name, certificateNumber: body.certificateNumber, field: body.field, ...department, userId };
}
