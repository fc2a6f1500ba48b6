import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UsersRepository {
  constructor(
    @InjectRepository(UserEntity) private readonly repo: Repository<UserEntity>,
    private readonly dataSource: DataSource,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ email: email.toLowerCase() });
  }

  memberIdsOf(organizationId: string): Promise<string[]> {
    return this.repo
      .find({ select: { id: true }, where: { organizationId } })
      .then((rows) => rows.map((r) => r.id));
  }

  /** The organization and its first member, together or not at all. */
  createWithOrganization(
    organization: Omit<OrganizationEntity, 'id' | 'createdAt' | 'verified'>,
    user: Pick<UserEntity, 'email' | 'passwordHash' | 'name'>,
  ): Promise<{ organization: OrganizationEntity; user: UserEntity }> {
    return this.dataSource.transaction(async (em: EntityManager) => {
      const org = await em.save(
        OrganizationEntity,
        em.create(OrganizationEntity, { ...organization, verified: false }),
      );
      const member = await em.save(
        UserEntity,
        em.create(UserEntity, {
          ...user,
          email: user.email.toLowerCase(),
          role: 'MEMBER',
          organizationId: org.id,
        }),
      );
      return { organization: org, user: member };
    });
  }

  /** Creates the operator or resets its password; safe when several processes start at once. */
  async upsertOperator(email: string, passwordHash: string, name: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .insert()
      .values({ email: email.toLowerCase(), passwordHash, name, role: 'OPERATOR', organizationId: null })
      .orUpdate(['password_hash', 'role'], ['email'])
      .execute();
  }
}
