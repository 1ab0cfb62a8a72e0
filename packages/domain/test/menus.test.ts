import assert from 'node:assert/strict';
import { test } from 'node:test';
import { workspacesFor, type Actor, type Grant } from '../src/index.ts';

const user = (...grants: Grant[]): Actor => ({ kind: 'user', userId: 'u', username: 'u', displayName: 'u', grants, locale: null });

test('a user with two roles gets both workspaces, each with its own menus', () => {
  const views = workspacesFor(user({ role: 'examiner', institutionId: 'i1' }, { role: 'candidate', personId: 'p1' }));
  assert.deepEqual(
    views.map((v) => [v.workspace, v.menus.map((m) => m.path)]),
    [
      ['examiner', ['/examiner', '/examiner/profile']],
      ['candidate', ['/candidate', '/candidate/my-profile', '/candidate/apply', '/candidate/my-registrations', '/candidate/profile']],
    ],
  );
});

test('the public has no workspace', () => {
  assert.deepEqual(workspacesFor({ kind: 'anonymous' }), []);
});
