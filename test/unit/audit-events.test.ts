import { describe, expect, it } from 'vitest';
import type { appendAuditEvent } from '../../src/server/db/repositories/audit-repository';

/** What `appendAuditEvent` accepts: the typed union, nothing looser. */
type AuditEvent = Parameters<typeof appendAuditEvent>[1];

const actor = { accountId: 1, role: 'student', ip: null } as const;

describe('audit events are one typed union', () => {
  it('an action, entity or status outside the union does not compile (checked by tsc --noEmit)', () => {
    const untyped: string = 'agreement.anything';
    // @ts-expect-error an untyped action string is not an AuditEvent
    const byString: AuditEvent = { actor, entityType: 'agreement', entityId: 1, action: untyped };
    const badStatus: AuditEvent = {
      actor,
      entityType: 'agreement',
      entityId: 1,
      action: 'agreement.declined',
      fromStatus: 'invited',
      // @ts-expect-error an agreement event names agreement statuses only
      toStatus: 'pending',
    };
    // @ts-expect-error the action belongs to another entity
    const wrongEntity: AuditEvent = { actor, entityType: 'employer', entityId: 1, action: 'agreement.reminded' };
    expect([byString, badStatus, wrongEntity].map((event) => event.action)).toEqual([
      'agreement.anything',
      'agreement.declined',
      'agreement.reminded',
    ]);
  });

  it('the action narrows to its own details', () => {
    const event: AuditEvent = {
      actor,
      entityType: 'agreement',
      entityId: 7,
      action: 'agreement.invited',
      toStatus: 'invited',
      details: { validDays: 7, deadlineAt: '2026-07-01T00:00:00.000Z' },
    };
    expect(event.action === 'agreement.invited' ? event.details.validDays : null).toBe(7);
  });
});
