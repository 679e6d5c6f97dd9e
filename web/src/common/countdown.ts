import { useEffect, useState } from 'react';

export interface Remaining {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Time left until `deadlineIso`, or null once it has passed. */
export function remainingUntil(deadlineIso: string, now: number = Date.now()): Remaining | null {
  const left = Date.parse(deadlineIso) - now;
  if (!(left > 0)) return null;
  const totalSeconds = Math.floor(left / 1000);
  return {
    days: Math.floor(totalSeconds / 86400),
    hours: Math.floor((totalSeconds % 86400) / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
  };
}

/** "2天3小时15分"; under a minute "不足1分". */
export function formatRemaining(remaining: Remaining): string {
  if (remaining.days === 0 && remaining.hours === 0 && remaining.minutes === 0) return '不足1分';
  return `${remaining.days}天${remaining.hours}小时${remaining.minutes}分`;
}

/** The remaining time, re-rendered every second while the deadline is ahead. */
export function useRemaining(deadlineIso: string | null): Remaining | null {
  const [now, setNow] = useState(() => Date.now());
  const ahead = deadlineIso !== null && Date.parse(deadlineIso) > now;
  useEffect(() => {
    if (!ahead) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [ahead]);
  return deadlineIso ? remainingUntil(deadlineIso, now) : null;
}

/** Seconds until a code may be sent again; counts down to 0 once set. */
export function useResendCountdown() {
  const [secondsLeft, setSecondsLeft] = useState(0);
  useEffect(() => {
    if (secondsLeft <= 0) return;
    const timer = window.setTimeout(() => setSecondsLeft((seconds) => seconds - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [secondsLeft]);
  return [secondsLeft, setSecondsLeft] as const;
}
