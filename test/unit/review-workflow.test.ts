import { describe, expect, it } from 'vitest';
import { decisionRefusal, stageAfter, stagesOf } from '../../src/domain/review/workflow';

describe('review workflow', () => {
  it('a kind follows the school chain, or 学校 only unless the school adds 院系 for it', () => {
    expect(stagesOf('agreement', 'college_school')).toEqual(['college', 'school']);
    expect(stagesOf('agreement', 'school_only')).toEqual(['school']);
    expect(stagesOf('termination', 'college_school')).toEqual(['school']);
    expect(stagesOf('termination', 'college_school', { termination: 'college_school' })).toEqual(['college', 'school']);
    expect(stagesOf('registration', 'college_school', { registration: 'school_only' })).toEqual(['school']);
  });

  it('通过 hands on to the next stage; the last stage has none', () => {
    expect(stageAfter(['college', 'school'], 'college')).toBe('school');
    expect(stageAfter(['college', 'school'], 'school')).toBeUndefined();
    // A subject still at 院系 after its school switched to 学校 only goes on to 学校, not past it.
    expect(stageAfter(['school'], 'college')).toBe('school');
  });

  it('退回修改 and 不通过 need a comment; a result the subject does not allow is refused', () => {
    const all = ['approved', 'returned', 'rejected'] as const;
    expect(decisionRefusal(all, { result: 'approved' })).toBeUndefined();
    expect(decisionRefusal(all, { result: 'returned', comment: '  ' })).toBe('comment_required');
    expect(decisionRefusal(all, { result: 'rejected', comment: '材料不全' })).toBeUndefined();
    expect(decisionRefusal(['approved', 'rejected'], { result: 'returned', comment: '改' })).toBe('result_not_allowed');
  });
});
