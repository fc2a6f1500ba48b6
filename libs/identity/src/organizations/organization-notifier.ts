import { Injectable } from '@nestjs/common';
import { type NotificationDraft, NotificationEntity, NotificationsService } from '@techmarket/notifications';
import { UsersRepository } from '../users/users.repository.js';

/** Every member of an organization hears what happens to it (a review, a docking, an offer...). */
@Injectable()
export class OrganizationNotifier {
  constructor(
    private readonly users: UsersRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async notify(organizationId: string, draft: NotificationDraft): Promise<NotificationEntity[]> {
    return this.notifications.notifyUsers(await this.users.memberIdsOf(organizationId), draft);
  }
}
