import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../src/platform/db/client.ts';
import { databaseErrorOf, loggableError } from '../../src/platform/db/database-error.ts';
import { problemOfDatabaseError } from '../../src/platform/db/constraint-errors.ts';
import { STATUS_OF } from '../../src/platform/errors.ts';
import { translate } from '../../src/platform/i18n/messages.ts';

/** A value that must never reach a log line or a problem. */
const SECRET = '张三丰-13800138000';

describe('database refusals become clear problems and data-free log lines', () => {
  let database: Database;
  before(async () => {
    database = await openDatabase({ databaseUrl: null, dataDir: 'memory://' });
    await database.db.execute(sql`create table parents (id int primary key)`);
    await database.db.execute(sql`create table people (id int primary key, name text not null constraint people_name_key unique, parent int references parents (id), age int check (age >= 0))`);
    await database.db.execute(sql`insert into people (id, name) values (1, ${SECRET})`);
  });
  after(() => database.close());

  async function refusal(statement: ReturnType<typeof sql>): Promise<unknown> {
    try {
      await database.db.execute(statement);
    } catch (error) {
      return error;
    }
    throw new Error('the statement was expected to fail');
  }

  const cases = [
    { name: 'duplicate', statement: () => sql`insert into people (id, name) values (2, ${SECRET})`, code: '23505', status: 409, zh: /重复/ },
    { name: 'reference to nothing', statement: () => sql`insert into people (id, name, parent) values (3, ${'x' + SECRET}, ${404})`, code: '23503', status: 422, zh: /不存在/ },
    { name: 'broken rule', statement: () => sql`insert into people (id, name, age) values (4, ${'y' + SECRET}, ${-1})`, code: '23514', status: 422, zh: /规则/ },
    { name: 'missing value', statement: () => sql`insert into people (id, name) values (5, ${null})`, code: '23502', status: 422, zh: /必填/ },
    { name: 'malformed value', statement: () => sql`select ${SECRET}::uuid`, code: '22P02', status: 400, zh: /格式/ },
    { name: 'number out of range', statement: () => sql`select ${'8836521543073792'}::int`, code: '22003', status: 400, zh: /范围/ },
  ];

  for (const c of cases) {
    test(`${c.name} (${c.code}) is a ${c.status} in Chinese and English, and logs no value`, async () => {
      const error = await refusal(c.statement());
      const facts = databaseErrorOf(error);
      assert.equal(facts?.code, c.code);
      const problem = problemOfDatabaseError(facts!);
      assert.ok(problem, 'mapped to a problem, not a 500');
      assert.equal(STATUS_OF[problem.code], c.status);
      const zh = translate(problem.messageKey, 'zh-CN', problem.params);
      assert.match(zh, c.zh);
      assert.ok(!/[\u4e00-\u9fff]/.test(translate(problem.messageKey, 'en-US', problem.params)), 'an English message exists');
      const logged = JSON.stringify(loggableError(error));
      assert.ok(logged.includes(c.code));
      for (const leak of [SECRET, '13800138000', 'insert into', 'select $1', '8836521543073792']) assert.ok(!logged.includes(leak), `${leak} is not logged`);
      assert.ok(!zh.includes(SECRET));
    });
  }

  test('the constraint is named in the log but explained, not named, to the user', async () => {
    const error = await refusal(sql`insert into people (id, name) values (9, ${SECRET})`);
    assert.equal((loggableError(error) as { constraint?: string }).constraint, 'people_name_key');
    const problem = problemOfDatabaseError(databaseErrorOf(error)!)!;
    assert.ok(!translate(problem.messageKey, 'zh-CN').includes('people_name_key'));
  });

  test('errors that are not the database are logged as they are', () => {
    const logged = loggableError(new TypeError('boom'));
    assert.equal(logged.type, 'TypeError');
    assert.equal(logged.message, 'boom');
    assert.equal(databaseErrorOf(Object.assign(new Error('socket'), { code: 'ECONNRESET' })), null);
  });
});
