import { randomUUID } from 'node:crypto';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { applicationKind, initialRegistrationStatus, maskIdNumber, maskPhone, matchRecordedRelation, sameName, type Level, type PersonProfile, type RelationFacts } from '@jiping/domain';
import type { ServiceContext } from '../../../platform/context.ts';
import { persons, registrations, type registrationImportRows } from '../../../platform/db/schema.ts';
import type { Keyring } from '../../../platform/crypto/keyring.ts';
import { seal } from '../../../platform/crypto/pii.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { admissionFor, agreementFacts, relationsOf, type AgreementRow, type PlanForRegistration } from '../admission-inputs.ts';
import { resitBases } from '../../scores/index.ts';
import { COLUMN_HEADER } from './columns.ts';
import type { ParsedRow } from './parse-row.ts';

export type CheckedRow = ParsedRow & { blind: string; agreement: AgreementRow | null };
export type StagedRow = typeof registrationImportRows.$inferInsert;
export type AddError = (row: number, column: string, message: string, countRow: boolean) => void;

/** Declarations from the sheet merged into the stored profile: entries already there are kept once. */
function mergeProfile(stored: PersonProfile, declared: PersonProfile): PersonProfile {
  const key = (value: unknown) => JSON.stringify(value);
  const merge = <T>(a: T[], b: T[], id: (item: T) => string) => [...a, ...b.filter((item) => !a.some((existing) => id(existing) === id(item)))];
  return {
    ...stored,
    workHistory: merge(stored.workHistory, declared.workHistory, (w) => key([w.occupationCode, w.from])),
    certificates: merge(stored.certificates, declared.certificates, (c) => key([c.occupationCode, c.level, c.issuedOn])),
    diplomas: merge(stored.diplomas, declared.diplomas, (d) => key([d.kind, d.major, d.graduatedOn])),
  };
}

/**
 * Checks a batch of rows that passed on their own against the database (same name for an ID
 * already registered, no live application in the plan, an earlier attempt that can carry a resit,
 * no different relation of the kind overlapping the one named)
 * and judges each with the admission engine. Only reads: what it returns is staged, and written
 * to the real tables when the whole file has been read. Ids of new people and relations are
 * chosen here, so the stored admission can cite the relation it rests on.
 */
export async function judgeRows({
  ctx,
  keyring,
  target,
  institutionId,
  rows,
  addError,
  onNameMismatch,
}: {
  ctx: ServiceContext;
  keyring: Keyring;
  target: PlanForRegistration;
  institutionId: string;
  rows: CheckedRow[];
  addError: AddError;
  /** A known ID number named with another name: counted like every such look-up. */
  onNameMismatch?: (mismatch: { blind: string; personId: string }) => void;
}): Promise<StagedRow[]> {
  if (!rows.length) return [];
  for (const row of rows) for (const work of row.declared.workHistory) work.occupationCode = target.plan.occupationCode;
  const stored = await ctx.db
    .select()
    .from(persons)
    .where(
      inArray(
        persons.idNumberBlind,
        rows.map((r) => r.blind),
      ),
    );
  const byBlind = new Map(stored.map((p) => [p.idNumberBlind, p]));
  const live = stored.length
    ? await ctx.db
        .select({ personId: registrations.personId })
        .from(registrations)
        .where(
          and(
            eq(registrations.planId, target.plan.id),
            inArray(
              registrations.personId,
              stored.map((p) => p.id),
            ),
            ne(registrations.status, 'withdrawn'),
          ),
        )
    : [];
  const alreadyRegistered = new Set(live.map((r) => r.personId));
  const resitIds = rows.filter((r) => r.attempt === 'resit').flatMap((r) => byBlind.get(r.blind)?.id ?? []);
  const resits = await resitBases(ctx, resitIds, target.plan);
  const existingRelations = await relationsOf(
    ctx.db,
    institutionId,
    stored.map((p) => p.id),
  );

  const staged: StagedRow[] = [];
  for (const row of rows) {
    const person = byBlind.get(row.blind);
    if (person && !sameName(person.name, row.name)) {
      onNameMismatch?.({ blind: row.blind, personId: person.id });
      addError(row.row, COLUMN_HEADER.name, translate('import.nameMismatch', ctx.locale), true);
      continue;
    }
    // The rule and the words of a single application (`resitRefused`): an earlier attempt that can carry a resit.
    const resit = row.attempt === 'resit' ? ((person && resits.get(person.id)) ?? { ok: false as const, reason: 'noEarlierAttempt' as const, params: {} }) : null;
    if (resit && !resit.ok) {
      addError(row.row, COLUMN_HEADER.attempt, translate(`registration.resit.${resit.reason}`, ctx.locale, resit.params), true);
      continue;
    }
    if (person && alreadyRegistered.has(person.id)) {
      addError(row.row, COLUMN_HEADER.idNumber, translate('registration.duplicate', ctx.locale, { name: row.name }), true);
      continue;
    }
    const personId = person?.id ?? randomUUID();
    const profile = person ? mergeProfile(person.profile as PersonProfile, row.declared) : row.declared;
    const profileChanged = !person || JSON.stringify(profile) !== JSON.stringify(person.profile);
    const { agreementParty: _party, ...relation } = row.relation;
    const recorded = existingRelations.get(personId) ?? [];
    // The rule the single-relation API applies: the same relation is reused, an overlapping different one refused.
    const match = matchRecordedRelation({ ...relation, agreementId: row.agreement?.id ?? null }, recorded);
    if (match.outcome === 'conflict') {
      addError(row.row, COLUMN_HEADER.relation, translate('relation.duplicate', ctx.locale, { relationKind: relation.kind, from: match.with.validFrom }), true);
      continue;
    }
    const known = match.outcome === 'same';
    const relationId = known ? null : randomUUID();
    // The new relation joins the ones on record: the engine judges both.
    const relations: RelationFacts[] = known ? recorded : [...recorded, { id: relationId!, ...relation, agreement: row.agreement ? agreementFacts(row.agreement) : null, evidenceCount: 0 }];
    const facts = person ? { birthDate: person.birthDate, gender: person.gender, profile } : { birthDate: row.birthDate, gender: row.gender, profile };
    const admission = admissionFor(target, facts, relations);
    staged.push({
      importId: '',
      row: row.row,
      personId,
      newPerson: !person,
      personVersion: person?.version ?? null,
      idType: row.idType,
      idNumberSealed: seal(keyring, 'id_number', row.idNumber),
      idNumberBlind: row.blind,
      idNumberMasked: maskIdNumber(row.idNumber),
      name: row.name,
      gender: row.gender,
      birthDate: row.birthDate,
      phoneSealed: row.phone ? seal(keyring, 'phone', row.phone) : null,
      phoneMasked: row.phone ? maskPhone(row.phone) : null,
      profile: profileChanged ? profile : null,
      relationId,
      relationKind: known ? null : relation.kind,
      employmentType: known ? null : relation.employmentType,
      employerName: known ? null : relation.employerName,
      agreementId: known ? null : (row.agreement?.id ?? null),
      graduationDate: known ? null : relation.graduationDate,
      validFrom: known ? null : relation.validFrom,
      validUntil: known ? null : relation.validUntil,
      kind: applicationKind(profile, target.plan.occupationCode, target.plan.level as Level),
      attempt: row.attempt,
      resitOf: resit?.ok ? resit.registrationId : null,
      status: initialRegistrationStatus(admission.admissible),
      admissible: admission.admissible,
      admission,
    });
  }
  return staged;
}
