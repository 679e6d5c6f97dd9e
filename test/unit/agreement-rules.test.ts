import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAgreementNumber } from '../../src/domain/agreement/agreement-number';
import {
  chinaDayStartIso,
  DEFAULT_VALID_DAYS,
  formatChinaTime,
  invitationDeadline,
  isBeforeDeadline,
  MAX_VALID_DAYS,
  MIN_VALID_DAYS,
} from '../../src/domain/agreement/deadline';
import {
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  AgreementStatus,
  firstReviewStatus,
  holdsSlot,
  nextStatus,
  ONE_PER_EMPLOYER_STATUSES,
  reviewStageOf,
  SLOT_HOLDING_STATUSES,
  type AgreementAction,
} from '../../src/domain/agreement/status';

/** The status list in the latest migration's definition of a partial unique index on agreement. */
function latestIndexedStatuses(indexName: string): string[] | undefined {
  const directory = path.resolve(__dirname, '../../src/server/db/migrations');
  const definition = new RegExp(`create unique index ${indexName}[\\s\\S]*?status in \\(([^)]*)\\)`, 'g');
  let indexed: string[] | undefined;
  for (const file of fs
    .readdirSync(directory)
    .filter((name) => /^\d{4}-.*\.ts$/.test(name))
    .sort()) {
    for (const match of fs.readFileSync(path.join(directory, file), 'utf8').matchAll(definition)) {
      indexed = match[1]!.split(',').map((value) => value.trim().replace(/'/g, ''));
    }
  }
  return indexed?.sort();
}

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
/** An instant given in China time (UTC+8, no daylight saving). */
const china = (local: string) => new Date(`${local.replace(' ', 'T')}+08:00`);

describe('应约截止时间 = 00:00:00 China time of (邀约日期 + 有效期 + 1 day)', () => {
  it("gives the seed's example: invited 2020-11-05 16:05:24 with 1天 → 2020-11-07 00:00:00", () => {
    const deadline = invitationDeadline(china('2020-11-05 16:05:24'), 1);
    expect(deadline.toISOString()).toBe('2020-11-06T16:00:00.000Z');
    expect(formatChinaTime(deadline)).toBe('2020-11-07 00:00:00');
  });

  it('counts the China calendar day of the invitation, at both ends of that day', () => {
    // The last second of 11-05 is still 11-05.
    expect(formatChinaTime(invitationDeadline(china('2020-11-05 23:59:59'), 1))).toBe('2020-11-07 00:00:00');
    // Midnight belongs to the new day: invited 11-06 00:00:00 → 11-08.
    expect(formatChinaTime(invitationDeadline(china('2020-11-06 00:00:00'), 1))).toBe('2020-11-08 00:00:00');
    // One millisecond before that midnight is still 11-05.
    expect(formatChinaTime(invitationDeadline(new Date(china('2020-11-06 00:00:00').getTime() - 1), 1))).toBe(
      '2020-11-07 00:00:00',
    );
  });

  it('uses the China date, not the UTC date, when the two differ', () => {
    // 2020-11-05T20:00Z is 11-06 04:00 in China: the UTC date (11-05) must not be used.
    expect(formatChinaTime(invitationDeadline(new Date('2020-11-05T20:00:00Z'), 1))).toBe('2020-11-08 00:00:00');
    // 2020-11-05T15:59:59Z is 11-05 23:59:59 in China.
    expect(formatChinaTime(invitationDeadline(new Date('2020-11-05T15:59:59Z'), 1))).toBe('2020-11-07 00:00:00');
    // 2020-11-05T16:00:00Z is exactly 11-06 00:00:00 in China.
    expect(formatChinaTime(invitationDeadline(new Date('2020-11-05T16:00:00Z'), 1))).toBe('2020-11-08 00:00:00');
    // 2020-11-05T00:30Z is 11-05 08:30 in China, the same date as in UTC.
    expect(formatChinaTime(invitationDeadline(new Date('2020-11-05T00:30:00Z'), 1))).toBe('2020-11-07 00:00:00');
  });

  it('handles the longest validity (30 days) and month, year and leap-day boundaries', () => {
    expect(formatChinaTime(invitationDeadline(china('2020-11-05 16:05:24'), MAX_VALID_DAYS))).toBe(
      '2020-12-06 00:00:00',
    );
    expect(formatChinaTime(invitationDeadline(china('2020-12-31 10:00:00'), 1))).toBe('2021-01-02 00:00:00');
    expect(formatChinaTime(invitationDeadline(china('2024-02-28 09:00:00'), 1))).toBe('2024-03-01 00:00:00');
    expect(formatChinaTime(invitationDeadline(china('2023-02-28 09:00:00'), 1))).toBe('2023-03-02 00:00:00');
    expect(formatChinaTime(invitationDeadline(china('2026-06-30 23:59:59'), DEFAULT_VALID_DAYS))).toBe(
      '2026-07-06 00:00:00',
    );
  });

  it('declares the validity range 1–30 days with 5 by default', () => {
    expect([MIN_VALID_DAYS, MAX_VALID_DAYS, DEFAULT_VALID_DAYS]).toEqual([1, 30, 5]);
  });

  it('always lands on a China midnight, more than N and at most N + 1 days after the invitation', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: MIN_VALID_DAYS, max: MAX_VALID_DAYS }),
        (invitedAt, validDays) => {
          const deadline = invitationDeadline(invitedAt, validDays);
          expect(formatChinaTime(deadline).slice(11)).toBe('00:00:00');
          const gap = deadline.getTime() - invitedAt.getTime();
          expect(gap).toBeGreaterThan(validDays * DAY);
          expect(gap).toBeLessThanOrEqual((validDays + 1) * DAY);
          // The deadline's China date is the invitation's China date + N + 1.
          const invitedDay = Date.parse(`${formatChinaTime(invitedAt).slice(0, 10)}T00:00:00Z`);
          const deadlineDay = Date.parse(`${formatChinaTime(deadline).slice(0, 10)}T00:00:00Z`);
          expect((deadlineDay - invitedDay) / DAY).toBe(validDays + 1);
        },
      ),
    );
  });

  it('is strictly before the deadline, never at it', () => {
    const deadline = invitationDeadline(china('2020-11-05 16:05:24'), 1);
    expect(isBeforeDeadline(new Date(deadline.getTime() - 1), deadline)).toBe(true);
    expect(isBeforeDeadline(deadline, deadline)).toBe(false);
    expect(isBeforeDeadline(new Date(deadline.getTime() + 1), deadline.toISOString())).toBe(false);
  });
});

