import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson } from '../../src/platform/audit/canonical.ts';
import { GENESIS_HASH, hashEvent, type ChainedFields } from '../../src/platform/audit/chain.ts';

const event: ChainedFields = {
  seq: 1,
  at: new Date('2026-03-02T02:00:00.000Z'),
  actorType: 'user',
  actorId: 'u1',
  actorName: 'city-admin',
  action: 'auth.login',
  entityType: 'user',
  entityId: 'u1',
  beforeDigest: null,
  afterDigest: null,
  detail: { b: 1, a: [1, { d: 2, c: 3 }] },
  requestId: 'r1',
  prevHash: GENESIS_HASH,
};

test('canonical JSON does not depend on key order (jsonb reorders keys on the way back)', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: 1, c: 2 } }), canonicalJson({ a: { c: 2, d: 1 }, b: 1 }));
});

test('every field is covered by the hash', () => {
  const base = hashEvent(event);
  const changes: Partial<ChainedFields>[] = [
    { seq: 2 },
    { at: new Date('2026-03-02T02:00:00.001Z') },
    { actorName: 'x' },
    { action: 'x' },
    { entityId: 'x' },
    { afterDigest: 'x' },
    { detail: { b: 2 } },
    { requestId: 'x' },
    { prevHash: 'f'.repeat(64) },
  ];
  for (const change of changes) assert.notEqual(hashEvent({ ...event, ...change }), base, JSON.stringify(change));
});
