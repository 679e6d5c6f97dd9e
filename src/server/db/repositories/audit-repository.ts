import type { AuditEvent } from '../../../domain/audit-events';
import type { Executor } from './executor';
import { nowIso } from './executor';

export type { AuditActor, AuditEvent } from '../../../domain/audit-events';

/** The columns every event fills or leaves empty, whichever member of the union it is. */
type AuditRow = {
  fromStatus?: string | null;
  toStatus?: string | null;
  comment?: string | null;
  details?: Record<string, unknown>;
};

/** Appends one event; call it inside the transaction that makes the change. */
export async function appendAuditEvent(db: Executor, typed: AuditEvent): Promise<void> {
  const event: AuditEvent & AuditRow = typed;
  await db
    .insertInto('audit_event')
    .values({
      occurred_at: nowIso(),
      actor_account_id: event.actor.accountId,
      actor_role: event.actor.role,
      actor_ip: event.actor.ip,
      school_id: event.schoolId ?? null,
      entity_type: event.entityType,
      entity_id: event.entityId,
      action: event.action,
      from_status: event.fromStatus ?? null,
      to_status: event.toStatus ?? null,
      comment: event.comment ?? null,
      details: event.details ? JSON.stringify(event.details) : null,
    })
    .execute();
}

export async function listAuditEvents(db: Executor, entityType: string, entityId: number) {
  return db
    .selectFrom('audit_event')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
}
