import { describe, expect, it } from 'vitest';
import { acceptedStatus, AGREEMENT_STATUSES, nextStatus, type AgreementAction } from '../../src/domain/agreement/status';

describe('answers to an invitation follow the online transition table', () => {
  const answers: [AgreementAction, string][] = [
    ['decline', 'declined'],
    ['withdraw', 'withdrawn'],
    ['expire', 'expired'],
  ];
  it.each(answers)('%s moves 待应约 to %s and nothing else', (action, to) => {
    expect(nextStatus('invited', action, 'online')).toBe(to);
    const from = AGREEMENT_STATUSES.filter((status) => nextStatus(status, action, 'online') !== undefined);
    expect(from).toEqual(['invited']);
  });

  it('接受 moves 待应约, and only it, to the first stage of the school chain', () => {
    expect(acceptedStatus('invited', 'college_school')).toBe('college_review');
    expect(acceptedStatus('invited', 'school_only')).toBe('school_review');
    const from = AGREEMENT_STATUSES.filter((status) => acceptedStatus(status, 'college_school') !== undefined);
    expect(from).toEqual(['invited']);
  });
});