describe('formatChinaTime', () => {
  it('shows UTC instants as YYYY-MM-DD HH:mm:ss in China time', () => {
    expect(formatChinaTime(new Date('2020-11-05T08:05:24Z'))).toBe('2020-11-05 16:05:24');
    expect(formatChinaTime('2020-11-06T16:00:00.000Z')).toBe('2020-11-07 00:00:00');
    expect(formatChinaTime('2020-12-31T15:59:59.999Z')).toBe('2020-12-31 23:59:59');
    expect(formatChinaTime('2020-12-31T16:00:00Z')).toBe('2021-01-01 00:00:00');
    expect(formatChinaTime('2024-02-28T16:00:00Z')).toBe('2024-02-29 00:00:00');
  });

  it('gives the same text for a Date and its ISO string', () => {
    const instant = new Date('2027-06-30T23:15:00.123Z');
    expect(formatChinaTime(instant)).toBe(formatChinaTime(instant.toISOString()));
    expect(formatChinaTime(instant)).toBe('2027-07-01 07:15:00');
  });

  it('turns a China calendar day into the UTC instant it starts at', () => {
    expect(chinaDayStartIso('2020-11-07')).toBe('2020-11-06T16:00:00.000Z');
    expect(chinaDayStartIso('2020-11-07', 1)).toBe('2020-11-07T16:00:00.000Z');
    expect(chinaDayStartIso('2021-01-01')).toBe('2020-12-31T16:00:00.000Z');
  });
});

