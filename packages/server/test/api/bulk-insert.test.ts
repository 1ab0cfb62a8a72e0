import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { asc, count, getTableColumns, sql } from 'drizzle-orm';
import { bigint, boolean, date, integer, json, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Database } from '../../src/platform/db/client.ts';
import { BULK_INSERT_CHUNK_ROWS, bulkInsert, excluded } from '../../src/platform/db/bulk-insert.ts';
import { persons, registrationStatusEnum } from '../../src/platform/db/schema.ts';
import { dbTargets, freshDatabase } from '../helpers/database.ts';

/** A table with a column of every kind the schema uses, defaults and an always-generated identity. */
const sample = pgTable('bulk_sample', {
  id: uuid('id').primaryKey().defaultRandom(),
  seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
  label: text('label').notNull().unique(),
  small: smallint('small').notNull(),
  count: integer('count').notNull().default(7),
  flag: boolean('flag').notNull().default(false),
  day: date('day', { mode: 'string' }),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  tags: text('tags')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  levels: smallint('levels').array(),
  status: registrationStatusEnum('status').notNull(),
  doc: json('doc').$type<{ reasons: string[]; nested: { n: number } }>(),
  data: jsonb('data').$type<Record<string, unknown>>(),
});

const SAMPLE_DDL = sql`create table bulk_sample (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  label text not null unique,
  small smallint not null,
  count integer not null default 7,
  flag boolean not null default false,
  day date,
  at timestamp with time zone not null default now(),
  tags text[] not null default '{}'::text[],
  levels smallint[],
  status registration_status not null,
  doc json,
  data jsonb)`;

type SampleRow = typeof sample.$inferInsert;

function fullRow(i: number): Required<Omit<SampleRow, 'seq'>> {
  return {
    id: randomUUID(),
    label: `标签 ${i} "quoted", with \\ and 'apostrophe'`,
    small: i % 5,
    count: i * 3,
    flag: i % 2 === 0,
    day: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
    at: new Date(Date.UTC(2026, 2, 1, 8, 30, i % 60, 123)),
    tags: ['甲', `t${i}`, 'a,b', '{brace}'],
    levels: [5, 4, i % 3],
    status: 'admitted',
    doc: { reasons: ['年龄', `r${i}`], nested: { n: i } },
    data: { key: `v${i}`, list: [1, 2, { deep: true }], none: null },
  };
}

