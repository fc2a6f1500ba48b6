import type { DataSource } from 'typeorm';
import { flattenTaxonomy } from '@techmarket/catalog';
import { seed } from '../../scripts/seed.js';
import { openTestDataSource } from '../support/databases.js';

let dataSource: DataSource;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ dataSource, close } = await openTestDataSource('seed'));
}, 30_000);
afterAll(() => close?.(), 30_000);

const one = async (sql: string, params: unknown[] = []) => (await dataSource.query(sql, params))[0];

describe('demo data on an empty database', () => {
  it.each(['production', 'test'] as const)('loads no demo member in %s', async (env) => {
    await seed(dataSource, env);
    expect((await one('select count(*)::int as n from users')).n).toBe(0);
    expect((await one('select count(*)::int as n from fields')).n).toBeGreaterThan(0);
  });

  it('loads organizations, CSL achievements, experts with teams and open needs, then never again', async () => {
    await seed(dataSource, 'development');
    const counts = await one(`select (select count(*) from organizations)::int as orgs,
      (select count(*) from achievements where status = 'LISTED' and search_vector is not null)::int as achievements,
      (select count(*) from experts where search_vector is not null)::int as experts,
      (select count(*) from achievement_team)::int as team,
      (select count(*) from needs where status = 'OPEN' and search_vector is not null)::int as needs,
      (select count(*) from needs where challenge_reward is not null)::int as challenges`);
    expect(counts.orgs).toBe(9);
    expect(counts.achievements).toBeGreaterThan(1000);
    expect(counts.experts).toBe(12);
    expect(counts.team).toBeGreaterThan(12);
    expect(counts.needs).toBe(12);
    expect(counts.challenges).toBeGreaterThan(0);

    const codes = new Set(flattenTaxonomy().map((f) => f.code));
    const used: Array<{ code: string }> = await dataSource.query(
      `select distinct unnest(field_codes) as code from achievements union select distinct unnest(field_codes) from needs`,
    );
    expect(used.filter((u) => !codes.has(u.code))).toEqual([]);
    const owners =
      await one(`select count(*)::int as n from achievements a join organizations o on o.id = a.owner_id
      where o.kind not in ('UNIVERSITY', 'RESEARCH_INSTITUTE')`);
    expect(owners.n).toBe(0);
    const found = await one(
      `select count(*)::int as n from achievements where search_vector @@ plainto_tsquery('simple', '镁合金')`,
    );
    expect(found.n).toBeGreaterThan(0);

    await seed(dataSource, 'development');
    expect((await one('select count(*)::int as n from achievements')).n).toBe(counts.achievements);
  }, 60_000);
});
