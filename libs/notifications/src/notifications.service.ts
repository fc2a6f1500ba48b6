import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { IsNull, Repository } from 'typeorm';
import { afterCommit, type AuthUser, checkPageSize, isUuid, notFound, PUB_SUB } from '@techmarket/shared';
import { NotificationEntity } from './notification.entity.js';
import type { NotificationKind } from './notification.model.js';

export interface NotificationDraft {
  kind: NotificationKind;
  title: string;
  body: string;
  subjectId?: string | null;
}

export const notificationTopic = (userId: string) => `notification:${userId}`;

@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly repo: Repository<NotificationEntity>,
    @Inject(PUB_SUB) private readonly pubSub: RedisPubSub,
  ) {}

  /** Stores one notification per user, then pushes each to its user's live subscription. */
  async notifyUsers(userIds: readonly string[], draft: NotificationDraft): Promise<NotificationEntity[]> {
    if (!userIds.length) return [];
    const rows = await this.repo.save(
      userIds.map((userId) => this.repo.create({ userId, subjectId: null, readAt: null, ...draft })),
    );
    // stored first: a Redis that is away delays the live push, never the notification
    await this.push(rows);
    return rows;
  }

  /** Pushes notifications already stored (and committed) to their users' live subscriptions. */
  async push(rows: readonly NotificationEntity[]): Promise<void> {
    if (!rows.length) return;
    await afterCommit(
      'notification push',
      Promise.all(
        rows.map((row) => this.pubSub.publish(notificationTopic(row.userId), { notificationAdded: row })),
      ),
    );
  }

  mine(user: AuthUser, unreadOnly: boolean, first?: number | null): Promise<NotificationEntity[]> {
    return this.repo.find({
      where: { userId: user.id, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: checkPageSize(first),
    });
  }

  async markRead(user: AuthUser, id: string): Promise<NotificationEntity> {
    const row = isUuid(id) ? await this.repo.findOneBy({ id, userId: user.id }) : null;
    if (!row) throw notFound('Notification', id);
    if (!row.readAt) {
      await this.repo.update({ id, readAt: IsNull() }, { readAt: () => 'now()' });
      return (await this.repo.findOneBy({ id })) ?? row;
    }
    return row;
  }
}
