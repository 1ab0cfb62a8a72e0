import { repeatedWitness, riskRatioProblems, scopeForDepartment, type SupervisingDepartment } from '@jiping/domain';
import type { InspectionTaskBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { Db } from '../../platform/db/client.ts';
import { assertAllowed, validation, type FieldError } from '../../platform/errors.ts';
import { itemOf } from './queries.ts';

/**
 * Checks a draft's content for the department it belongs to and returns the scope as stored: an
 * item in force, every ratio within its class's range (named), the witnesses each once, and a
 * scope inside the department's (403 naming what lies outside). Nothing is written on a refusal.
 */
export async function checkTaskInput(db: Db, body: z.output<typeof InspectionTaskBody>, department: SupervisingDepartment) {
  const problems: FieldError[] = [];
  const item = await itemOf(db, body.inspectionItemId);
  if (!item || !item.active) problems.push({ field: 'inspectionItemId', code: 'unknown_item', messageKey: 'inspectionTask.unknownItem' });
  for (const p of riskRatioProblems(body.ratios)) {
    problems.push({
      field: `ratios.${p.riskClass}`,
      code: 'out_of_range',
      messageKey: 'inspectionTask.ratioOutOfRange',
      params: { riskClass: p.riskClass, min: String(p.min), max: String(p.max), value: String(p.value) },
    });
  }
  const repeated = repeatedWitness(body.witnesses);
  if (repeated !== null) problems.push({ field: `witnesses.${repeated}`, code: 'repeated', messageKey: 'inspectionTask.repeatedWitness', params: { name: body.witnesses[repeated]! } });
  if (problems.length) throw validation(problems);
  const scoped = scopeForDepartment(department, body.scope);
  if (!scoped.ok) assertAllowed(scoped.decision);
  return { scope: scoped.ok ? scoped.scope : body.scope, item: item! };
}
