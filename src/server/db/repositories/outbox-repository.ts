import type { Executor } from './executor';
import { nowIso } from './executor';

export type OutboxMessage = { channel: 'sms' | 'email'; recipient: string; template: string; payload: Record<string, unknown> };

/** Queues an SMS or email in the caller's transaction; delivery happens after commit. */
export async function enqueueOutbox(db: Executor, message: OutboxMessage): Promise<void> {
  await db
    .insertInto('outbox')
    .values({
      channel: message.channel,
      recipient: message.recipient,
      template: message.template,
      payload: JSON.stringify(message.payload),
      status: 'pending',
      attempts: 0,
      created_at: nowIso(),
      sent_at: null,
    })
    .execute();
}

export async function listRecentOutbox(db: Executor, limit: number) {
  return db.selectFrom('outbox').selectAll().orderBy('id', 'desc').limit(limit).execute();
}
