import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../support/databases.js';

let dataSource: DataSource;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ dataSource, close } = await openTestDataSource('drift'));
});
afterAll(() => close?.());

describe('migrations', () => {
  it('describe every entity exactly: TypeORM would generate nothing after them', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('were all applied to the template, in order', async () => {
    const rows: Array<{ name: string }> = await dataSource.query(
      'select name from typeorm_migrations order by id',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.name)).toEqual(
      [...rows.map((r) => r.name)].sort(
        (a, b) => Number(a.match(/\d+$/)?.[0]) - Number(b.match(/\d+$/)?.[0]),
      ),
    );
  });

  it('leave the database refusing a member without an organization', async () => {
    await expect(
      dataSource.query(
        `insert into users (email, password_hash, name, role) values ('x@example.com', 'h', 'x', 'MEMBER')`,
      ),
    ).rejects.toThrow(/ck_users_member_has_organization/);
  });
});
