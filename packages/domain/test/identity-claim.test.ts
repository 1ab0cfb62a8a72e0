import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { accountLinkPolicy, districtOfIdNumber, identityClaimPolicy, normalizePersonName, personPolicy, sameName, type Actor, type Grant } from '../src/index.ts';

const user = (...grants: Grant[]): Actor => ({ kind: 'user', userId: 'u', username: 'u', displayName: 'u', grants, locale: null });

describe('names are compared as people write them', () => {
  const same: Array<[string, string]> = [
    ['李强', ' 李 强 '],
    ['李强', '李　强'], // full-width space
    ['阿卜杜拉·买买提', '阿卜杜拉・买买提'],
    ['阿卜杜拉·买买提', '阿卜杜拉 · 买买提'],
    ['John Smith', 'ＪＯＨＮ  smith'], // full-width letters, double space
  ];
  for (const [a, b] of same) test(`"${a}" is "${b}"`, () => assert.ok(sameName(a, b), `${normalizePersonName(a)} / ${normalizePersonName(b)}`));
  const different: Array<[string, string]> = [
    ['李强', '李墙'],
    ['李强', '李强强'],
    ['John Smith', 'Jon Smith'],
  ];
  for (const [a, b] of different) test(`"${a}" is not "${b}"`, () => assert.ok(!sameName(a, b)));
});

describe('the district an ID was issued in', () => {
  test('a Shanghai district code in a resident ID', () => assert.equal(districtOfIdNumber('resident_id', '310115199006060025'), '310115'));
  test('a resident ID from elsewhere, or another document, names none', () => {
    assert.equal(districtOfIdNumber('resident_id', '11010519491231002X'), null);
    assert.equal(districtOfIdNumber('passport', '310115199006060025'), null);
  });
});

describe('who confirms an identity in person, and who unlinks', () => {
  const claim = { districtCodes: ['310115'], relatedInstitutionIds: ['inst-pudong'] };
  const cases: Array<[string, Actor, boolean, boolean]> = [
    // actor, may confirm this claim, may unlink this person's account
    ['the city', user({ role: 'municipal_admin' }), true, true],
    ['an officer of the district that knows the person', user({ role: 'district_officer', districtCode: '310115' }), true, true],
    ['an officer of another district', user({ role: 'district_officer', districtCode: '310101' }), false, false],
    ['an institution related to the person', user({ role: 'institution_admin', institutionId: 'inst-pudong' }), true, false],
    ['an institution without a relation', user({ role: 'institution_admin', institutionId: 'inst-other' }), false, false],
    ['an industry officer', user({ role: 'industry_officer', occupationCodes: ['6-18-01-01'] }), false, false],
    ['the candidate themself', user({ role: 'candidate', personId: null }), false, false],
  ];
  for (const [who, actor, confirm, unlink] of cases) {
    test(`${who}: confirm ${confirm}, unlink ${unlink}`, () => {
      assert.equal(identityClaimPolicy(actor, 'confirm', claim).allowed, confirm);
      assert.equal(accountLinkPolicy(actor, claim).allowed, unlink);
    });
  }
  test('anonymous is asked to sign in', () => assert.equal((identityClaimPolicy({ kind: 'anonymous' }, 'list') as { status: number }).status, 401));
});

describe('a candidate never registers a person by naming an ID number', () => {
  test('create is refused to candidates, with the way to verify instead', () => {
    const decision = personPolicy(user({ role: 'candidate', personId: null }), 'create');
    assert.deepEqual(decision, { allowed: false, status: 403, reason: 'policy.person.claimInstead' });
  });
  test('an unlinked candidate reads no person; the linked one reads only their own', () => {
    const person = { id: 'p1', createdByInstitutionId: null, relatedInstitutionIds: [] };
    assert.equal(personPolicy(user({ role: 'candidate', personId: null }), 'read', person).allowed, false);
    assert.equal(personPolicy(user({ role: 'candidate', personId: 'p1' }), 'reveal', person).allowed, true);
    assert.equal(personPolicy(user({ role: 'candidate', personId: 'p2' }), 'reveal', person).allowed, false);
  });
});
