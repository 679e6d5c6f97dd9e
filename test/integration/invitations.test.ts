import { expect, it } from 'vitest';
import { formatChinaTime, invitationDeadline } from '../../src/domain/agreement/deadline';
import { describeOnDialects } from '../support/app';
import {
  agreementRow,
  CHINESE,
  confirmedStudent,
  decide,
  demoStudent,
  EMPLOYERS,
  employerOf,
  expectRefusal,
  invite,
  invited,
  loggedInAt,
  newIdNumber,
  notificationsOf,
  passDeadline,
  reauthenticateAndAccept,
  registerAndConfirm,
  registerEmployer,
  stateCounts,
  TERMS,
} from './helpers';

describeOnDialects('签约邀请: sending, the re-invite rule, 撤回 and the employer list', (context) => {
  const employerClient = (which: keyof typeof EMPLOYERS) => loggedInAt(context().app, EMPLOYERS[which].phone);

  it('a verified employer invites a confirmed student: deadline by the rule, an in-app message and an SMS', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const employer = await employerClient('first');
    const { accountId: employerAccountId } = await employerOf(db, EMPLOYERS.first.phone);
    const before = Date.now();
    const response = await invite(employer, student, { validDays: 3 });
    const after = Date.now();
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const view = response.body.agreement;
    expect(view).toMatchObject({
      status: 'invited',
      statusLabel: '未生效(待应约)',
      kind: 'online',
      kindName: '线上签约',
      validDays: 3,
      agreementNumber: null,
      answeredAt: null,
      canAnswer: false, // the employer never answers
    });

    const row = await agreementRow(db, view.id);
    const invitedAt = new Date(row.invited_at!);
    expect(invitedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(invitedAt.getTime()).toBeLessThanOrEqual(after);
    const deadline = invitationDeadline(invitedAt, 3);
    expect(row.deadline_at).toBe(deadline.toISOString());
    expect(view.deadlineIso).toBe(deadline.toISOString());
    expect(view.deadlineAt).toBe(formatChinaTime(deadline));
    expect(view.deadlineAt).toMatch(/ 00:00:00$/);
    // China date of the invitation + 3 + 1 days.
    const days =
      (Date.parse(view.deadlineAt.slice(0, 10)) - Date.parse(formatChinaTime(invitedAt).slice(0, 10))) / 86_400_000;
    expect(days).toBe(4);

    // The terms and a snapshot of 单位信息 are frozen into the invitation.
    const employerRow = await db
      .selectFrom('employer')
      .selectAll()
      .where('name', '=', EMPLOYERS.first.name)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      student_record_id: student.recordId,
      employer_id: employerRow.id,
      employer_name: employerRow.name,
      employer_uscc: employerRow.uscc,
      position_title: TERMS.positionTitle,
      probation_salary: 8000,
      regular_salary: 10000,
      breach_penalty: 5000,
      supplement: TERMS.supplement,
      contact_mobile: TERMS.contactMobile,
    });
    expect(view.terms).toMatchObject({
      positionCategoryName: '工程技术人员',
      hukouHandlingName: '单位接收',
      positionTitle: TERMS.positionTitle,
    });
    expect(view.student).toMatchObject({
      name: student.name,
      collegeName: student.collegeName,
      schoolName: '示例大学',
      cohort: 2027,
    });
    expect(view.student.idNumberMasked).toContain('*');
    expect(view.student.idNumberMasked).not.toBe(student.idNumber);

    // 消息: in-app for the student, and an SMS in the outbox.
    const [message] = await notificationsOf(db, student.accountId);
    expect(message).toMatchObject({ title: '新的签约邀请', link: `/student/agreements/${view.id}`, read_at: null });
    expect(message!.body).toContain(EMPLOYERS.first.name);
    expect(message!.body).toContain(TERMS.positionTitle);
    expect(message!.body).toContain(formatChinaTime(deadline));
    const sms = await db.selectFrom('outbox').selectAll().where('recipient', '=', student.phone).execute();
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ channel: 'sms', status: 'pending' });
    expect(JSON.parse(sms[0]!.payload).text).toContain('新的签约邀请');

    // The audit log says who did it.
    const events = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('entity_type', '=', 'agreement')
      .where('entity_id', '=', view.id)
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'agreement.invited',
      to_status: 'invited',
      actor_role: 'employer',
      actor_account_id: employerAccountId,
    });

    // The student sees it in 我的签约 and may answer.
    const graduate = await loggedInAt(app, student.phone);
    const list = await graduate.get('/api/student/agreements');
    expect(list.status).toBe(200);
    const mine = list.body.items.find((item: { id: number }) => item.id === view.id);
    expect(mine).toMatchObject({
      status: 'invited',
      canAnswer: true,
      blockedReason: null,
      deadlineAt: view.deadlineAt,
    });
    const messages = await graduate.get('/api/notifications');
    expect(messages.body.unread).toBeGreaterThanOrEqual(1);
    expect(messages.body.items[0]).toMatchObject({ title: '新的签约邀请', read: false });
  });

  it('defaults 应约有效期 to 5 days and accepts 1 and 30', async () => {
    const { db } = context();
    const employer = await employerClient('first');
    for (const [validDays, expected] of [
      [undefined, 5],
      [1, 1],
      [30, 30],
    ] as const) {
      const student = await confirmedStudent(db);
      const body = validDays === undefined ? { validDays: undefined } : { validDays };
      const response = await invite(employer, student, body);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const row = await agreementRow(db, response.body.agreement.id);
      expect(row.valid_days).toBe(expected);
      expect(row.deadline_at).toBe(invitationDeadline(new Date(row.invited_at!), expected).toISOString());
    }
  });

  it('invites a student who registered and confirmed his record through the real flow', async () => {
    const { app, db } = context();
    const person = await registerAndConfirm(app, db, { collegeName: '经济管理学院' });
    const employer = await employerClient('second');
    const id = await invited(employer, person);
    const detail = await person.client.get(`/api/student/agreements/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.agreement).toMatchObject({
      status: 'invited',
      canAnswer: true,
      student: { collegeName: '经济管理学院' },
    });
  });

  it('refuses a second invitation by the same employer while the first is live (409, no row)', async () => {
    const { db } = context();
    const student = await confirmedStudent(db);
    const employer = await employerClient('first');
    const first = await invited(employer, student);
    const before = await stateCounts(db);
    const again = await invite(employer, student, { positionTitle: '测试工程师' });
    expectRefusal(again, 409, 'CONFLICT');
    expect(again.body.message).toMatch(/已向该学生发出签约邀请/);
    expect(await stateCounts(db)).toEqual(before);
    const rows = await db
      .selectFrom('agreement')
      .select(['id', 'status'])
      .where('student_record_id', '=', student.recordId)
      .execute();
    expect(rows).toEqual([{ id: first, status: 'invited' }]);
  });

  it('lets the same employer invite again after 拒绝, 已失效, 签约失败 and 撤回', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const graduate = await loggedInAt(app, student.phone);
    const employer = await employerClient('first');

    // 拒绝
    const declinedId = await invited(employer, student);
    expect((await graduate.post(`/api/student/agreements/${declinedId}/decline`)).status).toBe(200);
    // 已失效: the deadline passed and the sweep marked it.
    const expiredId = await invited(employer, student);
    await passDeadline(db, expiredId, 1000);
    await app.jobs.runDue({ sweep: true });
    expect((await agreementRow(db, expiredId)).status).toBe('expired');
    // 签约失败: accepted, then 不通过 at the college.
    const failedId = await invited(employer, student);
    expect((await reauthenticateAndAccept(graduate, failedId)).status).toBe(200);
    const college = await loggedInAt(app, 'college1');
    expect((await decide(college, failedId, 'rejected', '单位信息与营业执照不符')).status).toBe(200);
    expect((await agreementRow(db, failedId)).status).toBe('failed');
    // 撤回
    const withdrawnId = await invited(employer, student);
    expect((await employer.post(`/api/employer/agreements/${withdrawnId}/withdraw`)).status).toBe(200);

    const lastId = await invited(employer, student);
    const statuses = await db
      .selectFrom('agreement')
      .select(['id', 'status'])
      .where('student_record_id', '=', student.recordId)
      .orderBy('id')
      .execute();
    expect(statuses).toEqual([
      { id: declinedId, status: 'declined' },
      { id: expiredId, status: 'expired' },
      { id: failedId, status: 'failed' },
      { id: withdrawnId, status: 'withdrawn' },
      { id: lastId, status: 'invited' },
    ]);
  });

  it('lets a different employer invite while another invitation is live', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const first = await invited(await employerClient('first'), student);
    const second = await invited(await employerClient('second'), student);
    const third = await invited(await employerClient('third'), student);
    const graduate = await loggedInAt(app, student.phone);
    const list = await graduate.get('/api/student/agreements');
    const live = list.body.items.filter((item: { status: string }) => item.status === 'invited');
    expect(live.map((item: { id: number }) => item.id).sort()).toEqual([first, second, third].sort());
    expect(new Set(live.map((item: { employer: { name: string } }) => item.employer.name))).toEqual(
      new Set([EMPLOYERS.first.name, EMPLOYERS.second.name, EMPLOYERS.third.name]),
    );
    for (const item of live) expect(item.canAnswer).toBe(true);
  });

  it('answers an unknown 身份证号, an unconfirmed record and a wrong name with the same 404', async () => {
    const { db } = context();
    const employer = await employerClient('first');
    const confirmed = await demoStudent(db);
    const unconfirmed = await db
      .selectFrom('student_record')
      .innerJoin('account', 'account.id_number', 'student_record.id_number')
      .select(['student_record.name', 'student_record.id_number', 'student_record.confirmed_at'])
      .where('account.phone', '=', '13800000001')
      .executeTakeFirstOrThrow();
    expect(unconfirmed.confirmed_at).toBeNull();
    const before = await stateCounts(db);
    const attempts = [
      { name: confirmed.name, idNumber: newIdNumber() },
      { name: unconfirmed.name, idNumber: unconfirmed.id_number },
      { name: `${confirmed.name}某`, idNumber: confirmed.idNumber },
    ];
    const answers = [];
    for (const person of attempts) {
      const response = await invite(employer, person);
      expectRefusal(response, 404, 'NOT_FOUND');
      answers.push(response.body);
      // The look-up before inviting answers the same.
      const lookup = await employer.post('/api/employer/students/lookup', person);
      expectRefusal(lookup, 404, 'NOT_FOUND');
      expect(lookup.body).toEqual(response.body);
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[0].message).toMatch(/未找到/);
    expect(await stateCounts(db)).toEqual(before);
  });

  it('does not let an employer look up or invite before its 资质认证 passes (pending or rejected → 403)', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const pending = await registerEmployer(app, db);
    const rejected = await registerEmployer(app, db);
    const admin = await loggedInAt(app, 'admin');
    const decision = await admin.post(`/api/platform/employers/${rejected.employerId}/verification`, {
      result: 'rejected',
      comment: '营业执照不清晰',
    });
    expect(decision.status).toBe(200);
    expect((await pending.client.get('/api/employer/profile')).body.verificationStatus).toBe('pending');
    expect((await rejected.client.get('/api/employer/profile')).body.verificationStatus).toBe('rejected');

    const before = await stateCounts(db);
    for (const employer of [pending, rejected]) {
      const response = await invite(employer.client, student, { contactMobile: employer.phone });
      expectRefusal(response, 403, 'FORBIDDEN');
      expect(response.body.message).toMatch(/认证/);
      const lookup = await employer.client.post('/api/employer/students/lookup', {
        name: student.name,
        idNumber: student.idNumber,
      });
      expectRefusal(lookup, 403, 'FORBIDDEN');
      expect(lookup.body.message).toMatch(/认证/);
      expect(JSON.stringify(lookup.body)).not.toMatch(new RegExp(`${student.collegeName}|${student.majorName}`));
    }
    expect(await stateCounts(db)).toEqual(before);
  });

  it.each([
    ['positionCategoryCode', { positionCategoryCode: '77' }, /职位类别/],
    ['hukouHandlingCode', { hukouHandlingCode: '9' }, /户档/],
    ['probationSalary', { probationSalary: -1 }, /试用起薪.*负数/],
    ['regularSalary', { regularSalary: 1_000_001 }, /转正起薪.*1000000/],
    ['breachPenalty', { breachPenalty: 5000.5 }, /违约金.*整数/],
    ['validDays', { validDays: 0 }, /应约有效期/],
    ['validDays', { validDays: 31 }, /应约有效期/],
    ['validDays', { validDays: 2.5 }, /应约有效期/],
    ['supplement', { supplement: '补'.repeat(1001) }, /协议补充内容.*1000/],
    ['positionTitle', { positionTitle: undefined }, /岗位名称/],
    ['positionTitle', { positionTitle: '   ' }, /岗位名称/],
    ['contactMobile', { contactMobile: '12345' }, /手机号/],
  ])('refuses a bad %s (%j) with 400 naming the field and writes nothing', async (field, change, message) => {
    const { db } = context();
    const student = await demoStudent(db);
    const employer = await employerClient('third');
    const before = await stateCounts(db);
    const response = await invite(employer, student, change);
    expectRefusal(response, 400, 'INVALID_INPUT', field);
    expect(response.body.message).toMatch(message);
    expect(await stateCounts(db)).toEqual(before);
  });

  it('accepts 协议补充内容 of exactly 1000 characters and money from 0 to 1 000 000 元', async () => {
    const { db } = context();
    const student = await confirmedStudent(db);
    const employer = await employerClient('third');
    const supplement = '补'.repeat(1000);
    const response = await invite(employer, student, {
      supplement,
      probationSalary: 0,
      regularSalary: 1_000_000,
      breachPenalty: 0,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const row = await agreementRow(db, response.body.agreement.id);
    expect([...row.supplement!]).toHaveLength(1000);
    expect([row.probation_salary, row.regular_salary, row.breach_penalty]).toEqual([0, 1_000_000, 0]);
  });

  it('撤回 before the answer: withdrawn, the student told, the invitation read-only for him', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const employer = await employerClient('second');
    const id = await invited(employer, student);
    const response = await employer.post(`/api/employer/agreements/${id}/withdraw`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true });
    expect((await agreementRow(db, id)).status).toBe('withdrawn');
    const [message] = await notificationsOf(db, student.accountId);
    expect(message).toMatchObject({ title: '签约邀请已撤回', link: `/student/agreements/${id}` });
    expect(message!.body).toContain(EMPLOYERS.second.name);
    const events = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('entity_id', '=', id)
      .where('action', '=', 'agreement.withdrawn')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ from_status: 'invited', to_status: 'withdrawn', actor_role: 'employer' });

    const graduate = await loggedInAt(app, student.phone);
    const detail = await graduate.get(`/api/student/agreements/${id}`);
    expect(detail.body.agreement).toMatchObject({ status: 'withdrawn', statusLabel: '已撤回', canAnswer: false });
    const before = await stateCounts(db);
    const accept = await reauthenticateAndAccept(graduate, id);
    expectRefusal(accept, 409, 'STALE_STATE');
    expect(accept.body.message).toMatch(/已撤回/);
    const again = await employer.post(`/api/employer/agreements/${id}/withdraw`);
    expectRefusal(again, 409, 'STALE_STATE');
    const after = await stateCounts(db);
    // The re-authentication itself is audited; nothing else changed.
    expect({ ...after, audit_event: after.audit_event! - 1 }).toEqual(before);
    expect((await agreementRow(db, id)).status).toBe('withdrawn');
  });

  it('撤回 after the student accepted → 409, nothing changes', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const employer = await employerClient('second');
    const id = await invited(employer, student);
    const graduate = await loggedInAt(app, student.phone);
    expect((await reauthenticateAndAccept(graduate, id)).status).toBe(200);
    const row = await agreementRow(db, id);
    const before = await stateCounts(db);
    const response = await employer.post(`/api/employer/agreements/${id}/withdraw`);
    expectRefusal(response, 409, 'STALE_STATE');
    expect(response.body.message).toMatch(/院系审核中/);
    expect(await stateCounts(db)).toEqual(before);
    expect(await agreementRow(db, id)).toEqual(row);
  });

  it("hides another employer's invitation: reading or withdrawing it → 404 like a missing one", async () => {
    const { db } = context();
    const student = await confirmedStudent(db);
    const owner = await employerClient('first');
    const id = await invited(owner, student);
    const other = await employerClient('second');
    const missing = await other.get('/api/employer/agreements/99999999');
    expectRefusal(missing, 404, 'NOT_FOUND');
    const before = await stateCounts(db);
    const read = await other.get(`/api/employer/agreements/${id}`);
    expectRefusal(read, 404, 'NOT_FOUND');
    expect(read.body).toEqual(missing.body);
    const withdraw = await other.post(`/api/employer/agreements/${id}/withdraw`);
    expectRefusal(withdraw, 404, 'NOT_FOUND');
    expect(withdraw.body.message).toBe(missing.body.message);
    const list = await other.get('/api/employer/agreements?pageSize=100');
    expect(list.body.items.map((item: { id: number }) => item.id)).not.toContain(id);
    expect(await stateCounts(db)).toEqual(before);
    expect((await agreementRow(db, id)).status).toBe('invited');
    expect((await owner.get(`/api/employer/agreements/${id}`)).status).toBe(200);
  });

  it("lists the employer's own invitations and filters them by status", async () => {
    const { app, db } = context();
    const employer = await registerEmployer(app, db);
    const admin = await loggedInAt(app, 'admin');
    expect(
      (await admin.post(`/api/platform/employers/${employer.employerId}/verification`, { result: 'approved' })).status,
    ).toBe(200);
    const [a, b, c] = [await confirmedStudent(db), await confirmedStudent(db), await confirmedStudent(db)];
    const contact = { contactMobile: employer.phone };
    const live = await invited(employer.client, a, contact);
    const declined = await invited(employer.client, b, contact);
    const withdrawn = await invited(employer.client, c, contact);
    const graduate = await loggedInAt(app, b.phone);
    expect((await graduate.post(`/api/student/agreements/${declined}/decline`)).status).toBe(200);
    expect((await employer.client.post(`/api/employer/agreements/${withdrawn}/withdraw`)).status).toBe(200);

    const all = await employer.client.get('/api/employer/agreements');
    expect(all.status).toBe(200);
    expect(all.body.items.map((item: { id: number }) => item.id)).toEqual([withdrawn, declined, live]);
    for (const item of all.body.items) expect(item.employer.name).toBe(employer.data.name);
    for (const [status, id] of [
      ['invited', live],
      ['declined', declined],
      ['withdrawn', withdrawn],
    ] as const) {
      const filtered = await employer.client.get(`/api/employer/agreements?status=${status}`);
      expect(filtered.status).toBe(200);
      expect(filtered.body.items.map((item: { id: number }) => item.id)).toEqual([id]);
    }
    expect((await employer.client.get('/api/employer/agreements?status=effective')).body.items).toEqual([]);
    const paged = await employer.client.get('/api/employer/agreements?pageSize=2&page=2');
    expect(paged.body.items.map((item: { id: number }) => item.id)).toEqual([live]);
    const bad = await employer.client.get('/api/employer/agreements?status=bogus');
    expectRefusal(bad, 400, 'INVALID_INPUT', 'status');
  });

  it('keeps students and staff out of the employer endpoints (403)', async () => {
    const { app, db } = context();
    const student = await demoStudent(db);
    for (const login of ['13800000002', 'college1', 'school1', 'admin']) {
      const client = await loggedInAt(app, login);
      const before = await stateCounts(db);
      expectRefusal(await client.get('/api/employer/agreements'), 403, 'FORBIDDEN');
      expectRefusal(await invite(client, student), 403, 'FORBIDDEN');
      expectRefusal(
        await client.post('/api/employer/students/lookup', { name: student.name, idNumber: student.idNumber }),
        403,
        'FORBIDDEN',
      );
      expect(await stateCounts(db)).toEqual(before);
    }
  });

  // DOMAIN §4.1 "After it [the deadline]: 已失效, no action" and §5.6 "A stale action (… past the deadline)
  // gets a clear 409-style error, never a second transition". withdrawInvitation checks only the status,
  // so an invitation past its deadline that the sweep has not reached yet turns 已撤回 instead of 已失效.
  it('refuses 撤回 once the deadline has passed (the invitation is 已失效)', async () => {
    const { db } = context();
    const student = await confirmedStudent(db);
    const employer = await employerClient('third');
    const id = await invited(employer, student);
    await passDeadline(db, id);
    const before = await stateCounts(db);
    const response = await employer.post(`/api/employer/agreements/${id}/withdraw`);
    try {
      expectRefusal(response, 409, 'STALE_STATE');
      expect(response.body.message).toMatch(CHINESE);
      expect(await stateCounts(db)).toEqual(before);
      expect((await agreementRow(db, id)).status).toBe('invited');
    } finally {
      // Leave no live-looking overdue invitation behind for the other tests.
      await db
        .updateTable('agreement')
        .set({ status: 'expired' })
        .where('id', '=', id)
        .where('status', '=', 'invited')
        .execute();
    }
  });
});
