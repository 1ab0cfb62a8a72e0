import assert from 'node:assert/strict';
import { test } from 'node:test';
import { negotiateLocale } from '../src/locale.ts';

test('Accept-Language picks the best supported language by weight', () => {
  assert.equal(negotiateLocale('en-US,en;q=0.9,zh-CN;q=0.8'), 'en-US');
  assert.equal(negotiateLocale('zh-TW,zh;q=0.9,en;q=0.8'), 'zh-CN');
  assert.equal(negotiateLocale('fr-FR;q=0.9, en;q=0.5'), 'en-US');
  assert.equal(negotiateLocale('en;q=0.2, zh;q=0.9'), 'zh-CN');
});

test('no usable language leaves the choice to the default', () => {
  assert.equal(negotiateLocale(undefined), null);
  assert.equal(negotiateLocale('fr, de'), null);
  assert.equal(negotiateLocale('en;q=0'), null);
});
