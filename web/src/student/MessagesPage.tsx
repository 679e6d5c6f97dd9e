import { Badge, Button, ErrorBlock, List, SpinLoading } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { errorMessage } from '../common/api';
import type { NotificationItem } from '../common/types';
import { useMarkRead, useNotifications } from '../common/use-notifications';
import { StudentHeader } from './StudentHeader';

/** 消息: events of the student's agreements; a message with a page opens it. */
export function MessagesPage() {
  const navigate = useNavigate();
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const data = notifications.data;

  function open(item: NotificationItem) {
    if (!item.read) markRead.mutate([item.id]);
    if (item.link) navigate(item.link);
  }

  return (
    <>
      <StudentHeader
        title="消息"
        backLabel="返回我的签约"
        onBack={() => navigate('/student')}
        right={
          data && data.unread > 0 ? (
            <button type="button" className="student-navbar__action" onClick={() => markRead.mutate('all')}>
              全部已读
            </button>
          ) : null
        }
      />
      {!data ? (
        notifications.isError ? (
          <ErrorBlock status="default" title="消息加载失败" description={errorMessage(notifications.error)}>
            <Button color="primary" onClick={() => void notifications.refetch()}>
              重试
            </Button>
          </ErrorBlock>
        ) : (
          <div className="student-center" role="status">
            <SpinLoading color="primary" />
          </div>
        )
      ) : data.items.length === 0 ? (
        <ErrorBlock status="empty" title="暂无消息" description="签约邀请、审核结果等会在这里通知你。" />
      ) : (
        <List className="student-messages">
          {data.items.map((item) => (
            <List.Item
              key={item.id}
              onClick={() => open(item)}
              arrowIcon={item.link ? undefined : false}
              description={
                <>
                  <div className="student-messages__body">{item.body}</div>
                  <div className="student-messages__time">{item.createdAt}</div>
                </>
              }
              className={item.read ? undefined : 'student-messages__item--unread'}
            >
              <Badge content={item.read ? null : Badge.dot} style={{ '--right': '-8px' }}>
                <span className="student-messages__title">{item.title}</span>
              </Badge>
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
