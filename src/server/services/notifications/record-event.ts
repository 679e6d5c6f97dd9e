import type { AuditEvent } from '../../../domain/audit-events';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import type { Executor } from '../../db/repositories/executor';
import { enqueueJob } from '../../db/repositories/job-repository';
import { notifyAccounts, notifyEmployer, notifyPlatformAdmins, notifyStudent, type Message } from './notify';

/** Who is told: the employer's accounts, the student's account, given accounts, or the platform's operators. */
export type Audience =
  { employer: number | null } | { student: number | null } | { accounts: number[] } | { platformAdmins: true };

export type Notice = { to: Audience; message: Message };
export type QueuedJob = { kind: string; payload: Record<string, unknown>; dedupeKey?: string };

/**
 * The one after-commit path: the audit event, the 消息 (and their SMS in the outbox) and the jobs a change
 * causes, all written in the caller's transaction, so they exist exactly when the change commits; the outbox
 * and job workers deliver them afterwards.
 */
export async function recordEvent(
  db: Executor,
  event: AuditEvent,
  effects: { notices?: Notice[]; jobs?: QueuedJob[] } = {},
): Promise<void> {
  await appendAuditEvent(db, event);
  for (const { to, message } of effects.notices ?? []) await notifyAudience(db, to, message);
  for (const job of effects.jobs ?? []) await enqueueJob(db, job);
}

async function notifyAudience(db: Executor, to: Audience, message: Message): Promise<void> {
  if ('employer' in to) return notifyEmployer(db, to.employer, message);
  if ('student' in to) return notifyStudent(db, to.student, message);
  if ('accounts' in to) return notifyAccounts(db, to.accounts, message);
  return notifyPlatformAdmins(db, message);
}
