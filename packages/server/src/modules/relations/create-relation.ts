import { and, eq } from 'drizzle-orm';
import {
  actorUserId,
  INSTITUTION_CATEGORY_LABELS,
  matchRecordedRelation,
  RELATION_AGREEMENT,
  RELATION_CATEGORY,
  relationPolicy,
  relationProblems,
  sameName,
  shanghaiDate,
  type AgreementKind,
  type EmploymentType,
  type RelationFields,
  type RelationKind,
} from '@jiping/domain';
import { CreateRelationBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { institutionAgreements, personRelations, persons } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, validation, type FieldError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { checkIdentity, findOrCreatePerson, identityBlindIndex, lookUpIdentity, recordLookup, foreignEvidence } from '../people/index.ts';
import { loadInstitutionFacts, type InstitutionFacts } from '../institutions/index.ts';
import { toRelationView } from './relation-view.ts';

type Body = z.output<typeof CreateRelationBody>;

/**
 * Records how a person stands to the institution, naming the person by ID number: the relation
 * attaches to the one person with that ID, registered on the spot if new. Every field that does
 * not fit the kind (`relationProblems`, the rules the form and the group import apply too) is
 * reported at once and nothing is written.
 */
export async function createRelation({ ctx, keyring, institutionId, input }: { ctx: ServiceContext; keyring: Keyring; institutionId: string; input: z.input<typeof CreateRelationBody> }) {
  const institution = await loadInstitutionFacts(ctx.db, institutionId);
  assertAllowed(relationPolicy(ctx.actor, 'write', institution));
  const body = parseInput(CreateRelationBody, input, ctx.locale);
  await refuseUnknownName(ctx, keyring, body);
  return withTransaction(ctx, async (tx) => {
    const { problems: identityProblems, identity } = checkIdentity(body.person, shanghaiDate(tx.now()), 'person.');
    const problems = [...identityProblems, ...(await fieldProblems(tx, institution, body))];
    if (problems.length || !identity) throw validation(problems);

    const { row: person, created } = await findOrCreatePerson(tx, keyring, identity, institutionId);
    // Checked before the transaction too (where the attempt is counted); this one closes the race
    // with a registration of the same ID in between.
    if (!created && !sameName(person.name, identity.name)) throw validation([{ field: 'person.name', code: 'name_mismatch', messageKey: 'identity.nameMismatch' }]);
    await recordLookup(tx, identityBlindIndex(keyring, identity), created ? 'created' : 'matched');
    // Locking the person serialises relations recorded for them, so two overlapping ones cannot both pass the check below.
    await tx.db.select({ id: persons.id }).from(persons).where(eq(persons.id, person.id)).for('update');
    const recorded = await tx.db
      .select()
      .from(personRelations)
      .where(and(eq(personRelations.personId, person.id), eq(personRelations.institutionId, institutionId), eq(personRelations.kind, body.kind)));
    const match = matchRecordedRelation(
      {
        kind: body.kind,
        employmentType: body.employmentType ?? null,
        employerName: body.employerName,
        agreementId: body.agreementId ?? null,
        graduationDate: body.graduationDate ?? null,
        validFrom: body.validFrom,
        validUntil: body.validUntil ?? null,
      },
      recorded.map((r) => ({ ...r, kind: r.kind as RelationKind, employmentType: r.employmentType as EmploymentType | null })),
    );
    // The same relation recorded twice (a retried request, a second clerk) is the one on record, as in the group import.
    if (match.outcome === 'same')
      return toRelationView(
        recorded.find((r) => r.id === match.id)!,
        person,
      );
    if (match.outcome === 'conflict') throw new AppError('CONFLICT', 'relation.duplicate', { relationKind: body.kind, from: match.with.validFrom });

    const [row] = await tx.db
      .insert(personRelations)
      .values({
        personId: person.id,
        institutionId,
        districtCode: institution.districtCode,
        kind: body.kind,
        employmentType: body.employmentType ?? null,
        employerName: body.employerName,
        agreementId: body.agreementId ?? null,
        graduationDate: body.graduationDate ?? null,
        validFrom: body.validFrom,
        validUntil: body.validUntil ?? null,
        evidenceFileIds: [...new Set(body.evidenceFileIds)],
        createdBy: actorUserId(tx.actor),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    const view = toRelationView(row!, person);
    await appendAudit(tx, { action: 'relation.created', entityType: 'relation', entityId: row!.id, after: view, detail: { institutionId, personId: person.id, kind: body.kind } });
    return view;
  });
}

async function fieldProblems(tx: ServiceContext, institution: InstitutionFacts, body: Body): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const locale = tx.locale;
  const expected = RELATION_CATEGORY[body.kind];
  if (expected !== institution.category) {
    problems.push({
      field: 'kind',
      code: 'kindCategory',
      messageKey: 'relation.kindCategory',
      params: { relationKind: body.kind, expected: INSTITUTION_CATEGORY_LABELS[expected][locale], category: INSTITUTION_CATEGORY_LABELS[institution.category][locale] },
    });
  }
  let agreement: RelationFields['agreement'] = null;
  if (body.agreementId) {
    const [found] = await tx.db
      .select({ kind: institutionAgreements.kind })
      .from(institutionAgreements)
      .where(and(eq(institutionAgreements.id, body.agreementId), eq(institutionAgreements.institutionId, institution.id)));
    if (found) agreement = found.kind as AgreementKind;
    else {
      agreement = 'unresolved';
      if (RELATION_AGREEMENT[body.kind]) problems.push({ field: 'agreementId', code: 'agreementNotFound', messageKey: 'relation.agreementNotFound' });
    }
  }
  const fields: RelationFields = {
    employmentType: body.employmentType ?? null,
    employerName: body.employerName,
    agreement,
    graduationDate: body.graduationDate ?? null,
    validFrom: body.validFrom,
    validUntil: body.validUntil ?? null,
  };
  problems.push(...relationProblems(body.kind, fields));

  const foreign = await foreignEvidence(tx.db, { institutionId: institution.id }, body.evidenceFileIds);
  body.evidenceFileIds.forEach((fileId, index) => {
    if (foreign.has(fileId)) problems.push({ field: `evidenceFileIds.${index}`, code: 'not_owned', messageKey: 'evidence.notInstitutions' });
  });
  return problems;
}

/**
 * A valid ID with a typo can belong to someone else: a known ID number with another name is
 * refused before anything is written, without showing the stored name (the caller has not shown
 * they know the person), and counted against the account like every such look-up.
 */
async function refuseUnknownName(ctx: ServiceContext, keyring: Keyring, body: Body): Promise<void> {
  const { identity } = checkIdentity(body.person, shanghaiDate(ctx.now()), 'person.');
  if (!identity) return;
  await lookUpIdentity(ctx, keyring, identity, 'person.name');
}