describe('协议编号 = 届别 (4) + 院校代码 (5) + 学历代码 (2) + serial (5)', () => {
  it('joins the parts and pads the serial to five digits', () => {
    expect(formatAgreementNumber({ cohort: 2027, schoolCode: '10001', educationLevelCode: '31', serial: 1 })).toBe(
      '2027100013100001',
    );
    expect(formatAgreementNumber({ cohort: 2027, schoolCode: '10001', educationLevelCode: '01', serial: 42 })).toBe(
      '2027100010100042',
    );
    expect(formatAgreementNumber({ cohort: 2030, schoolCode: '00123', educationLevelCode: '11', serial: 99999 })).toBe(
      '2030001231199999',
    );
  });

  it('always has 16 digits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.stringMatching(/^\d{5}$/),
        fc.stringMatching(/^\d{2}$/),
        fc.integer({ min: 1, max: 99999 }),
        (cohort, schoolCode, educationLevelCode, serial) => {
          const number = formatAgreementNumber({ cohort, schoolCode, educationLevelCode, serial });
          expect(number).toMatch(/^\d{16}$/);
          expect(number.slice(0, 4)).toBe(String(cohort));
          expect(number.slice(4, 9)).toBe(schoolCode);
          expect(number.slice(9, 11)).toBe(educationLevelCode);
          expect(Number(number.slice(11))).toBe(serial);
        },
      ),
    );
  });

  it('refuses parts of the wrong shape with a RangeError naming the part', () => {
    const valid = { cohort: 2027, schoolCode: '10001', educationLevelCode: '31', serial: 1 };
    const cases: [Partial<typeof valid>, RegExp][] = [
      [{ cohort: 999 }, /届别/],
      [{ cohort: 20270 }, /届别/],
      [{ cohort: 2027.5 }, /届别/],
      [{ schoolCode: '1000' }, /院校代码/],
      [{ schoolCode: '100011' }, /院校代码/],
      [{ schoolCode: '1000A' }, /院校代码/],
      [{ educationLevelCode: '3' }, /学历代码/],
      [{ educationLevelCode: '311' }, /学历代码/],
      [{ educationLevelCode: 'A1' }, /学历代码/],
      [{ serial: 0 }, /序号/],
      [{ serial: -1 }, /序号/],
      [{ serial: 100000 }, /序号/],
      [{ serial: 1.5 }, /序号/],
      [{ serial: Number.NaN }, /序号/],
    ];
    for (const [change, message] of cases) {
      expect(() => formatAgreementNumber({ ...valid, ...change }), JSON.stringify(change)).toThrow(RangeError);
      expect(() => formatAgreementNumber({ ...valid, ...change }), JSON.stringify(change)).toThrow(message);
    }
  });
});

describe('agreement status transitions (线上签约)', () => {
  const STATUSES = Object.values(AgreementStatus) as AgreementStatus[];
  // Every action the table may know of; those of other kinds of agreement must do nothing online.
  const ACTIONS = [
    'accept',
    'decline',
    'expire',
    'withdraw',
    'approve',
    'reject',
    'return',
    'resubmit',
    'upload_scan',
  ] as AgreementAction[];
  /** The whole online table; 接受 is not in it: where an acceptance goes depends on the school's chain. */
  const ALLOWED: Record<string, string> = {
    'invited/decline': 'declined',
    'invited/expire': 'expired',
    'invited/withdraw': 'withdrawn',
    'college_review/approve': 'school_review',
    'college_review/reject': 'failed',
    'school_review/approve': 'effective',
    'school_review/reject': 'failed',
  };

  it('knows every status of an online agreement', () => {
    expect(STATUSES).toEqual(
      expect.arrayContaining([
        'invited',
        'declined',
        'expired',
        'withdrawn',
        'college_review',
        'school_review',
        'failed',
        'effective',
      ]),
    );
  });

  it.each(STATUSES.flatMap((status) => ACTIONS.map((action) => [status, action] as const)))(
    'nextStatus(%s, %s) is only defined for an allowed transition',
    (status, action) => {
      expect(nextStatus(status, action)).toBe(ALLOWED[`${status}/${action}`]);
    },
  );

  it('ends in final statuses from which nothing moves', () => {
    for (const status of ['declined', 'expired', 'withdrawn', 'failed', 'effective'] as const) {
      for (const action of ACTIONS) expect(nextStatus(status, action), `${status}/${action}`).toBeUndefined();
    }
  });

  it('sends an acceptance to the first stage of the school chain', () => {
    expect(firstReviewStatus('college_school')).toBe('college_review');
    expect(firstReviewStatus('school_only')).toBe('school_review');
  });

  it('maps the review statuses to their stage and nothing else', () => {
    expect(reviewStageOf('college_review')).toBe('college');
    expect(reviewStageOf('school_review')).toBe('school');
    for (const status of STATUSES.filter((value) => !value.endsWith('_review')))
      expect(reviewStageOf(status), status).toBeUndefined();
  });

  it('labels every status in Chinese', () => {
    for (const status of STATUSES) expect(AGREEMENT_STATUS_LABELS[status], status).toMatch(/[\u4e00-\u9fa5]/);
    expect(AGREEMENT_STATUS_LABELS.invited).toBe('未生效(待应约)');
    expect(AGREEMENT_STATUS_LABELS.expired).toBe('已失效');
    expect(AGREEMENT_STATUS_LABELS.failed).toBe('签约失败');
    expect(AGREEMENT_STATUS_LABELS.effective).toBe('已生效');
  });
});

