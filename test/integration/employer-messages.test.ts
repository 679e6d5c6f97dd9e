import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import {
  agreementRow,
  confirmedStudent,
  decide,
  EMPLOYERS,
  employerOf,
  invited,
  loggedInAt,
  notificationsOf,
  reauthenticateAndAccept,
} from './helpers';

// DOMAIN §10: each event reaches the employer as a message it can act on — which student, which stage.
describeOnDialects('消息 to the employer: the student by name, the review stage that really comes next', (context) => {
  const employerInbox = async () => {
    const { accountId } = await employerOf(context().db, EMPLOYERS.first.phone);
    return notificationsOf(context().db, accountId);
  };

  it('接受 under 院系 → 学校 says 现进入院系审核 and names the student; each review result names him too', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const employer = await loggedInAt(app, EMPLOYERS.first.phone);
    const id = await invited(employer, student);
    expect((await reauthenticateAndAccept(await loggedInAt(app, student.phone), id)).status).toBe(200);
    const [accepted] = await employerInbox();
    expect(accepted).toMatchObject({ title: '学生已接受签约邀请', link: `/employer/agreements/${id}` });
    expect(accepted!.body).toContain(student.name);
    expect(accepted!.body).toContain('现进入院系审核');
    expect(accepted!.body).not.toContain('学校审核');

    expect((await decide(await loggedInAt(app, 'college1'), id, 'approved')).status).toBe(200);
    const [passed] = await employerInbox();
    expect(passed).toMatchObject({ title: '院系审核通过' });
    expect(passed!.body).toContain(`${student.name}的就业协议`);
    // The student's own message names the employer instead.
    const [own] = await notificationsOf(db, student.accountId);
    expect(own!.body).toContain(`与${EMPLOYERS.first.name}的就业协议`);
    expect(own!.body).not.toContain(student.name);
  });

  it('接受 under 学校 only says 现进入学校审核', async () => {
    const { app, db } = context();
    const school = await loggedInAt(app, 'school1');
    expect((await school.post('/api/school/settings', { reviewChain: 'school_only' })).status).toBe(200);
    try {
      const student = await confirmedStudent(db);
      const id = await invited(await loggedInAt(app, EMPLOYERS.first.phone), student);
      expect((await reauthenticateAndAccept(await loggedInAt(app, student.phone), id)).status).toBe(200);
      expect((await agreementRow(db, id)).status).toBe('school_review');
      const [accepted] = await employerInbox();
      expect(accepted!.body).toContain(student.name);
      expect(accepted!.body).toContain('现进入学校审核');
    } finally {
      expect((await school.post('/api/school/settings', { reviewChain: 'college_school' })).status).toBe(200);
    }
  });

  it('拒绝 and 已失效 name the student', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const employer = await loggedInAt(app, EMPLOYERS.first.phone);
    const declined = await invited(employer, student);
    expect((await (await loggedInAt(app, student.phone)).post(`/api/student/agreements/${declined}/decline`)).status).toBe(200);
    const [refusal] = await employerInbox();
    expect(refusal).toMatchObject({ title: '学生已拒绝签约邀请' });
    expect(refusal!.body).toContain(student.name);

    const overdue = await invited(employer, student);
    await db.updateTable('agreement').set({ deadline_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', overdue).execute();
    await app.jobs.runDue({ sweep: true });
    const [lapsed] = await employerInbox();
    expect(lapsed).toMatchObject({ title: '签约邀请已失效', link: `/employer/agreements/${overdue}` });
    expect(lapsed!.body).toContain(student.name);
  });
});
