import { holdsSlot } from '../../../src/domain/agreement/status';
import type { AgreementView } from '../common/types';

/**
 * 我的签约 order: invitations the student can answer now first (soonest deadline first), then the
 * agreement holding his signing slot, then the rest, newest first.
 */
export function orderAgreements(items: readonly AgreementView[]): AgreementView[] {
  return [...items].sort((a, b) => {
    if (a.canAnswer !== b.canAnswer) return a.canAnswer ? -1 : 1;
    if (a.canAnswer && b.canAnswer) return (a.deadlineIso ?? '').localeCompare(b.deadlineIso ?? '');
    const aHolds = holdsSlot(a.status);
    if (aHolds !== holdsSlot(b.status)) return aHolds ? -1 : 1;
    return b.id - a.id;
  });
}
