import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  REVIEWER_VISIBLE_STATUSES,
} from '../../src/domain/agreement/status';
import { EMPLOYER_STATUS_OPTIONS, REVIEW_STATUS_OPTIONS } from '../../web/src/common/agreement-status';

// The consoles' 签约状态 filters offer every status their list can hold, under the domain's own label.
describe('status filter options of the consoles', () => {
  it("the employer's 签约管理 offers every status, labelled as the domain labels it", () => {
    expect(EMPLOYER_STATUS_OPTIONS.map((option) => option.value).sort()).toEqual([...AGREEMENT_STATUSES].sort());
    for (const option of EMPLOYER_STATUS_OPTIONS) expect(option.label, option.value).toBe(AGREEMENT_STATUS_LABELS[option.value]);
  });

  it("the reviewer's queue offers 待审核, 全部 and every status a reviewer can see (退回修改, 协议书退回修改 included)", () => {
    const values = REVIEW_STATUS_OPTIONS.map((option) => option.value);
    expect(values.slice(0, 2)).toEqual(['pending', 'all']);
    expect(values.slice(2).sort()).toEqual([...REVIEWER_VISIBLE_STATUSES].sort());
    expect(values).toEqual(expect.arrayContaining(['returned', 'scan_returned', 'awaiting_scan']));
    for (const option of REVIEW_STATUS_OPTIONS.slice(2)) {
      expect(option.label, option.value).toBe(AGREEMENT_STATUS_LABELS[option.value as keyof typeof AGREEMENT_STATUS_LABELS]);
    }
  });
});
