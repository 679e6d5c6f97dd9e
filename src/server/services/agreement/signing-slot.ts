import { AGREEMENT_STATUS_LABELS, SLOT_HOLDING_STATUSES } from '../../../domain/agreement/status';
import { AppError, RefusalReason, refused } from '../../../domain/errors';
import type { Agreement } from '../../db/schema';
import { findSlotHolder } from '../../db/repositories/agreement-repository';
import type { Executor } from '../../db/repositories/executor';

/** DOMAIN §5.1 in words: which agreement holds the student's one signing slot. */
export function slotHeldError(holder: Agreement): AppError {
  return refused(
    RefusalReason.SlotHeld,
    `你已与「${holder.employer_name}」签约(${AGREEMENT_STATUS_LABELS[holder.status]}),每人只能有一份就业协议,不能再签约或提交新的协议`,
  );
}

/**
 * Refuses when the slot is held. The partial unique index is what really holds the rule under concurrency;
 * this check gives the common case its clear message.
 */
export async function refuseIfSlotHeld(db: Executor, studentRecordId: number): Promise<void> {
  const holder = await findSlotHolder(db, studentRecordId, SLOT_HOLDING_STATUSES);
  if (holder) throw slotHeldError(holder);
}

/** After the index refused an insert or update: the clearest message for whoever holds the slot now. */
export async function slotConflict(db: Executor, studentRecordId: number): Promise<AppError> {
  const holder = await findSlotHolder(db, studentRecordId, SLOT_HOLDING_STATUSES);
  return holder ? slotHeldError(holder) : refused(RefusalReason.SigningChanged, '签约状态已变化,请刷新后查看');
}