describe('holdsSlot (one signing slot, DOMAIN §5.1)', () => {
  it('is held in review and once effective; freed by every ending without an agreement', () => {
    expect(holdsSlot('college_review')).toBe(true);
    expect(holdsSlot('school_review')).toBe(true);
    expect(holdsSlot('effective')).toBe(true);
    const freeing = ['invited', 'declined', 'expired', 'withdrawn', 'failed', 'voided'].filter((status) =>
      (Object.values(AgreementStatus) as string[]).includes(status),
    ) as AgreementStatus[];
    for (const status of freeing) expect(holdsSlot(status), status).toBe(false);
    for (const status of Object.values(AgreementStatus) as AgreementStatus[]) {
      expect(holdsSlot(status), status).toBe(SLOT_HOLDING_STATUSES.includes(status));
    }
  });

  it('agrees with the partial unique index of the database (its latest definition)', () => {
    expect(latestIndexedStatuses('agreement_one_signing_slot')).toEqual([...SLOT_HOLDING_STATUSES].sort());
  });
});

describe('one online agreement per employer and student (DOMAIN §4.1)', () => {
  it('stands from the invitation through review to 已生效, and ends with 拒绝, 已失效, 已撤回 and 签约失败', () => {
    // Every status an online agreement can reach from its invitation, by the transition table.
    const actions: AgreementAction[] = ['accept', 'decline', 'expire', 'withdraw', 'approve', 'reject'];
    const reached = new Set<AgreementStatus>(['invited', firstReviewStatus('college_school')]);
    for (const status of reached) {
      for (const action of actions) {
        const to = nextStatus(status, action, 'online');
        if (to) reached.add(to);
      }
    }
    const standing = [...reached].filter((status) => status === 'invited' || holdsSlot(status));
    expect([...ONE_PER_EMPLOYER_STATUSES].sort()).toEqual(standing.sort());
    for (const ending of ['declined', 'expired', 'withdrawn', 'failed'] as const) {
      expect(ONE_PER_EMPLOYER_STATUSES).not.toContain(ending);
    }
  });

  it('agrees with the partial unique index on (employer_id, student_record_id) (its latest definition)', () => {
    expect(latestIndexedStatuses('agreement_one_live_invitation')).toEqual([...ONE_PER_EMPLOYER_STATUSES].sort());
  });
});

describe('撤回 of an offline or paper submission', () => {
  it('is open only while the content is in review, and ends as 已撤回, which frees the slot', () => {
    for (const kind of ['offline', 'paper'] as const) {
      for (const status of AGREEMENT_STATUSES) {
        const expected = status === 'college_review' || status === 'school_review' ? 'withdrawn' : undefined;
        expect(nextStatus(status, 'withdraw', kind), `${kind}/${status}`).toBe(expected);
      }
    }
    expect(holdsSlot('withdrawn')).toBe(false);
  });
});
