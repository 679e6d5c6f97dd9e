import { describe, expect, it } from 'vitest';
import { AGREEMENT_STATUSES, nextStatus, type AgreementAction } from '../../src/domain/agreement/status';

describe('answers to an invitation follow the online transition table', () => {
  const answers: [AgreementAction, string][] = [
    ['accept', 'college_review'],
    ['decline', 'declined'],
    ['withdraw', 'withdrawn'],
    ['expire', 'expired'],
  ];
  it.each(answers)('%s moves 待应约 to %s and nothing else', (action, to) => {
    expect(nextStatus('invited', action, 'online')).toBe(to);
    const from = AGREEMENT_STATUSES.filter((status) => nextStatus(status, action, 'online') !== undefined);
    expect(from).toEqual(['invited']);
  });
});
