import { and, eq, inArray, sql } from 'drizzle-orm';
import { personPolicy, profileProblems, shanghaiDate, type Locale } from '@jiping/domain';
import { UpdateProfileBody, type PersonProfile } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { occupations, persons } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion, validation, type FieldError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { personDetail, toPersonView } from './person-view.ts';
import { loadPerson } from './person-facts.ts';
import { foreignEvidence } from './evidence-files.ts';

type Section = 'workHistory' | 'certificates' | 'diplomas' | 'titles';
const SECTIONS: readonly Section[] = ['workHistory', 'certificates', 'diplomas', 'titles'];

/**
 * Replaces the person's declared profile, by the person or an institution that works with them.
 * Declarations that cannot be true, occupations the catalogue does not know and evidence that is
 * not the person's own are refused row by row; nothing is saved unless everything is right.
 */
export async function updateProfile({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof UpdateProfileBody> }) {
  const { version, profile } = parseInput(UpdateProfileBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadPerson(tx.db, id, { forUpdate: true });
    assertAllowed(personPolicy(tx.actor, 'edit', facts));
    if (row.version !== version) throw staleVersion();
    const problems = [
      ...profileProblems(profile, row.birthDate, shanghaiDate(tx.now())).map((p) => located(p.field, p.code, p.params ?? {}, tx.locale)),
      ...(await unknownOccupations(tx, profile)),
      ...(await evidenceOfOthers(tx, id, profile)),
    ];
    if (problems.length) throw validation(problems);
    const [updated] = await tx.db
      .update(persons)
      .set({ profile, version: sql`${persons.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(persons.id, id), eq(persons.version, version)))
      .returning();
    if (!updated) throw staleVersion();
    const previous = row.profile as PersonProfile;
    // The digests cover the masked person only; the detail names what changed, never a value.
    await appendAudit(tx, {
      action: 'person.profile_updated',
      entityType: 'person',
      entityId: id,
      before: { ...toPersonView(row), profile: previous },
      after: { ...toPersonView(updated), profile },
      detail: {
        changed: [...SECTIONS, 'apprenticeshipCompletedOn' as const].filter((s) => JSON.stringify(previous[s]) !== JSON.stringify(profile[s])),
        counts: Object.fromEntries(SECTIONS.map((s) => [s, profile[s].length])),
      },
    });
    return personDetail(tx.db, updated);
  });
}

/** A field error whose message names the row the way the form shows it ("第 2 条工作经历"). */
function located(field: string, code: string, params: Record<string, string>, locale: Locale): FieldError {
  const [section, index] = field.split('.');
  const item = translate(`profile.item.${section}`, locale, index === undefined ? {} : { row: String(Number(index) + 1) });
  return { field, code, messageKey: code, params: { ...params, item } };
}

/** Occupations must be in the catalogue; withdrawn ones count, since past work stays true. */
async function unknownOccupations(tx: ServiceContext, profile: PersonProfile): Promise<FieldError[]> {
  const cited = [
    ...profile.workHistory.map((w, index) => ({ field: `workHistory.${index}.occupationCode`, code: w.occupationCode })),
    ...profile.certificates.map((c, index) => ({ field: `certificates.${index}.occupationCode`, code: c.occupationCode })),
  ];
  if (!cited.length) return [];
  const known = await tx.db
    .select({ code: occupations.code })
    .from(occupations)
    .where(inArray(occupations.code, [...new Set(cited.map((c) => c.code))]));
  const codes = new Set(known.map((k) => k.code));
  return cited.filter((c) => !codes.has(c.code)).map((c) => located(c.field, 'profile.unknownOccupation', { code: c.code }, tx.locale));
}

async function evidenceOfOthers(tx: ServiceContext, personId: string, profile: PersonProfile): Promise<FieldError[]> {
  const cited = SECTIONS.flatMap((section) =>
    profile[section].flatMap((entry, index) => entry.evidenceFileIds.map((fileId, position) => ({ field: `${section}.${index}.evidenceFileIds.${position}`, fileId }))),
  );
  const foreign = await foreignEvidence(
    tx.db,
    { personId },
    cited.map((c) => c.fileId),
  );
  return cited.filter((c) => foreign.has(c.fileId)).map((c) => located(c.field, 'profile.evidenceNotOwned', {}, tx.locale));
}
