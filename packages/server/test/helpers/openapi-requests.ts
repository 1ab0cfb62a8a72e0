import fc from 'fast-check';

/**
 * Requests generated from the OpenAPI document: values that follow each schema, values that
 * break it (wrong types, control characters, numbers past the database's, very long text), and
 * ids of rows that really exist, learnt from earlier responses.
 */

type Schema = Record<string, any>;

export interface Operation {
  method: string;
  /** The path as the document writes it, with `{name}` placeholders. */
  template: string;
  parameters: Array<{ name: string; in: 'path' | 'query'; required: boolean; schema: Schema }>;
  body: Schema | null;
}

export type BodyCase =
  { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw'; text: string; contentType: string } | { kind: 'multipart'; fileName: string; content: string; fields: Record<string, string> };

export interface RequestCase {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  extraQuery: boolean;
  body: BodyCase;
  english: boolean;
}

/** Every operation of the document, in the order it lists them. */
export function operationsOf(document: { paths: Record<string, Record<string, any>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([template, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase(),
      template,
      parameters: operation.parameters ?? [],
      body: operation.requestBody?.content?.['application/json']?.schema ?? null,
    })),
  );
}

/** A value to be replaced when the request is sent, by one seen in a response under the same name. */
export class Seen {
  constructor(
    readonly name: string,
    readonly pick: number,
    readonly fallback: unknown,
  ) {}
}

/** What the responses so far revealed, by property name: ids, codes, versions, dates. */
export class SeenValues {
  private values = new Map<string, unknown[]>();
  private static readonly IGNORED = new Set(['username', 'password', 'detail', 'message', 'title', 'type', 'instance', 'hash']);

  learn(value: unknown, key = '') {
    if (Array.isArray(value)) for (const item of value) this.learn(item, key);
    else if (value !== null && typeof value === 'object') for (const [name, item] of Object.entries(value)) this.learn(item, name);
    else if (key && !SeenValues.IGNORED.has(key) && (typeof value === 'number' || (typeof value === 'string' && value.length <= 100))) {
      this.add(key, value);
      if (typeof value === 'string' && UUID.test(value)) this.add('uuid', value);
    }
  }

  resolve(value: unknown): unknown {
    if (value instanceof Seen) {
      const pool = this.values.get(value.name) ?? this.values.get('uuid');
      return pool?.length ? pool[value.pick % pool.length] : value.fallback;
    }
    if (Array.isArray(value)) return value.map((item) => this.resolve(item));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, this.resolve(item)]));
    return value;
  }

  private add(key: string, value: unknown) {
    const pool = this.values.get(key) ?? [];
    if (pool.includes(value)) return;
    if (pool.length >= 300) pool.splice(0, 1);
    pool.push(value);
    this.values.set(key, pool);
  }
}

/** Sent into a path as they are: percent-encoding that does not decode. */
const RAW_SEGMENTS = ['%ff', '%', '%E0%A4%A', '%00', '..%2f..%2f'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const hostileText = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  '\u0001\u0008\u001b[31m\u007f',
  '\u0085\u009f',
  'line\r\nbreak\t',
  '\ud800',
  'tail\udfff',
  '',
  '   ',
  "' or 1=1 --",
  '"; drop table users; --',
  '../../../etc/passwd',
  '%00%ff',
  '<script>alert(1)</script>',
  '𠮷😀‮',
  ...RAW_SEGMENTS,
  '9'.repeat(40),
  '-1',
  '1e309',
  'NaN',
  'null',
  '2026-02-30',
  '0000-00-00',
  '99999-12-31',
  '310101',
  '6-18-01-01',
  '00000000-0000-0000-0000-000000000000',
  '长'.repeat(5_000),
  'x'.repeat(20_000),
);
const hostileNumber = fc.constantFrom(8836521543073792, 2_147_483_648, -2_147_483_649, 32_768, -1, 0, 1.5, 1e308, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
const wrongType = fc.constantFrom<unknown>(null, true, false, [], {}, [1, 'a'], { a: { b: 1 } }, 'text', 42);

/** Anything at all, with a bias towards what has broken servers before. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: wrongType },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

const readable = fc.string({ unit: fc.constantFrom(...'上海浦东新区技能评价中心张三李四车工电工abcXYZ019 -_.'), minLength: 0, maxLength: 30 });
const isoDate = fc.date({ min: new Date('1950-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

/**
 * A value for a JSON schema. With `mutate`, any node may instead be a hostile value, so one
 * request tests one broken field inside an otherwise plausible body.
 */
export function valueFor(schema: Schema | undefined, name: string, mutate: boolean, depth = 0): fc.Arbitrary<unknown> {
  const valid = validFor(schema ?? {}, name, mutate, depth);
  return mutate ? fc.oneof({ weight: 10, arbitrary: valid }, { weight: 1, arbitrary: hostileValue }) : valid;
}

function seenOr(name: string, arbitrary: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 2, arbitrary: fc.tuple(fc.nat(), arbitrary).map(([pick, fallback]) => new Seen(name, pick, fallback)) }, { weight: 1, arbitrary });
}

function validFor(schema: Schema, name: string, mutate: boolean, depth: number): fc.Arbitrary<unknown> {
  const choices = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(choices)) return fc.oneof(...choices.map((choice: Schema) => valueFor(choice, name, mutate, depth)));
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringFor(schema, name);
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 100_000);
      const number = fc.integer({ min: Math.max(min, -1e9), max: Math.min(max, 1e9) });
      return name === 'version' ? seenOr(name, number) : number;
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (depth > 5) return fc.constant([]);
      const minLength = Math.min(schema.minItems ?? 0, 3);
      return fc.array(valueFor(schema.items, name, mutate, depth + 1), { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 3)) });
    }
    case 'object':
    default:
      if (type === undefined && !schema.properties) return fc.oneof(readable, fc.integer(), fc.boolean());
      return objectFor(schema, mutate, depth);
  }
}

