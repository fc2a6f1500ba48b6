import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { CurrentUser, PUB_SUB } from '@techmarket/shared';
import type { AuthUser } from '@techmarket/shared';
import { Notification } from './notification.model.js';
import { notificationTopic, NotificationsService } from './notifications.service.js';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly notifications: NotificationsService,
    @Inject(PUB_SUB) private readonly pubSub: RedisPubSub,
  ) {}

  @Query(() => [Notification])
  myNotifications(
    @CurrentUser() user: AuthUser,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ) {
    return this.notifications.mine(user, unreadOnly ?? false, first);
  }

  @Mutation(() => Notification)
  markNotificationRead(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.notifications.markRead(user, id);
  }

  /** The signed-in user's own notifications, live, from whichever API process created them. */
  @Subscription(() => Notification, {
    resolve: (payload: { notificationAdded: Notification }) => ({
      ...payload.notificationAdded,
      createdAt: new Date(payload.notificationAdded.createdAt),
      readAt: payload.notificationAdded.readAt ? new Date(payload.notificationAdded.readAt) : null,
    }),
  })
  notificationAdded(@CurrentUser() user: AuthUser) {
    return this.pubSub.asyncIterator(notificationTopic(user.id));
  }
}
