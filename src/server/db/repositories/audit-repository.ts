import type { Executor } from './executor';
import { nowIso } from './executor';

export type AuditActor = { accountId: number | null; role: string | null; ip: string | null };

export type AuditInput = {
  actor: AuditActor;
  entityType: string;
  entityId: number | null;
  action: string;
  schoolId?: number | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  comment?: string | null;
  details?: Record<string, unknown>;
};

/** Appends one event; call it inside the transaction that makes the change. */
export async function appendAuditEvent(db: Executor, event: AuditInput): Promise<void> {
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