function stringFor(schema: Schema, name: string): fc.Arbitrary<unknown> {
  if (schema.format === 'uuid') return seenOr(name, fc.uuid());
  if (schema.format === 'date') return seenOr(name, isoDate);
  if (schema.format === 'email') return fc.emailAddress();
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 30, 30));
  let text: fc.Arbitrary<string> = fc.string({ unit: fc.constantFrom(...'上海浦东新区技能评价中心张三李四车工电工abcXYZ019 -_.'), minLength, maxLength });
  if (typeof schema.pattern === 'string') {
    try {
      text = fc.stringMatching(new RegExp(schema.pattern)).filter((value) => value.length <= (schema.maxLength ?? 1000));
    } catch {
      // A pattern fast-check cannot read: plausible text is still worth sending.
    }
  }
  return seenOr(name, text);
}

function objectFor(schema: Schema, mutate: boolean, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant({});
  const properties: Record<string, Schema> = schema.properties ?? {};
  const required = new Set<string>(schema.required ?? []);
  const fields = Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, valueFor(property, key, mutate, depth + 1)]));
  let record: fc.Arbitrary<Record<string, unknown>> = fc.record(fields, { requiredKeys: Object.keys(properties).filter((key) => required.has(key)) });
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    const keys = schema.propertyNames ? (validFor(schema.propertyNames, 'key', false, depth + 1) as fc.Arbitrary<string>) : readable;
    record = fc.tuple(record, fc.dictionary(keys, valueFor(schema.additionalProperties, 'value', mutate, depth + 1), { maxKeys: 2 })).map(([known, extra]) => ({ ...extra, ...known }));
  }
  if (!mutate) return record;
  // A client may also send fields nobody declared, or leave out required ones.
  return fc.oneof(
    { weight: 8, arbitrary: record },
    { weight: 1, arbitrary: fc.tuple(record, readable, hostileValue).map(([value, key, extra]) => ({ ...value, [key || 'unexpected']: extra })) },
    { weight: 1, arbitrary: record.map((value) => Object.fromEntries(Object.entries(value).slice(1))) },
  );
}

const junkJson = fc.constantFrom('{"a":', '[', 'null', '"text"', '1e999999', '{"version":1e400}', '\u0000', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}');

/** One request for an operation: path and query parameters, and a body fitting its kind. */
export function requestFor(operation: Operation): fc.Arbitrary<RequestCase> {
  const build = (mutate: boolean): fc.Arbitrary<RequestCase> => {
    const path = fc.record(Object.fromEntries(operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, valueFor(p.schema, p.name, mutate)])));
    const query = fc.record(Object.fromEntries(operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, valueFor(p.schema, p.name, mutate)])), {
      requiredKeys: operation.parameters.filter((p) => p.in === 'query' && p.required).map((p) => p.name),
    });
    return fc.record({ path, query, extraQuery: mutate ? fc.boolean() : fc.constant(false), body: bodyFor(operation, mutate), english: fc.boolean() });
  };
  return fc.oneof({ weight: 2, arbitrary: build(false) }, { weight: 3, arbitrary: build(true) });
}

function bodyFor(operation: Operation, mutate: boolean): fc.Arbitrary<BodyCase> {
  const json = (schema: Schema | undefined) => valueFor(schema, 'body', mutate).map((value): BodyCase => ({ kind: 'json', value }));
  const raw = junkJson.map((text): BodyCase => ({ kind: 'raw', text, contentType: 'application/json' }));
  const form = fc.constant<BodyCase>({ kind: 'raw', text: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' });
  if (operation.body) {
    if (!mutate) return json(operation.body);
    return fc.oneof({ weight: 12, arbitrary: json(operation.body) }, { weight: 1, arbitrary: raw }, { weight: 1, arbitrary: form }, { weight: 1, arbitrary: fc.constant<BodyCase>({ kind: 'none' }) });
  }
  if (operation.method === 'GET') return fc.constant({ kind: 'none' });
  // Writes without a JSON body are uploads (or body-less actions): junk files and fields must not break them.
  const multipart = fc
    .record({
      fileName: fc.oneof(fc.constantFrom('a.xlsx', 'a.csv', 'a.pdf', 'scan.jpg', '', '\u0000.xlsx', '../../x.pdf', '长'.repeat(300) + '.pdf'), readable),
      content: fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('PK\u0003\u0004junk', '%PDF-1.4\n%junk', '\u0089PNG\r\n\u001a\n', 'code,name\n1-01-01-01,x')),
      fields: fc.dictionary(fc.constantFrom('mode', 'purpose', 'kind', 'note', 'x'), fc.oneof(readable, hostileText), { maxKeys: 3 }),
    })
    .map((part): BodyCase => ({ kind: 'multipart', ...part }));
  return fc.oneof(multipart, fc.constant<BodyCase>({ kind: 'none' }), json(undefined), raw);
}

/** The URL of a case; values the document does not expect are still sent, as a client would. */
export function urlFor(operation: Operation, request: RequestCase): string {
  const path = operation.template.replace(/\{(\w+)\}/g, (_, name: string) => encodeSegment(asText(request.path[name])));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) query.append(name, asText(item));
    else query.append(name, asText(value));
  }
  if (request.extraQuery) query.append('unexpected', '1');
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** Percent-encodes every byte outside the unreserved set; a lone surrogate goes as the bytes of U+FFFD, as browsers send it. */
function encodeSegment(text: string): string {
  if (RAW_SEGMENTS.includes(text)) return text;
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

function asText(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
