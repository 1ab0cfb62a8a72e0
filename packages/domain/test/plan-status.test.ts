import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nextPlanStatus, PLAN_ACTIONS, PLAN_STATUSES, type PlanAction, type PlanStatus } from '../src/index.ts';

const LEGAL: Array<[PlanStatus, PlanAction, PlanStatus]> = [
  ['draft', 'file', 'filed'],
  ['returned', 'file', 'filed'],
  ['filed', 'acknowledge', 'acknowledged'],
  ['filed', 'return', 'returned'],
  ['draft', 'cancel', 'cancelled'],
  ['filed', 'cancel', 'cancelled'],
  ['returned', 'cancel', 'cancelled'],
  ['acknowledged', 'cancel', 'cancelled'],
  ['acknowledged', 'close', 'closed'],
];

describe('plan transitions: every status × every action', () => {
  for (const from of PLAN_STATUSES) {
    for (const action of PLAN_ACTIONS) {
      const legal = LEGAL.find(([f, a]) => f === from && a === action);
      test(`${from} --${action}--> ${legal ? legal[2] : 'refused'}`, () => assert.equal(nextPlanStatus(from, action), legal ? legal[2] : null));
    }
  }
});
