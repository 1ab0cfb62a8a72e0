import { and, eq } from 'drizzle-orm';
import { maskIdNumber, maskPhone, residentIdBirthDate, residentIdGender } from '@jiping/domain';
import type { ServiceContext } from '../platform/context.ts';
import { persons, staffMembers, users } from '../platform/db/schema.ts';
import { appendAudit } from '../platform/audit/append-audit.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { blindIndex, seal } from '../platform/crypto/pii.ts';

/**
 * The demo enterprise's staff, as its filing names them, with the accounts they sign in with:
 * 孙国华 (also recorded as a person, so the automatic conflict rules can see him), 周建平 and 吴秀兰
 * as examiners, 郑质量 as the internal quality supervisor. The social organisation and the school
 * have no filing in the demo, so their examiner accounts stay unlinked.
 */
export const DEMO_STAFF_LINKS = [
  { username: 'enterprise-examiner', staff: '孙国华', person: { idNumber: '310115197806120031', phone: '13901501501' } },
  { username: 'enterprise-examiner-2', staff: '周建平', person: null },
  { username: 'enterprise-examiner-3', staff: '吴秀兰', person: null },
  { username: 'enterprise-supervisor', staff: '郑质量', person: null },
] as const;

export async function seedDemoStaff(tx: ServiceContext, keyring: Keyring, enterpriseId: string) {
  for (const link of DEMO_STAFF_LINKS) {
    const [user] = await tx.db.select({ id: users.id }).from(users).where(eq(users.username, link.username));
    let personId: string | null = null;
    if (link.person) {
      const id = link.person.idNumber;
      const [person] = await tx.db
        .insert(persons)
        .values({
          idType: 'resident_id',
          idNumberSealed: seal(keyring, 'id_number', id),
          idNumberBlind: blindIndex(keyring, 'id_number', `resident_id:${id}`),
          idNumberMasked: maskIdNumber(id),
          name: link.staff,
          gender: residentIdGender(id),
          birthDate: residentIdBirthDate(id)!,
          phoneSealed: seal(keyring, 'phone', link.person.phone),
          phoneMasked: maskPhone(link.person.phone),
          createdByInstitutionId: enterpriseId,
          createdAt: tx.now(),
          updatedAt: tx.now(),
        })
        .returning();
      await appendAudit(tx, { action: 'person.registered', entityType: 'person', entityId: person!.id, after: { id: person!.id, name: person!.name, idNumberMasked: person!.idNumberMasked } });
      personId = person!.id;
    }
    const [staff] = await tx.db
      .update(staffMembers)
      .set({ userId: user!.id, ...(personId ? { personId } : {}), updatedAt: tx.now() })
      .where(and(eq(staffMembers.institutionId, enterpriseId), eq(staffMembers.name, link.staff)))
      .returning();
    await appendAudit(tx, { action: 'staff.account_linked', entityType: 'staff_member', entityId: staff!.id, after: staff, detail: { userId: user!.id, created: false } });
  }
}
