import type { DataSource } from 'typeorm';
import { MarketPolicyEntity, toPolicy } from '@techmarket/markets';
import { subsidyPolicyOf } from '../../libs/trading/src/contracts/subsidy-policy.js';
import { JILIN_SUBSIDY_POLICY } from '../../libs/trading/src/rules/index.js';
import { openTestDataSource } from '../support/databases.js';

let dataSource: DataSource;
let close: () => Promise<void>;

// cloning the template database takes seconds on a loaded machine, as in the other medium tests
beforeAll(async () => {
  ({ dataSource, close } = await openTestDataSource('policies'));
}, 30_000);
afterAll(() => close?.(), 30_000);

describe('market policies', () => {
  it('start with Jilin’s subsidy rule at the root, the same rule the code names the default', async () => {
    const root = await dataSource
      .getRepository(MarketPolicyEntity)
      .findOneByOrFail({ marketCode: 'root', kind: 'SUBSIDY' });
    expect(subsidyPolicyOf(toPolicy(root))).toEqual(JILIN_SUBSIDY_POLICY);
    expect(root.effectiveFrom).toBe('2000-01-01');
    const points = await dataSource
      .getRepository(MarketPolicyEntity)
      .findOneByOrFail({ marketCode: 'root', kind: 'BROKER_POINTS' });
    expect(points.terms).toEqual({ dockingAccepted: 10, deal: 30, contractRegistered: 50 });
  });

  it('never change once set: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(dataSource.query(`update market_policies set name = 'x'`)).rejects.toThrow(/never change/);
    await expect(dataSource.query(`delete from market_policies`)).rejects.toThrow(/never change/);
    await expect(dataSource.query(`truncate market_policies`)).rejects.toThrow(/never change/);
    expect(await dataSource.query(`select count(*)::int as n from market_policies`)).toEqual([{ n: 2 }]);
  });
});
