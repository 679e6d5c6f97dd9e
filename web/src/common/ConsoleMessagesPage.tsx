import { Badge, Button, Card, Empty, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { ConsoleLoadState } from './ConsoleLayout';
import type { NotificationItem } from './types';
import { useMarkRead, useNotifications } from './use-notifications';

function MessageRow({ item, onOpen }: { item: NotificationItem; onOpen: (item: NotificationItem) => void }) {
  return (
    <li className={item.read ? 'message-item' : 'message-item message-item--unread'}>
      <button type="button" className="message-item__button" onClick={() => onOpen(item)}>
        <span className="message-item__head">
          <Badge dot={!item.read} offset={[6, 0]}>
            <span className="message-item__title">{item.title}</span>
          </Badge>
          <Typography.Text type="secondary" className="message-item__time">
            {item.createdAt}
          </Typography.Text>
        </span>
        <span className="message-item__body">{item.body}</span>
        {item.link ? <span className="message-item__link">查看详情 ›</span> : null}
      </button>
    </li>
  );
}

/** 消息 of a console account: unread ones marked; a click reads it and opens its page. */
export function ConsoleMessagesPage() {
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const navigate = useNavigate();

  function open(item: NotificationItem) {
    if (!item.read) markRead.mutate([item.id]);
    if (item.link) navigate(item.link);
  }

  const data = notifications.data;
  return (
    <Card
      title={<h1 className="console-page-title">消息</h1>}
      extra={
        <Button disabled={!data || data.unread === 0} onClick={() => markRead.mutate('all')}>
          全部标为已读
        </Button>
      }
    >
      {!data ? (
        <ConsoleLoadState error={notifications.error} onRetry={() => void notifications.refetch()} />
      ) : data.items.length === 0 ? (
        <Empty description="暂无消息" />
      ) : (
        <ul className="message-list" aria-label="消息列表">
          {data.items.map((item) => (
            <MessageRow key={item.id} item={item} onOpen={open} />
          ))}
        </ul>
      )}
    </Card>
  );
}
