import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import { chinaToday, confirmedStudent, EMPLOYERS, expectRefusal, invite, loggedInAt, stateCounts } from './helpers';
import { freshStudent, submitOffline } from './offline-helpers';

// 签约信息 as both the employer's invitation and the student's 申请签约 form take it (DOMAIN §4.1, §4.2, §13):
// nothing is rounded or kept as typed when it cannot be right; the refusal names the field.
const BAD_TERMS: [title: string, overrides: Record<string, unknown>, field: string, message: RegExp][] = [
  ['试用起薪 8000.5', { probationSalary: 8000.5 }, 'probationSalary', /试用起薪须为整数元/],
  ['转正起薪 10000.01', { regularSalary: 10000.01 }, 'regularSalary', /转正起薪须为整数元/],
  ['违约金 0.5', { breachPenalty: 0.5 }, 'breachPenalty', /违约金须为整数元/],
  ['报到期限 yesterday', { reportDeadline: chinaToday(-1) }, 'reportDeadline', /报到期限不能早于今天/],
  ['报到期限 2027-02-30', { reportDeadline: '2027-02-30' }, 'reportDeadline', /报到期限须为日期/],
  ['联系人电话 hello', { contactPhone: 'hello' }, 'contactPhone', /联系人电话格式不正确/],
  ['联系人电话 010-123', { contactPhone: '010-123' }, 'contactPhone', /联系人电话格式不正确/],
];

describeOnDialects('签约信息: money, 报到期限 and 联系人电话 are checked, never silently changed', (context) => {
  for (const [title, overrides, field, message] of BAD_TERMS) {
    it(`发起签约邀请 with ${title} → 400 naming ${field}; nothing stored`, async () => {
      const { app, db } = context();
      const student = await confirmedStudent(db);
      const employer = await loggedInAt(app, EMPLOYERS.first.phone);
      const before = await stateCounts(db);
      const response = await invite(employer, student, overrides);
      expectRefusal(response, 400, 'INVALID_INPUT', field);
      expect(response.body.fields.find((entry: { path: string }) => entry.path === field).message).toMatch(message);
      expect(await stateCounts(db)).toEqual(before);
    });

    it(`申请签约 提交 with ${title} → 400 naming ${field}; nothing stored`, async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const before = await stateCounts(db);
      const response = await submitOffline(student.client, overrides);
      expectRefusal(response, 400, 'INVALID_INPUT', field);
      expect(await stateCounts(db)).toEqual(before);
    });
  }

  it('takes 报到期限 today, fixed-line numbers with 区号 and 分机, and a mobile as 联系人电话', async () => {
    const { app, db } = context();
    const employer = await loggedInAt(app, EMPLOYERS.second.phone);
    for (const contactPhone of ['010-62345678', '(0755)12345678', '021-12345678-801', '13900000002']) {
      const student = await confirmedStudent(db);
      const response = await invite(employer, student, { contactPhone, reportDeadline: chinaToday() });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const row = await db.selectFrom('agreement').selectAll().where('id', '=', response.body.agreement.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ contact_phone: contactPhone, report_deadline: chinaToday() });
    }
  });
});
