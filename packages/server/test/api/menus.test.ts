import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../helpers/server.ts';

/** What each demo account's menus must be: the server decides, the web app only renders. */
const EXPECTED: Record<string, Record<string, string[]>> = {
  'city-admin': {
    government: [
      'dashboard',
      'filings',
      'plans',
      'results',
      'certificates',
      'national-export',
      'direct-recognition',
      'identity-claims',
      'institutions',
      'catalogue',
      'audit',
      'users',
      'score-corrections',
      'inspection-tasks',
      'inspections',
      'rectifications',
      'document-requests',
      'inspection-registry',
      'profile',
    ],
  },
  'huangpu-officer': {
    government: [
      'dashboard',
      'filings',
      'plans',
      'results',
      'certificates',
      'direct-recognition',
      'identity-claims',
      'institutions',
      'score-corrections',
      'inspection-tasks',
      'inspections',
      'rectifications',
      'document-requests',
      'inspection-registry',
      'profile',
    ],
  },
  'pudong-officer': {
    government: [
      'dashboard',
      'filings',
      'plans',
      'results',
      'certificates',
      'direct-recognition',
      'identity-claims',
      'institutions',
      'score-corrections',
      'inspection-tasks',
      'inspections',
      'rectifications',
      'document-requests',
      'inspection-registry',
      'profile',
    ],
  },
  'minhang-officer': {
    government: [
      'dashboard',
      'filings',
      'plans',
      'results',
      'certificates',
      'direct-recognition',
      'identity-claims',
      'institutions',
      'score-corrections',
      'inspection-tasks',
      'inspections',
      'rectifications',
      'document-requests',
      'inspection-registry',
      'profile',
    ],
  },
  'industry-officer': {
    government: [
      'dashboard',
      'filings',
      'plans',
      'results',
      'certificates',
      'institutions',
      'inspection-tasks',
      'inspections',
      'rectifications',
      'document-requests',
      'inspection-registry',
      'profile',
    ],
  },
  'inspector-1': { government: ['dashboard', 'results', 'certificates', 'inspections', 'rectifications', 'document-requests', 'profile'] },
  'enterprise-admin': {
    institution: [
      'dashboard',
      'filings',
      'plans',
      'results',
      'certificates',
      'people',
      'staff',
      'identity-claims',
      'institutions',
      'scores',
      'appointments',
      'rectifications',
      'document-requests',
      'profile',
    ],
  },
  'enterprise-examiner': { examiner: ['dashboard', 'my-sessions', 'conflicts', 'scoring', 'profile'] },
  'social-admin': {
    institution: ['dashboard', 'filings', 'plans', 'results', 'certificates', 'people', 'staff', 'identity-claims', 'institutions', 'scores', 'rectifications', 'document-requests', 'profile'],
  },
  'school-examiner': { examiner: ['dashboard', 'my-sessions', 'conflicts', 'scoring', 'profile'] },
  'candidate-1': { candidate: ['dashboard', 'my-profile', 'apply', 'my-registrations', 'my-scores', 'my-certificates', 'profile'] },
  'candidate-4': { candidate: ['dashboard', 'my-profile', 'apply', 'my-registrations', 'my-scores', 'my-certificates', 'profile'] },
};

describe('menus follow role and scope', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('pglite');
  });
  after(() => server.close());

  for (const [username, expected] of Object.entries(EXPECTED)) {
    test(`${username} gets exactly the menus of their role`, async () => {
      const me = (await (await server.as(username)).get('/api/v1/auth/me')).body;
      const actual = Object.fromEntries(me.workspaces.map((w: { workspace: string; menus: { key: string }[] }) => [w.workspace, w.menus.map((m) => m.key)]));
      assert.deepEqual(actual, expected);
    });
  }
});
