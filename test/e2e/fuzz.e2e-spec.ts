// Schema-driven fuzzing: every query and mutation the API serves, called by every kind of viewer with
// adversarial values chosen by each argument's type. Nothing a client sends may become a server error.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type IntrospectionQuery,
} from 'graphql';
import { loginAs, registerMember } from '../support/factories.js';
import { OPERATOR, type Platform, startPlatform } from '../support/platform.js';

let platform: Platform;
let schema: GraphQLSchema;
const viewers: Array<[string, string | undefined]> = [];

beforeAll(async () => {
  platform = await startPlatform();
  const member = await registerMember(platform);
  viewers.push(
    ['anonymous', undefined],
    ['member', member.token],
    ['operator', await loginAs(platform, OPERATOR.email, OPERATOR.password)],
  );
  const res = await platform.gql<IntrospectionQuery>(getIntrospectionQuery());
  schema = buildClientSchema(res.data as IntrospectionQuery);
}, 90_000);
afterAll(() => platform?.stop(), 60_000);

const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

/** Adversarial values per scalar: huge, NUL, lone surrogates, out of range, wrong kind. */
const SCALARS: Record<string, fc.Arbitrary<unknown>> = {
  String: fc.constantFrom(
    '',
    'a\u0000b',
    '\uD800',
    'x'.repeat(20_000),
    '镁合金 '.repeat(5_000),
    "' or 1=1 --",
    cursor(['', 'yesterday', randomUUID()]),
    cursor(['-10000-01-01T00:00:00Z', randomUUID()]),
    cursor([1e308, 'x']),
    '330106',
    '9'.repeat(40),
  ),
  ID: fc.constantFrom(
    'not-an-id',
    '',
    'a\u0000',
    '00000000-0000-0000-0000-000000000000',
    randomUUID(),
    'x'.repeat(5_000),
  ),
  Int: fc.constantFrom(-1, 0, 101, 2_147_483_647, -2_147_483_648),
  Float: fc.constantFrom(-1e308, 1e308, 0.1),
  Boolean: fc.boolean(),
  Money: fc.constantFrom(9007199254740993, '-1', '1e5', '99999999999999999999', '0.001', '１２３', 'a\u0000'),
  DateTime: fc.constantFrom(
    '-010000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '0001-01-01T00:00:00Z',
    'garbage',
    0,
    '9999-12-31T23:59:59Z',
  ),
};

function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, depth);
  if (isListType(type))
    return fc.oneof(
      fc.constant([]),
      valueOf(type.ofType, depth).map((v) => [v]),
      valueOf(type.ofType, depth).map((v) => Array.from({ length: 200 }, () => v)),
    );
  if (isEnumType(type))
    return fc.constantFrom(...type.getValues().map((v) => v.value as string), 'NOT_A_VALUE');
  if (isScalarType(type)) return SCALARS[type.name] ?? fc.constant('x');
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, depth + 1)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  }
  return fc.constant(null);
}

const argsOf = (args: readonly GraphQLArgument[]) =>
  fc.record(Object.fromEntries(args.map((a) => [a.name, valueOf(a.type)])), {
    requiredKeys: args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
  });

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const pass = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
  return `${kind}${vars ? `(${vars})` : ''} { ${field.name}${pass ? `(${pass})` : ''} ${selection} }`;
}

const LEAK = /\b(select|insert into|update \w+ set|delete from)\b|QueryFailedError|\n\s+at |\.[jt]s:\d+/i;

async function call(query: string, variables: Record<string, unknown>, token?: string) {
  const started = Date.now();
  const res = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, ms: Date.now() - started, text };
}

describe('every query and mutation, with adversarial values, by every kind of viewer', () => {
  it('answers no 5xx, no INTERNAL_SERVER_ERROR, no SQL or stack trace, each within 2 s, and stays healthy', async () => {
    const cases: Array<{
      query: string;
      variables: Record<string, unknown>;
      viewer: string;
      token?: string;
    }> = [];
    const roots = [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const;
    let seed = 17;
    for (const [kind, root] of roots)
      for (const field of Object.values(root?.getFields() ?? {})) {
        const query = operation(kind, field);
        for (const [viewer, token] of viewers)
          for (const variables of fc.sample(argsOf(field.args), { numRuns: 3, seed: seed++ }))
            cases.push({ query, variables: variables as Record<string, unknown>, viewer, token });
      }
    expect(cases.length).toBeGreaterThan(300);

    const failures: string[] = [];
    const queue = [...cases];
    const worker = async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const r = await call(c.query, c.variables, c.token);
        const problems = [
          r.status >= 500 && `HTTP ${r.status}`,
          r.text.includes('INTERNAL_SERVER_ERROR') && 'INTERNAL_SERVER_ERROR',
          LEAK.test(r.text) && 'SQL or a stack trace in the answer',
          r.ms > 2000 && `${r.ms} ms`,
        ].filter(Boolean);
        if (problems.length)
          failures.push(
            `${problems.join(', ')} · ${c.viewer} · ${c.query} · ${JSON.stringify(c.variables).slice(0, 300)} → ${r.text.slice(0, 300)}`,
          );
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    // the API's own account of what went wrong, beside the requests that found it
    const apiLog = (platform.processes.api as unknown as { tail: string[] }).tail.join('').slice(-4000);
    expect(failures.length ? { failures, apiLog } : []).toEqual([]);

    const health = await fetch(`${platform.url}/health`);
    expect(health.status).toBe(200);
  }, 180_000);
});
