import { Badge } from 'antd-mobile';
import { Link } from 'react-router';
import { useUnreadCount } from '../common/use-notifications';

/** 消息 in the 我的签约 header, with the unread count. */
export function MessagesEntry() {
  const unread = useUnreadCount();
  return (
    <Link to="/student/messages" className="student-messages-entry" aria-label={unread > 0 ? `消息,${unread} 条未读` : '消息'}>
      <Badge content={unread > 0 ? (unread > 99 ? '99+' : unread) : null}>
        <span className="student-messages-entry__text">消息</span>
      </Badge>
    </Link>
  );
}
