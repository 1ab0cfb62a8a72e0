import { eq } from 'drizzle-orm';
import { cataloguePolicy, type Path, type RuleSetOverrides } from '@jiping/domain';
import { OccupationEligibilityBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { occupations } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, notFound, staleVersion, validation, type FieldError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { ruleSetFor, type OccupationRow } from './occupation-rule-set.ts';

function toView(row: OccupationRow) {
  const overrides = row.ruleSetOverrides as RuleSetOverrides | null;
  return {
    code: row.code,
    nameZh: row.nameZh,
    version: row.version,
    standardVersion: row.standardVersion as '2018' | '2023',
    relatedOccupationCodes: row.relatedOccupationCodes,
    relatedMajors: row.relatedMajors,
    overriddenLevels: Object.keys(overrides?.levels ?? {}).map(Number),
    ruleSet: ruleSetFor(row) as never,
  };
}

/** The conditions an occupation applies, as candidates and institutions read them: public. */
export async function getOccupationEligibility({ ctx, code }: { ctx: ServiceContext; code: string }) {
  const [row] = await ctx.db.select().from(occupations).where(eq(occupations.code, code));
  if (!row) throw notFound('occupation');
  return toView(row);
}

/**
 * The city points an occupation at its standard's template and records where its own standard
 * differs: related occupations and majors, and whole levels of paths. Applications already
 * decided keep the rules they were decided on; only new ones see the change.
 */
export async function setOccupationEligibility({ ctx, code, input }: { ctx: ServiceContext; code: string; input: z.input<typeof OccupationEligibilityBody> }) {
  assertAllowed(cataloguePolicy(ctx.actor, 'import'));
  const body = parseInput(OccupationEligibilityBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select().from(occupations).where(eq(occupations.code, code)).for('update');
    if (!row) throw notFound('occupation');
    if (row.version !== body.version) throw staleVersion();
    const problems: FieldError[] = [];
    const related = [...new Set(body.relatedOccupationCodes)];
    if (related.includes(code)) problems.push({ field: 'relatedOccupationCodes', code: 'self', messageKey: 'eligibility.relatedSelf' });
    if (related.length) {
      const known = new Set((await tx.db.select({ code: occupations.code }).from(occupations)).map((o) => o.code));
      related.forEach((other, index) => {
        if (!known.has(other)) problems.push({ field: `relatedOccupationCodes.${index}`, code: 'unknown', messageKey: 'eligibility.unknownOccupation', params: { code: other } });
      });
    }
    for (const [level, paths] of Object.entries(body.levels ?? {})) {
      const ids = (paths ?? []).map((p) => p.id);
      if (new Set(ids).size !== ids.length) problems.push({ field: `levels.${level}`, code: 'duplicate_path', messageKey: 'eligibility.duplicatePath', params: { level } });
    }
    if (problems.length) throw validation(problems);
    const levels = body.levels && Object.keys(body.levels).length ? (body.levels as Partial<Record<5 | 4 | 3 | 2 | 1, readonly Path[]>>) : null;
    const overrides: RuleSetOverrides | null = levels ? { id: `occupation-${code}-${body.standardVersion}-v${row.version + 1}`, levels } : null;
    const [updated] = await tx.db
      .update(occupations)
      .set({
        standardVersion: body.standardVersion,
        relatedOccupationCodes: related,
        relatedMajors: [...new Set(body.relatedMajors)],
        ruleSetOverrides: overrides,
        version: row.version + 1,
        updatedAt: tx.now(),
      })
      .where(eq(occupations.code, code))
      .returning();
    await appendAudit(tx, {
      action: 'occupation.eligibility_set',
      entityType: 'occupation',
      entityId: code,
      before: { standardVersion: row.standardVersion, related: row.relatedOccupationCodes, majors: row.relatedMajors, overrides: row.ruleSetOverrides },
      after: { standardVersion: updated!.standardVersion, related: updated!.relatedOccupationCodes, majors: updated!.relatedMajors, overrides },
    });
    return toView(updated!);
  });
}
