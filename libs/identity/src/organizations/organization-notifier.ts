import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type NotificationDraft, NotificationEntity, NotificationsService } from '@techmarket/notifications';
import { UsersRepository } from '../users/users.repository.js';

/** A notification for every member of one organization. */
export type OrganizationNotice = Omit<NotificationDraft, 'subjectId'> & { readonly org: string };

/** Every member of an organization hears what happens to it (a review, a docking, an offer...). */
@Injectable()
export class OrganizationNotifier {
  private readonly logger = new Logger(OrganizationNotifier.name);
  constructor(
    private readonly users: UsersRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Stores and pushes a notice after the step it tells of has committed: a failure here is logged and
   * never fails the request (a client retrying a "failed" request would repeat a step that was kept).
   */
  async notify(organizationId: string, draft: NotificationDraft): Promise<NotificationEntity[]> {
    try {
      return await this.notifications.notifyUsers(await this.users.memberIdsOf(organizationId), draft);
    } catch (err) {
      this.logger.warn(`notice ${draft.kind} to ${organizationId} after the commit: ${String(err)}`);
      return [];
    }
  }

  /**
   * Stores the notices in the caller's transaction, one per member of each organization, so that they
   * are kept exactly when the step they tell of is, and once. Push the rows when it has committed.
   */
  async storeIn(
    em: EntityManager,
    subjectId: string,
    notices: readonly OrganizationNotice[],
  ): Promise<NotificationEntity[]> {
    if (!notices.length) return [];
    return em.query(
      `insert into notifications (user_id, kind, title, body, subject_id)
       select u.id, n.kind, n.title, n.body, $5
       from unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) with ordinality as n(org, kind, title, body, ord)
       join users u on u.organization_id = n.org
       order by n.ord, u.id
       returning id, user_id as "userId", kind, title, body, subject_id as "subjectId", created_at as "createdAt", read_at as "readAt"`,
      [
        notices.map((n) => n.org),
        notices.map((n) => n.kind),
        notices.map((n) => n.title),
        notices.map((n) => n.body),
        subjectId,
      ],
    );
  }

  /** Pushes stored, committed notifications to their users' live subscriptions. */
  push(rows: readonly NotificationEntity[]): Promise<void> {
    return this.notifications.push(rows);
  }
}
