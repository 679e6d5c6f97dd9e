import type { AgreementView } from '../common/types';

/** 我的签约 order: invitations the student can answer now first (soonest deadline first), then newest. */
export function orderAgreements(items: readonly AgreementView[]): AgreementView[] {
  return [...items].sort((a, b) => {
    if (a.canAnswer !== b.canAnswer) return a.canAnswer ? -1 : 1;
    if (a.canAnswer && b.canAnswer) return (a.deadlineIso ?? '').localeCompare(b.deadlineIso ?? '');
    return (b.invitedAt ?? '').localeCompare(a.invitedAt ?? '') || b.id - a.id;
  });
}
