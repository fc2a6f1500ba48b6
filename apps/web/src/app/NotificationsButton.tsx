import { useQuery, useSubscription } from '@apollo/client/react';
import { Badge, Button } from 'antd';
import { useNavigate } from 'react-router';
import { graphql } from '../graphql';

const UnreadQuery = graphql(`
  query UnreadNotifications {
    myNotifications(unreadOnly: true, first: 100) {
      id
    }
  }
`);

const NotificationAdded = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
    }
  }
`);

/** The header's 通知 button with the unread count (up to 100, "99+" beyond), live over the subscription. */
export function NotificationsButton() {
  const navigate = useNavigate();
  const { data, refetch } = useQuery(UnreadQuery, { fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationAdded, { onData: () => void refetch() });
  const unread = data?.myNotifications.length ?? 0;
  const shown = unread > 99 ? '99+' : String(unread);
  return (
    <Badge count={unread} overflowCount={99} aria-hidden={false}>
      <Button onClick={() => void navigate('/workspace/notifications')}>通知 {shown}</Button>
    </Badge>
  );
}
