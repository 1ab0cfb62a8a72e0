import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import {
  actorUserId,
  AGREEMENT_KIND_LABELS,
  INSTITUTION_CATEGORY_LABELS,
  RELATION_AGREEMENT,
  RELATION_CATEGORY,
  RELATION_KIND_LABELS,
  relationPolicy,
  sameName,
  shanghaiDate,
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
import { checkIdentity, findOrCreatePerson, identityBlindIndex } from '../people/find-or-create-person.ts';
import { lookUpIdentity, recordLookup } from '../people/identity-lookups.ts';
import { foreignEvidence } from '../people/evidence-files.ts';
import { loadInstitutionFacts, type InstitutionFacts } from './institution-facts.ts';
import { toRelationView } from './relation-view.ts';

type Body = z.output<typeof CreateRelationBody>;

/** Students are judged on their graduating year, so the expected graduation date is part of the relation. */
const STUDENT_KINDS: readonly RelationKind[] = ['cooperation_student', 'enrolled_student'];

/**
 * Records how a person stands to the institution, naming the person by ID number: the relation
 * attaches to the one person with that ID, registered on the spot if new. Every field that does
 * not fit the kind is reported at once and nothing is written.
 */
export async function createRelation({ ctx, keyring, institutionId, input }: { ctx: ServiceContext; keyring: Keyring; institutionId: string; input: z.input<typeof CreateRelationBody> }) {
  const institution = await loadInstitutionFacts(ctx.db, institutionId);
  assertAllowed(relationPolicy(ctx.actor, 'write', institution));
  const body = parseInput(CreateRelationBody, input, ctx.locale);
  await refuseUnknownName(ctx, keyring, body);
  return withTransaction(ctx, async (tx) => {
    const { problems: identityProblems, identity } = checkIdentity(body.person, shanghaiDate(tx.now()), 'person.');
    const problems = [...identityProblems, ...(await relationProblems(tx, institution, body))];
    if (problems.length || !identity) throw validation(problems);

    const { row: person, created } = await findOrCreatePerson(tx, keyring, identity, institutionId);
    // Checked before the transaction too (where the attempt is counted); this one closes the race
    // with a registration of the same ID in between.
    if (!created && !sameName(person.name, identity.name)) throw validation([{ field: 'person.name', code: 'name_mismatch', messageKey: 'identity.nameMismatch' }]);
    await recordLookup(tx, identityBlindIndex(keyring, identity), created ? 'created' : 'matched');
    // Locking the person serialises relations recorded for them, so two overlapping ones cannot both pass the check below.
    await tx.db.select({ id: persons.id }).from(persons).where(eq(persons.id, person.id)).for('update');
    const [overlapping] = await tx.db
      .select({ validFrom: personRelations.validFrom })
      .from(personRelations)
      .where(
        and(
          eq(personRelations.personId, person.id),
          eq(personRelations.institutionId, institutionId),
          eq(personRelations.kind, body.kind),
          body.validUntil ? lte(personRelations.validFrom, body.validUntil) : undefined,
          or(isNull(personRelations.validUntil), gte(personRelations.validUntil, body.validFrom)),
        ),
      )
      .limit(1);
    if (overlapping) throw new AppError('CONFLICT', 'relation.duplicate', { kind: RELATION_KIND_LABELS[body.kind][tx.locale], from: overlapping.validFrom });

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

async function relationProblems(tx: ServiceContext, institution: InstitutionFacts, body: Body): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const fail = (field: string, key: string, params: Record<string, string> = {}) => problems.push({ field, code: key.slice('relation.'.length), messageKey: key, params });
  const locale = tx.locale;
  const expected = RELATION_CATEGORY[body.kind];
  if (expected !== institution.category) {
    fail('kind', 'relation.kindCategory', {
      kind: RELATION_KIND_LABELS[body.kind][locale],
      expected: INSTITUTION_CATEGORY_LABELS[expected][locale],
      category: INSTITUTION_CATEGORY_LABELS[institution.category][locale],
    });
  }
  if (body.kind === 'employee' && !body.employmentType) fail('employmentType', 'relation.employmentTypeRequired');
  if (body.kind !== 'employee' && body.employmentType) fail('employmentType', 'relation.employmentTypeOnlyEmployee');

  const needed = RELATION_AGREEMENT[body.kind];
  if (needed && !body.agreementId) fail('agreementId', 'relation.agreementRequired', { agreement: AGREEMENT_KIND_LABELS[needed][locale] });
  if (!needed && body.agreementId) fail('agreementId', 'relation.agreementNotApplicable', { kind: RELATION_KIND_LABELS[body.kind][locale] });
  if (needed && body.agreementId) {
    const [agreement] = await tx.db
      .select({ kind: institutionAgreements.kind })
      .from(institutionAgreements)
      .where(and(eq(institutionAgreements.id, body.agreementId), eq(institutionAgreements.institutionId, institution.id)));
    if (!agreement) fail('agreementId', 'relation.agreementNotFound');
    else if (agreement.kind !== needed) fail('agreementId', 'relation.agreementKind', { agreement: AGREEMENT_KIND_LABELS[needed][locale], kind: RELATION_KIND_LABELS[body.kind][locale] });
  }

  const student = STUDENT_KINDS.includes(body.kind);
  if (student && !body.graduationDate) fail('graduationDate', 'relation.graduationDateRequired');
  if (!student && body.graduationDate) fail('graduationDate', 'relation.graduationDateNotApplicable');
  if (body.validUntil && body.validUntil < body.validFrom) fail('validUntil', 'relation.period');

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
