import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import {
  agreementRow,
  confirmedStudent,
  decide,
  EMPLOYERS,
  employerOf,
  expectRefusal,
  invited,
  latestSessionOf,
  loggedInAt,
  notificationsOf,
  passDeadline,
  reauthenticateAndAccept,
  stateCounts,
} from './helpers';

describeOnDialects('接受 / 拒绝: re-authentication, stale answers, deadlines, the signing slot', (context) => {
  const employerClient = (which: keyof typeof EMPLOYERS) => loggedInAt(context().app, EMPLOYERS[which].phone);
  /** The counts after a request that only re-authenticated (which is audited) and was otherwise refused. */
  const plusReauthentications = (counts: Record<string, number>, times = 1) => ({
    ...counts,
    audit_event: counts.audit_event! + times,
  });

  it('接受 needs the password again; a wrong one does not count; one re-authentication covers one 接受', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const first = await invited(await employerClient('first'), student);
    const second = await invited(await employerClient('second'), student);
    const graduate = await loggedInAt(app, student.phone);

    const before = await stateCounts(db);
    const withoutPassword = await graduate.post(`/api/student/agreements/${first}/accept`);
    expectRefusal(withoutPassword, 403, 'REAUTHENTICATION_REQUIRED');
    const wrong = await graduate.post('/api/auth/reauthenticate', { password: 'Wrong@2026' });
    expectRefusal(wrong, 403, 'REAUTHENTICATION_FAILED', 'password');
    const stillRefused = await graduate.post(`/api/student/agreements/${first}/accept`);
    expectRefusal(stillRefused, 403, 'REAUTHENTICATION_REQUIRED');
    // Only the wrong password is recorded, as a try toward the lockout.
    expect(await stateCounts(db)).toEqual({ ...before, audit_event: before.audit_event! + 1 });
    expect((await agreementRow(db, first)).status).toBe('invited');
    expect((await latestSessionOf(db, student.accountId)).reauthenticated_at).toBeNull();

    const accepted = await reauthenticateAndAccept(graduate, first);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.agreement).toMatchObject({
      id: first,
      status: 'college_review',
      statusLabel: '院系审核中',
      canAnswer: false,
    });
    const row = await agreementRow(db, first);
    expect(row.status).toBe('college_review');
    expect(row.answered_at).not.toBeNull();
    // The re-authentication was used up by this 接受.
    expect((await latestSessionOf(db, student.accountId)).reauthenticated_at).toBeNull();
    const events = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('entity_type', '=', 'agreement')
      .where('entity_id', '=', first)
      .orderBy('id')
      .execute();
    expect(events.map((event) => event.action)).toEqual(['agreement.invited', 'agreement.accepted']);
    expect(events[1]).toMatchObject({
      actor_role: 'student',
      actor_account_id: student.accountId,
      from_status: 'invited',
      to_status: 'college_review',
    });
    const { accountId: employerAccount } = await employerOf(db, EMPLOYERS.first.phone);
    const [told] = await notificationsOf(db, employerAccount);
    expect(told).toMatchObject({ title: '学生已接受签约邀请', link: `/employer/agreements/${first}` });

    // A second 接受 needs the password again (asked before anything else is looked at).
    const next = await stateCounts(db);
    expectRefusal(await graduate.post(`/api/student/agreements/${second}/accept`), 403, 'REAUTHENTICATION_REQUIRED');
    expect(await stateCounts(db)).toEqual(next);
  });

  it('拒绝 → declined, no password needed, the employer is told', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const id = await invited(await employerClient('second'), student);
    const graduate = await loggedInAt(app, student.phone);
    const response = await graduate.post(`/api/student/agreements/${id}/decline`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true });
    const row = await agreementRow(db, id);
    expect(row.status).toBe('declined');
    expect(row.answered_at).not.toBeNull();
    const detail = await graduate.get(`/api/student/agreements/${id}`);
    expect(detail.body.agreement).toMatchObject({ status: 'declined', statusLabel: '已拒绝', canAnswer: false });
    const event = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('entity_id', '=', id)
      .where('action', '=', 'agreement.declined')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_role: 'student', from_status: 'invited', to_status: 'declined' });
    const { accountId } = await employerOf(db, EMPLOYERS.second.phone);
    expect((await notificationsOf(db, accountId))[0]).toMatchObject({
      title: '学生已拒绝签约邀请',
      link: `/employer/agreements/${id}`,
    });
  });

  it('answering twice → 409 STALE_STATE and no second transition', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const acceptedId = await invited(await employerClient('first'), student);
    const declinedId = await invited(await employerClient('second'), student);
    const graduate = await loggedInAt(app, student.phone);
    // Declined first: once the slot is held, other invitations are view-only.
    expect((await graduate.post(`/api/student/agreements/${declinedId}/decline`)).status).toBe(200);
    expect((await reauthenticateAndAccept(graduate, acceptedId)).status).toBe(200);
    const rows = [await agreementRow(db, acceptedId), await agreementRow(db, declinedId)];

    const before = await stateCounts(db);
    const acceptAgain = await reauthenticateAndAccept(graduate, acceptedId);
    expectRefusal(acceptAgain, 409, 'STALE_STATE');
    expect(acceptAgain.body.message).toMatch(/院系审核中/);
    expectRefusal(await graduate.post(`/api/student/agreements/${acceptedId}/decline`), 409, 'STALE_STATE');
    expectRefusal(await graduate.post(`/api/student/agreements/${declinedId}/decline`), 409, 'STALE_STATE');
    const acceptDeclined = await reauthenticateAndAccept(graduate, declinedId);
    expectRefusal(acceptDeclined, 409, 'STALE_STATE');
    expect(acceptDeclined.body.message).toMatch(/已拒绝/);
    expect(await stateCounts(db)).toEqual(plusReauthentications(before, 2));
    expect([await agreementRow(db, acceptedId), await agreementRow(db, declinedId)]).toEqual(rows);
  });

  it('after the deadline: 接受 and 拒绝 → 409, status unchanged; the sweep marks it 已失效 and tells both sides', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const id = await invited(await employerClient('third'), student);
    await passDeadline(db, id, 1000);
    const graduate = await loggedInAt(app, student.phone);
    const detail = await graduate.get(`/api/student/agreements/${id}`);
    expect(detail.body.agreement).toMatchObject({ status: 'invited', canAnswer: false });
    expect(detail.body.agreement.blockedReason).toMatch(/截止时间/);

    const row = await agreementRow(db, id);
    const before = await stateCounts(db);
    const late = await reauthenticateAndAccept(graduate, id);
    expectRefusal(late, 409, 'STALE_STATE');
    expect(late.body.message).toMatch(/截止时间/);
    const lateDecline = await graduate.post(`/api/student/agreements/${id}/decline`);
    expectRefusal(lateDecline, 409, 'STALE_STATE');
    expect(await stateCounts(db)).toEqual(plusReauthentications(before));
    expect(await agreementRow(db, id)).toEqual(row);

    await app.jobs.runDue({ sweep: true });
    expect((await agreementRow(db, id)).status).toBe('expired');
    const events = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('entity_id', '=', id)
      .where('action', '=', 'agreement.expired')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor_role: 'system',
      actor_account_id: null,
      from_status: 'invited',
      to_status: 'expired',
    });
    const [studentMessage] = await notificationsOf(db, student.accountId);
    expect(studentMessage).toMatchObject({ title: '签约邀请已失效', link: `/student/agreements/${id}` });
    const { accountId: employerAccount } = await employerOf(db, EMPLOYERS.third.phone);
    const [employerMessage] = await notificationsOf(db, employerAccount);
    expect(employerMessage).toMatchObject({ title: '签约邀请已失效', link: `/employer/agreements/${id}` });
    const employer = await employerClient('third');
    expect((await employer.get(`/api/employer/agreements/${id}`)).body.agreement).toMatchObject({
      status: 'expired',
      statusLabel: '已失效',
    });

    // A second sweep finds nothing more to do.
    const afterSweep = await stateCounts(db);
    await app.jobs.runDue({ sweep: true });
    expect(await stateCounts(db)).toEqual(afterSweep);
    expectRefusal(await reauthenticateAndAccept(graduate, id), 409, 'STALE_STATE');
  });

  it('reminds the student once when the deadline is less than 24 hours away, across sweeps', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const soon = await invited(await employerClient('first'), student);
    const later = await invited(await employerClient('second'), student);
    await db
      .updateTable('agreement')
      .set({ deadline_at: new Date(Date.now() + 12 * 3600_000).toISOString() })
      .where('id', '=', soon)
      .execute();
    await db
      .updateTable('agreement')
      .set({ deadline_at: new Date(Date.now() + 30 * 3600_000).toISOString() })
      .where('id', '=', later)
      .execute();

    await app.jobs.runDue({ sweep: true });
    await app.jobs.runDue({ sweep: true });
    const reminders = (await notificationsOf(db, student.accountId)).filter(
      (message) => message.title === '签约邀请即将截止',
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.link).toBe(`/student/agreements/${soon}`);
    expect(reminders[0]!.body).toContain(EMPLOYERS.first.name);
    expect((await agreementRow(db, soon)).reminder_sent_at).not.toBeNull();
    expect((await agreementRow(db, later)).reminder_sent_at).toBeNull();
    const events = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('entity_id', '=', soon)
      .where('action', '=', 'agreement.reminded')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.actor_role).toBe('system');
    const sms = await db.selectFrom('outbox').select('payload').where('recipient', '=', student.phone).execute();
    expect(sms.filter((row) => JSON.parse(row.payload).text.includes('即将截止'))).toHaveLength(1);
    expect((await agreementRow(db, soon)).status).toBe('invited');
  });

  it("another student's invitation looks like a missing one (404) for every action", async () => {
    const { app, db } = context();
    const owner = await confirmedStudent(db);
    const id = await invited(await employerClient('first'), owner);
    const stranger = await confirmedStudent(db);
    const graduate = await loggedInAt(app, stranger.phone);
    const missing = await graduate.get('/api/student/agreements/99999999');
    expectRefusal(missing, 404, 'NOT_FOUND');

    const before = await stateCounts(db);
    const read = await graduate.get(`/api/student/agreements/${id}`);
    expectRefusal(read, 404, 'NOT_FOUND');
    expect(read.body).toEqual(missing.body);
    const accept = await reauthenticateAndAccept(graduate, id);
    expectRefusal(accept, 404, 'NOT_FOUND');
    expect(accept.body).toEqual(missing.body);
    const decline = await graduate.post(`/api/student/agreements/${id}/decline`);
    expectRefusal(decline, 404, 'NOT_FOUND');
    expect(decline.body).toEqual(missing.body);
    const pdf = await graduate.get(`/api/student/agreements/${id}/pdf`);
    expectRefusal(pdf, 404, 'NOT_FOUND');
    const list = await graduate.get('/api/student/agreements');
    expect(list.body.items.map((item: { id: number }) => item.id)).not.toContain(id);
    expect(await stateCounts(db)).toEqual(plusReauthentications(before));
    expect((await agreementRow(db, id)).status).toBe('invited');
  });

  it('no staff or employer account can answer for a student (403), even after typing its own password again', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const id = await invited(await employerClient('first'), student);
    for (const login of ['college1', 'school1', 'admin', EMPLOYERS.first.phone]) {
      const client = await loggedInAt(app, login);
      const before = await stateCounts(db);
      expectRefusal(await client.get('/api/student/agreements'), 403, 'FORBIDDEN');
      expectRefusal(await client.get(`/api/student/agreements/${id}`), 403, 'FORBIDDEN');
      expectRefusal(await reauthenticateAndAccept(client, id), 403, 'FORBIDDEN');
      expectRefusal(await client.post(`/api/student/agreements/${id}/decline`), 403, 'FORBIDDEN');
      expect(await stateCounts(db), login).toEqual(plusReauthentications(before));
    }
    expect((await agreementRow(db, id)).status).toBe('invited');
  });

  it('a student who has not confirmed his record gets 403 RECORD_NOT_CONFIRMED everywhere in 我的签约', async () => {
    const { app, db } = context();
    const someone = await confirmedStudent(db);
    const id = await invited(await employerClient('second'), someone);
    const unconfirmed = await loggedInAt(app, '13800000001');
    const before = await stateCounts(db);
    expectRefusal(await unconfirmed.get('/api/student/agreements'), 403, 'RECORD_NOT_CONFIRMED');
    expectRefusal(await unconfirmed.get(`/api/student/agreements/${id}`), 403, 'RECORD_NOT_CONFIRMED');
    expectRefusal(await reauthenticateAndAccept(unconfirmed, id), 403, 'RECORD_NOT_CONFIRMED');
    expectRefusal(await unconfirmed.post(`/api/student/agreements/${id}/decline`), 403, 'RECORD_NOT_CONFIRMED');
    expect(await stateCounts(db)).toEqual(plusReauthentications(before));
    expect((await agreementRow(db, id)).status).toBe('invited');
  });

  it('while the signing slot is held every other invitation is view-only with the reason; employers may still invite', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const held = await invited(await employerClient('first'), student);
    const other = await invited(await employerClient('second'), student);
    const graduate = await loggedInAt(app, student.phone);
    expect((await graduate.get(`/api/student/agreements/${other}`)).body.agreement.canAnswer).toBe(true);
    expect((await reauthenticateAndAccept(graduate, held)).status).toBe(200);

    const detail = await graduate.get(`/api/student/agreements/${other}`);
    expect(detail.body.agreement).toMatchObject({ status: 'invited', canAnswer: false });
    expect(detail.body.agreement.blockedReason).toContain(EMPLOYERS.first.name);
    expect(detail.body.agreement.blockedReason).toMatch(/签约.*每人只能/);
    const list = await graduate.get('/api/student/agreements');
    const listed = list.body.items.find((item: { id: number }) => item.id === other);
    expect(listed).toMatchObject({ canAnswer: false, blockedReason: detail.body.agreement.blockedReason });
    expect(list.body.items.find((item: { id: number }) => item.id === held)).toMatchObject({
      status: 'college_review',
      blockedReason: null,
    });

    const before = await stateCounts(db);
    const refused = await reauthenticateAndAccept(graduate, other);
    expectRefusal(refused, 409, 'CONFLICT');
    expect(refused.body.message).toContain(EMPLOYERS.first.name);
    expect(refused.body.message).toMatch(/签约.*每人只能/);
    expect(await stateCounts(db)).toEqual(plusReauthentications(before));
    expect((await agreementRow(db, other)).status).toBe('invited');
    const holding = await db
      .selectFrom('agreement')
      .select('id')
      .where('student_record_id', '=', student.recordId)
      .where('status', 'in', ['college_review', 'school_review', 'effective'])
      .execute();
    expect(holding).toEqual([{ id: held }]);

    // 签约与否不影响其他单位发起邀请: a new invitation is sent, and is view-only too.
    const late = await invited(await employerClient('third'), student);
    const lateDetail = await graduate.get(`/api/student/agreements/${late}`);
    expect(lateDetail.body.agreement).toMatchObject({ status: 'invited', canAnswer: false });
    expect(lateDetail.body.agreement.blockedReason).toContain(EMPLOYERS.first.name);

    // 签约失败 frees the slot: the other invitations can be answered again.
    const college = await loggedInAt(app, 'college1');
    expect((await decide(college, held, 'rejected', '岗位信息不完整')).status).toBe(200);
    const freed = await graduate.get(`/api/student/agreements/${other}`);
    expect(freed.body.agreement).toMatchObject({ canAnswer: true, blockedReason: null });
    const acceptedNow = await reauthenticateAndAccept(graduate, other);
    expect(acceptedNow.status, JSON.stringify(acceptedNow.body)).toBe(200);
  });

  // DOMAIN §4.1: "While the student's signing slot is held, every other invitation is view-only", and the
  // detail says canAnswer: false (接受 / 拒绝). declineInvitation does not look at the slot, so 拒绝 of a
  // view-only invitation still goes through (answer-invitation.ts, declineInvitation).
  it('refuses 拒绝 of an invitation that is view-only because the slot is held', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const held = await invited(await employerClient('first'), student);
    const other = await invited(await employerClient('second'), student);
    const graduate = await loggedInAt(app, student.phone);
    expect((await reauthenticateAndAccept(graduate, held)).status).toBe(200);
    expect((await graduate.get(`/api/student/agreements/${other}`)).body.agreement.canAnswer).toBe(false);
    const before = await stateCounts(db);
    const response = await graduate.post(`/api/student/agreements/${other}/decline`);
    expectRefusal(response, 409, 'CONFLICT');
    expect(await stateCounts(db)).toEqual(before);
    expect((await agreementRow(db, other)).status).toBe('invited');
  });

  it('with the chain set to 学校 only, an acceptance goes straight to 学校审核', async () => {
    const { app, db } = context();
    const school = await loggedInAt(app, 'school1');
    const set = await school.post('/api/school/settings', { reviewChain: 'school_only' });
    expect(set.status).toBe(200);
    try {
      expect((await school.get('/api/school/settings')).body).toEqual({ reviewChain: 'school_only' });
      const changed = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'school.review_chain_changed')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(changed).toMatchObject({
        from_status: 'college_school',
        to_status: 'school_only',
        actor_role: 'school_admin',
      });

      const student = await confirmedStudent(db);
      const id = await invited(await employerClient('first'), student);
      const graduate = await loggedInAt(app, student.phone);
      const accepted = await reauthenticateAndAccept(graduate, id);
      expect(accepted.status).toBe(200);
      expect(accepted.body.agreement.status).toBe('school_review');
      const event = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('entity_id', '=', id)
        .where('action', '=', 'agreement.accepted')
        .executeTakeFirstOrThrow();
      expect(event.to_status).toBe('school_review');

      const college = await loggedInAt(app, 'college1');
      expect(
        (await college.get('/api/review/agreements')).body.items.map((item: { id: number }) => item.id),
      ).not.toContain(id);
      expect((await school.get('/api/review/agreements')).body.items.map((item: { id: number }) => item.id)).toContain(
        id,
      );
      const approved = await decide(school, id, 'approved');
      expect(approved.status).toBe(200);
      expect(approved.body.agreement.status).toBe('effective');
      expect(approved.body.agreement.reviews.map((review: { stage: string }) => review.stage)).toEqual(['school']);
    } finally {
      expect((await school.post('/api/school/settings', { reviewChain: 'college_school' })).status).toBe(200);
    }
    // Only the school admin sets the chain.
    const college = await loggedInAt(app, 'college1');
    expectRefusal(await college.post('/api/school/settings', { reviewChain: 'school_only' }), 403, 'FORBIDDEN');
    expectRefusal(
      await school.post('/api/school/settings', { reviewChain: 'college_only' }),
      400,
      'INVALID_INPUT',
      'reviewChain',
    );
    expect((await school.get('/api/school/settings')).body).toEqual({ reviewChain: 'college_school' });
  });
});
