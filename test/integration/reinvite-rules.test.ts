import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import {
  acceptedAgreement,
  agreementRow,
  confirmedStudent,
  decide,
  EMPLOYERS,
  employerOf,
  expectRefusal,
  invite,
  invited,
  loggedInAt,
  notificationsOf,
  passDeadline,
  stateCounts,
} from './helpers';

// DOMAIN §4.1: "While an invitation to a student is live, the same employer cannot invite that student
// again; after 拒绝, 已失效 or 签约失败 it can" — an accepted agreement in review or effective is not over.
describeOnDialects('签约邀请: one online agreement per employer and student', (context) => {
  const rowsOf = (recordId: number) =>
    context().db.selectFrom('agreement').select(['id', 'status']).where('student_record_id', '=', recordId).orderBy('id').execute();

  it('refuses a new invitation while the first agreement is 院系审核中, 学校审核中 or 已生效 (409 naming it, no row)', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const graduate = await loggedInAt(app, student.phone);
    const employer = await loggedInAt(app, EMPLOYERS.first.phone);
    const id = await acceptedAgreement(employer, graduate, student);

    const refuseWhile = async (label: string) => {
      const before = await stateCounts(db);
      const again = await invite(employer, student, { positionTitle: '测试工程师' });
      expectRefusal(again, 409, 'CONFLICT');
      expect(again.body.message).toContain(`「${label}」`);
      expect(await stateCounts(db)).toEqual(before);
    };
    await refuseWhile('院系审核中');
    expect((await decide(await loggedInAt(app, 'college1'), id, 'approved')).status).toBe(200);
    await refuseWhile('学校审核中');
    expect((await decide(await loggedInAt(app, 'school1'), id, 'approved')).status).toBe(200);
    expect((await agreementRow(db, id)).status).toBe('effective');
    await refuseWhile('已生效');
    expect(await rowsOf(student.recordId)).toEqual([{ id, status: 'effective' }]);
  });

  it('the database itself refuses a second online agreement of the pair while one is in review', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const employer = await loggedInAt(app, EMPLOYERS.second.phone);
    const id = await acceptedAgreement(employer, await loggedInAt(app, student.phone), student);
    const row = await agreementRow(db, id);
    const { id: _id, ...copy } = row;
    await expect(
      db.insertInto('agreement').values({ ...copy, status: 'invited', agreement_number: null, verification_code: null }).execute(),
    ).rejects.toThrow();
    expect(await rowsOf(student.recordId)).toEqual([{ id, status: row.status }]);
  });

  it('allows a new invitation again after 签约失败', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const employer = await loggedInAt(app, EMPLOYERS.third.phone);
    const id = await acceptedAgreement(employer, await loggedInAt(app, student.phone), student);
    expect((await decide(await loggedInAt(app, 'college1'), id, 'rejected', '岗位信息不完整')).status).toBe(200);
    const again = await invited(employer, student);
    expect(await rowsOf(student.recordId)).toEqual([
      { id, status: 'failed' },
      { id: again, status: 'invited' },
    ]);
  });

  it('an invitation past its deadline that the sweep has not marked: it is expired (audited, both told) and the new one sent', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const employer = await loggedInAt(app, EMPLOYERS.first.phone);
    const { accountId: employerAccountId } = await employerOf(db, EMPLOYERS.first.phone);
    const overdue = await invited(employer, student);
    await passDeadline(db, overdue);
    expect((await agreementRow(db, overdue)).status).toBe('invited');

    const response = await invite(employer, student, { positionTitle: '数据工程师' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(await rowsOf(student.recordId)).toEqual([
      { id: overdue, status: 'expired' },
      { id: response.body.agreement.id, status: 'invited' },
    ]);
    const events = await db
      .selectFrom('audit_event')
      .select(['action', 'from_status', 'to_status', 'actor_role'])
      .where('entity_type', '=', 'agreement')
      .where('entity_id', '=', overdue)
      .orderBy('id')
      .execute();
    expect(events.map((event) => event.action)).toEqual(['agreement.invited', 'agreement.expired']);
    expect(events[1]).toMatchObject({ from_status: 'invited', to_status: 'expired', actor_role: 'system' });
    expect((await notificationsOf(db, student.accountId)).map((note) => note.title)).toContain('签约邀请已失效');
    expect((await notificationsOf(db, employerAccountId)).map((note) => note.title)).toContain('签约邀请已失效');
  });

  it('two sends at once past an overdue invitation: it is expired once, exactly one new invitation, one 409', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const employer = await loggedInAt(app, EMPLOYERS.second.phone);
    const overdue = await invited(employer, student);
    await passDeadline(db, overdue);
    const responses = await Promise.all([
      invite(employer, student, { positionTitle: '主治医师' }),
      invite(employer, student, { positionTitle: '住院医师' }),
    ]);
    expect(responses.map((response) => response.status).sort(), JSON.stringify(responses.map((r) => r.body))).toEqual([200, 409]);
    const rows = await rowsOf(student.recordId);
    expect(rows.filter((row) => row.status === 'invited')).toHaveLength(1);
    expect(rows.find((row) => row.id === overdue)?.status).toBe('expired');
    const expirations = await db
      .selectFrom('audit_event')
      .select('id')
      .where('entity_id', '=', overdue)
      .where('action', '=', 'agreement.expired')
      .execute();
    expect(expirations).toHaveLength(1);
  });
});
