import type { DataSource } from 'typeorm';
import { OrganizationEntity, OrganizationKind, UserEntity, UsersRepository } from '@techmarket/identity';
import { openTestDataSource } from '../support/databases.js';
import { newCreditCode } from '../support/factories.js';

let dataSource: DataSource;
let close: () => Promise<void>;
let users: UsersRepository;

beforeAll(async () => {
  ({ dataSource, close } = await openTestDataSource('users'));
  users = new UsersRepository(dataSource.getRepository(UserEntity), dataSource);
});
afterAll(() => close?.());

const org = (creditCode = newCreditCode()) => ({
  name: '测试机构',
  kind: OrganizationKind.ENTERPRISE,
  creditCode,
  regionCode: '330106',
  serviceCategories: [],
});
const count = (entity: typeof OrganizationEntity | typeof UserEntity) =>
  dataSource.getRepository(entity).count();

describe('UsersRepository against Postgres', () => {
  it('writes an organization and its first member together or not at all', async () => {
    const first = await users.createWithOrganization(org(), {
      email: 'A@Example.com',
      passwordHash: 'h',
      name: 'a',
    });
    expect(first.user.email).toBe('a@example.com');
    expect(first.user.organizationId).toBe(first.organization.id);
    const before = { orgs: await count(OrganizationEntity), users: await count(UserEntity) };
    // same email: the member insert fails after the organization insert, and both roll back
    await expect(
      users.createWithOrganization(org(), { email: 'a@example.com', passwordHash: 'h', name: 'b' }),
    ).rejects.toThrow(/uq_users_email/);
    expect({ orgs: await count(OrganizationEntity), users: await count(UserEntity) }).toEqual(before);
  });

  it('keeps one operator when several processes ensure it at once, with the last password', async () => {
    await Promise.all(
      ['h1', 'h2', 'h3', 'h4'].map((h) => users.upsertOperator('Ops@Example.com', h, '运营')),
    );
    const operators = await dataSource.getRepository(UserEntity).findBy({ role: 'OPERATOR' });
    expect(operators).toHaveLength(1);
    expect(operators[0].email).toBe('ops@example.com');
    await users.upsertOperator('ops@example.com', 'changed', '运营');
    expect((await users.findByEmail('OPS@example.com'))?.passwordHash).toBe('changed');
  });
});