for (const target of dbTargets()) {
  describe(`bulk inserts take their columns from the table [${target}]`, () => {
    let database: Database;
    before(async () => {
      database = await freshDatabase(target);
      await database.db.execute(SAMPLE_DDL);
    });
    after(() => database.close());
    const clear = () => database.db.execute(sql`truncate bulk_sample`);

    test('every column a row carries is written, and reads back as it was given', async () => {
      await clear();
      const given = [fullRow(1), fullRow(2), { ...fullRow(3), day: null, levels: null, doc: null, data: null }];
      const returned = await bulkInsert(database.db, sample, given, { returning: getTableColumns(sample) });
      const read = await database.db.select().from(sample).orderBy(asc(sample.seq));
      assert.deepEqual(
        returned.map(({ seq: _seq, ...row }) => row),
        given,
      );
      assert.deepEqual(read, returned);
    });

    test('a column no row carries takes its database default; rows carrying other columns are written apart, in order', async () => {
      await clear();
      const rows: SampleRow[] = [
        { label: 'a', small: 1, status: 'pending' },
        { label: 'b', small: 2, status: 'pending', count: 1, flag: true },
        { label: 'c', small: 3, status: 'pending' },
      ];
      const before = Date.now();
      const written = await bulkInsert(database.db, sample, rows, { returning: { label: sample.label, seq: sample.seq, count: sample.count, flag: sample.flag, tags: sample.tags, at: sample.at } });
      assert.deepEqual(
        written.map((w) => [w.label, w.count, w.flag, w.tags]),
        [
          ['a', 7, false, []],
          ['b', 1, true, []],
          ['c', 7, false, []],
        ],
      );
      assert.deepEqual(
        written.map((w) => w.seq),
        [...written.map((w) => w.seq)].sort((x, y) => x - y),
      );
      assert.ok(written.every((w) => w.at.getTime() >= before - 60_000));
    });

    test('more rows than PostgreSQL could bind as parameters of a values list are written, in chunks, in order', async () => {
      const columns = Object.keys(getTableColumns(persons)).length;
      const total = Math.max(2 * BULK_INSERT_CHUNK_ROWS + 1, Math.floor(65_535 / columns) + 1);
      const rows = Array.from({ length: total }, (_, i) => ({
        id: randomUUID(),
        idType: 'resident',
        idNumberSealed: `sealed-${i}`,
        idNumberBlind: `blind-${i}`,
        idNumberMasked: `3101**********${String(i).padStart(4, '0')}`,
        name: `姓名${i}`,
        birthDate: '1990-01-01',
        profile: { workHistory: [], certificates: [], diplomas: [], titles: [], apprenticeshipCompletedOn: null },
      }));
      const written = await bulkInsert(database.db, persons, rows, { returning: { id: persons.id, version: persons.version } });
      assert.equal(written.length, total);
      assert.deepEqual(
        written.map((w) => w.id),
        rows.map((r) => r.id),
      );
      assert.ok(written.every((w) => w.version === 1));
      const [stored] = await database.db.select({ n: count() }).from(persons);
      assert.equal(stored!.n, total);
    });

    test('the statements of one call commit or roll back together', async () => {
      await clear();
      const rows = [fullRow(1), fullRow(2), fullRow(3), fullRow(4), { ...fullRow(5), label: fullRow(1).label }];
      await assert.rejects(bulkInsert(database.db, sample, rows, { chunkRows: 2 }), (error: Error & { cause?: { code?: string } }) => error.cause?.code === '23505');
      const [stored] = await database.db.select({ n: count() }).from(sample);
      assert.equal(stored!.n, 0);
      await bulkInsert(database.db, sample, rows.slice(0, 4), { chunkRows: 2 });
      const labels = await database.db.select({ label: sample.label }).from(sample).orderBy(asc(sample.seq));
      assert.deepEqual(
        labels.map((l) => l.label),
        rows.slice(0, 4).map((r) => r.label),
      );
    });

    test('on conflict: do nothing skips; do update sets the named columns and expressions where allowed', async () => {
      await clear();
      await bulkInsert(database.db, sample, [
        { label: 'x', small: 1, status: 'pending', count: 10 },
        { label: 'y', small: 1, status: 'pending', count: 20 },
      ]);
      const skipped = await bulkInsert(
        database.db,
        sample,
        [
          { label: 'x', small: 2, status: 'admitted' },
          { label: 'z', small: 2, status: 'admitted' },
        ],
        { onConflict: { target: sample.label, doNothing: true }, returning: { label: sample.label } },
      );
      assert.deepEqual(skipped, [{ label: 'z' }]);
      const updated = await bulkInsert(
        database.db,
        sample,
        [
          { label: 'x', small: 3, status: 'admitted', flag: true },
          { label: 'y', small: 4, status: 'rejected', flag: true },
        ],
        {
          onConflict: { target: sample.label, update: ['small', 'status'], set: { count: sql`${sample.count} + 1`, flag: false }, setWhere: sql`${excluded(sample.status)} <> 'rejected'` },
          returning: { label: sample.label, small: sample.small, status: sample.status, count: sample.count, flag: sample.flag },
        },
      );
      assert.deepEqual(updated, [{ label: 'x', small: 3, status: 'admitted', count: 11, flag: false }]);
      const [y] = await database.db
        .select()
        .from(sample)
        .where(sql`${sample.label} = 'y'`);
      assert.equal(y!.small, 1);
    });

    test('a selection over other rows is written by one statement, values and expressions cast to their columns', async () => {
      await clear();
      await bulkInsert(database.db, sample, [fullRow(1), fullRow(2)]);
      const copied = await bulkInsert(
        database.db,
        sample,
        {
          select: {
            label: sql`${sample.label} || ' copy'`,
            small: sample.small,
            status: 'withdrawn',
            at: new Date('2026-01-02T03:04:05Z'),
            tags: ['x', 'y'],
            doc: { reasons: [], nested: { n: 0 } },
            levels: null,
          },
          from: sql`${sample} order by ${sample.seq}`,
        },
        { returning: { label: sample.label, small: sample.small, status: sample.status, at: sample.at, tags: sample.tags, doc: sample.doc, levels: sample.levels, count: sample.count } },
      );
      assert.deepEqual(copied, [
        { label: `${fullRow(1).label} copy`, small: 1, status: 'withdrawn', at: new Date('2026-01-02T03:04:05Z'), tags: ['x', 'y'], doc: { reasons: [], nested: { n: 0 } }, levels: null, count: 7 },
        { label: `${fullRow(2).label} copy`, small: 2, status: 'withdrawn', at: new Date('2026-01-02T03:04:05Z'), tags: ['x', 'y'], doc: { reasons: [], nested: { n: 0 } }, levels: null, count: 7 },
      ]);
    });

    test('a column the table requires cannot be left out of rows or selections, nor take a column of another type (type errors)', async () => {
      // @ts-expect-error `status` is NOT NULL without a default.
      const rows: SampleRow[] = [{ label: 'no status', small: 1 }];
      await assert.rejects(bulkInsert(database.db, sample, rows));
      // @ts-expect-error the same holds for a selection.
      await assert.rejects(bulkInsert(database.db, sample, { select: { label: sample.label, small: sample.small }, from: sql`${sample}` }));
      // @ts-expect-error a text column cannot fill a smallint one.
      await assert.rejects(bulkInsert(database.db, sample, { select: { label: sample.label, small: sample.label, status: sample.status }, from: sql`${sample}` }));
    });
  });
}
