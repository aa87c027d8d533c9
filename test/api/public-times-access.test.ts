// The public route reaches no per-case, per-citizen or per-caseworker data: every root operation
// of the schema (found from the schema, so later ones are covered too) is called over HTTP without
// signing in, with everything published, and so are the public HTTP routes. Each either answers
// with aggregates only (nothing of the data's case ids, citizens or caseworkers in the body) or is
// refused as UNAUTHENTICATED.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type http from 'node:http';
import { buildSchema } from 'graphql';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import { typeDefs } from '../../server/graphql/schema';
import { OPERATION_RULES } from '../../server/access/operations';
import { createHttpServer, SAFE_APP_CONFIG } from '../../server/http/app';
import { OPEN_DATA_ROUTES } from '../../server/public-times/http';
import { savePublicationSettings } from '../../server/public-times/settings';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { reachable, rootOperations } from '../helpers/schema-queries';
import { importPublicFixture } from '../public-times/fixture';

const schema = buildSchema(typeDefs);
/** Types that carry one case, citizen, caseworker or user. */
const PERSONAL_TYPES = ['Case', 'Caseworker', 'CaseworkerFigures', 'OpenCase', 'OpenCasePage', 'Assignment', 'Contact', 'Appeal',
  'AccessLogEntry', 'AccessLogPage', 'User', 'ApiToken', 'IssuedApiToken'];
const PERSONAL_FIELD = /citizen|caseworker|^cases?$|caseIds|pseudonym/i;

let database: TestDatabase;
let server: http.Server;
let stop: () => Promise<void>;
let base: string;
/** Every case id, citizen id, caseworker id and caseworker name in the data: none may leave through a public route. */
let secrets: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  await importPublicFixture(database.db);
  await savePublicationSettings(database.db, { published: true, departmentIds: ['ROOT', 'OTHER'] }, 'test', new Date());
  const rows = await queryRows<{ value: string }>(database.db, sql`select case_id as value from cases union select citizen_id from cases
    union select caseworker_id from caseworkers union select display_name from caseworkers`);
  secrets = rows.map((r) => r.value);
  ({ server, stop } = await createHttpServer({
    handle: database, clientDir: '/nonexistent', config: { ...SAFE_APP_CONFIG, publicRateLimit: { limit: 10_000, windowSeconds: 60 } },
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await stop?.();
  server?.close();
  await database?.dispose();
});

function expectNoSecrets(body: string, where: string): void {
  const leaked = secrets.filter((secret) => body.includes(secret));
  expect(leaked, `${where} leaks ${leaked.join(', ')}`).toEqual([]);
}

function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
  return [];
}

async function anonymous(source: string): Promise<{ status: number; text: string; body: any }> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: source }) });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) };
}

describe('every root operation, called without signing in', () => {
  const open = Object.entries(OPERATION_RULES).filter(([, rule]) => 'anyone' in rule).map(([op]) => op).sort();

  it('opens only the viewer (null when signed out) and the published table to anonymous callers', () => {
    expect(open).toEqual(['Query.publicProcessingTimes', 'Query.viewer']);
  });

  it('the published table can reach no type but its own flat aggregates', () => {
    const { types } = reachable(schema.getQueryType()!.getFields().publicProcessingTimes!.type);
    expect([...types].sort()).toEqual(['Boolean', 'Date', 'DateTime', 'DeadlineLength', 'DeadlineUnit', 'Float', 'ID', 'Int',
      'PublicCaseTypeTimes', 'PublicProcessingTimes', 'PublicWithholding', 'String']);
  });

  // Refused operations are probed with `__typename` only: the refusal comes before any field resolves.
  const refusalProbe = new Map(rootOperations(schema, 0).map((op) => [op.name, op.source]));
  for (const op of rootOperations(schema, 4)) {
    const isOpen = open.includes(op.name);
    it(`${op.name}: ${isOpen ? 'aggregates only' : 'refused (UNAUTHENTICATED)'}`, async () => {
      const field = op.keyword === 'query' ? schema.getQueryType()!.getFields()[op.field]! : schema.getMutationType()!.getFields()[op.field]!;
      if (isOpen) {
        const { types, fields } = reachable(field.type);
        expect(PERSONAL_TYPES.filter((t) => types.has(t))).toEqual([]);
        expect([...fields].filter((f) => PERSONAL_FIELD.test(f))).toEqual([]);
        const answer = await anonymous(op.source);
        expect(answer.body.errors).toBeUndefined();
        // Not vacuous: with everything published the table is there, every row of it.
        if (op.field === 'publicProcessingTimes') expect(answer.body.data.publicProcessingTimes.rows).toHaveLength(6);
        expect(keysOf(answer.body.data).filter((k) => PERSONAL_FIELD.test(k))).toEqual([]);
        expectNoSecrets(answer.text, op.name);
      } else {
        const answer = await anonymous(refusalProbe.get(op.name)!);
        expect([answer.status, answer.body.errors?.[0]?.extensions?.code, answer.body.data?.[op.field] ?? null]).toEqual([401, 'UNAUTHENTICATED', null]);
        expectNoSecrets(answer.text, op.name);
      }
    });
  }
});

describe('the public HTTP routes', () => {
  for (const route of OPEN_DATA_ROUTES) {
    it(`${route}: the published table, nothing per case, citizen or caseworker`, async () => {
      const res = await fetch(`${base}${route}`);
      const text = await res.text();
      expect(res.status).toBe(200);
      expectNoSecrets(text, route);
      const names = route.endsWith('.json') ? (JSON.parse(text).columns as Array<{ name: string }>).map((c) => c.name) : text.slice(1).split('\r\n')[0]!.split(';');
      expect(names.filter((n) => PERSONAL_FIELD.test(n))).toEqual([]);
      expect(text).toContain('Fristskift');
    });
  }

  it('and the other routes open without sign-in refuse case-level exports', async () => {
    expect((await fetch(`${base}/admin/access-log.csv`)).status).toBe(401);
    expect((await fetch(`${base}/auth/session`)).status).toBe(401);
    expect((await fetch(`${base}/aabne-data/sager.csv`)).status).toBe(404);
  });
});
