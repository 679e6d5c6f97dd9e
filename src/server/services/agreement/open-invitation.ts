import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '../../../domain/agreement/status';
import { isBeforeDeadline } from '../../../domain/agreement/deadline';
import { RefusalReason, refused } from '../../../domain/errors';
import type { Agreement } from '../../db/schema';

/** What the caller is told when the invitation is no longer open; each act says it in its own words. */
export type ClosedInvitationMessages = { answered: (statusLabel: string) => string; expired: string };

const ANSWER_MESSAGES: ClosedInvitationMessages = {
  answered: (statusLabel) => `该签约邀请当前为「${statusLabel}」,不能再操作`,
  expired: '已超过应约截止时间,该签约邀请已失效,不能再接受或拒绝',
};

/**
 * The invitation must still be open: the domain allows the act from its status (`to` is where it goes),
 * and its deadline has not passed (checked at action time, §5.7).
 */
export function requireOpenInvitation(
  agreement: Agreement,
  to: AgreementStatus | undefined,
  messages: ClosedInvitationMessages = ANSWER_MESSAGES,
): AgreementStatus {
  if (!to) throw refused(RefusalReason.InvitationAnswered, messages.answered(AGREEMENT_STATUS_LABELS[agreement.status]));
  if (agreement.deadline_at && !isBeforeDeadline(new Date(), agreement.deadline_at)) {
    throw refused(RefusalReason.InvitationExpired, messages.expired);
  }
  return to;
}
