import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { cursorTime, type RowKey } from '@techmarket/shared';
import { OrganizationEntity } from './organization.entity.js';
import { OrganizationKind } from './organization.enums.js';

export interface OrganizationSearch {
  query?: string | null;
  kind?: OrganizationKind | null;
  regionPrefix?: string | null;
  verified?: boolean | null;
  after?: { createdAt: string; id: string } | null;
  limit: number;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

@Injectable()
export class OrganizationsRepository {
  constructor(@InjectRepository(OrganizationEntity) private readonly repo: Repository<OrganizationEntity>) {}

  findById(id: string): Promise<OrganizationEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  findByCreditCode(creditCode: string): Promise<OrganizationEntity | null> {
    return this.repo.findOneBy({ creditCode });
  }

  async markVerified(id: string): Promise<OrganizationEntity | null> {
    await this.repo.update({ id }, { verified: true });
    return this.findById(id);
  }

  /**
   * One page in (createdAt desc, id desc) order, plus the count of everything that matches, and each
   * row's creation time to the microsecond for its cursor.
   */
  async search(
    s: OrganizationSearch,
  ): Promise<{ rows: OrganizationEntity[]; total: number; keys: RowKey[] }> {
    const qb = this.repo.createQueryBuilder('o');
    if (s.query) qb.andWhere(`o.name ILIKE :q ESCAPE '\\'`, { q: `%${escapeLike(s.query)}%` });
    if (s.kind) qb.andWhere('o.kind = :kind', { kind: s.kind });
    if (s.regionPrefix) qb.andWhere('o.region_code LIKE :region', { region: `${s.regionPrefix}%` });
    if (s.verified != null) qb.andWhere('o.verified = :verified', { verified: s.verified });
    const total = await qb.clone().getCount();
    if (s.after) {
      qb.andWhere('(o.created_at, o.id) < (:createdAt::timestamptz, :id::uuid)', s.after);
    }
    const { entities, raw } = await qb
      .addSelect(cursorTime('o.created_at'), 'key_at')
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .limit(s.limit)
      .getRawAndEntities<{ o_id: string; key_at: string }>();
    return { rows: entities, total, keys: raw.map((r) => ({ id: r.o_id, keyAt: r.key_at })) };
  }
}
