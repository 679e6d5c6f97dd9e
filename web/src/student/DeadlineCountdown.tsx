import { NoticeBar } from 'antd-mobile';
import { useEffect } from 'react';
import { formatRemaining, useRemaining } from '../common/countdown';

/** 距应约截止还有 X天X小时X分, live; tells the page when the deadline passes. */
export function DeadlineCountdown({ deadlineIso, onPassed }: { deadlineIso: string; onPassed: () => void }) {
  const remaining = useRemaining(deadlineIso);
  const passed = remaining === null;
  useEffect(() => {
    if (passed) onPassed();
  }, [passed, onPassed]);
  if (passed) return <NoticeBar color="default" wrap content="已超过应约截止时间,该邀请已失效" />;
  return (
    <div className="deadline-countdown" role="timer" aria-live="off">
      距应约截止还有 <strong>{formatRemaining(remaining)}</strong>
    </div>
  );
}
