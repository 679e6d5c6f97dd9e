import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import { TEST_COHORT } from '../support/database';
import { ClientAt, expectRefusal, loggedInAt, registerStudent } from './helpers';

describeOnDialects('first login: the student checks and confirms his record', (context) => {
  const recordById = (id: number) =>
    context().db.selectFrom('student_record').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const recordOfPhone = async (phone: string) => {
    const { db } = context();
    const account = await db.selectFrom('account').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    const record = await db
      .selectFrom('student_record')
      .selectAll()
      .where('id_number', '=', account.id_number!)
      .where('cohort', '=', TEST_COHORT)
      .executeTakeFirstOrThrow();
    return { account, record };
  };
  const confirmEventsOf = (recordId: number) =>
    context()
      .db.selectFrom('audit_event')
      .selectAll()
      .where('entity_type', '=', 'student_record')
      .where('entity_id', '=', recordId)
      .where('action', '=', 'student_record.confirmed')
      .execute();
  /** Demo records nobody has an account for (13800000001's record is unlinked too, but has an account). */
  const unclaimedRecords = async () => {
    const { db } = context();
    const claimed = new Set(
      (await db.selectFrom('account').select('id_number').where('id_number', 'is not', null).execute()).map((row) => row.id_number),
    );
    const rows = await db
      .selectFrom('student_record')
      .selectAll()
      .where('account_id', 'is', null)
      .where('cohort', '=', TEST_COHORT)
      .orderBy('id')
      .execute();
    return rows.filter((row) => !claimed.has(row.id_number));
  };

  it('shows 13800000001 his unconfirmed record with the 学生信息 fields, 身份证号 masked', async () => {
    const { app } = context();
    const { account, record } = await recordOfPhone('13800000001');
    expect(record.account_id).toBeNull();
    const client = await loggedInAt(app, '13800000001');
    const response = await client.get('/api/student/record');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ state: 'unconfirmed', cohort: 2027, mismatchFields: [] });
    const view = response.body.record;
    expect(view).toMatchObject({
      name: account.real_name,
      schoolName: '示例大学',
      collegeName: '计算机学院',
      levelName: '本科',
      cohort: 2027,
      birthDate: record.birth_date,
      majorName: record.major_name,
      enrolledOn: record.enrolled_on,
      graduatingOn: '202706',
    });
    expect(view.genderName).toMatch(/^[男女]$/);
    expect(view.idNumberMasked).toContain('*');
    expect(view.idNumberMasked).not.toBe(record.id_number);
    expect(view.idNumberMasked.slice(-4)).toBe(record.id_number.slice(-4));
    expect(JSON.stringify(response.body)).not.toContain(record.id_number);
  });

  it('keeps 我的签约 closed until the record is confirmed, then confirms it once with an audit event', async () => {
    const { app } = context();
    const { account, record } = await recordOfPhone('13800000001');
    const client = await loggedInAt(app, '13800000001');

    const closed = await client.get('/api/student/agreements');
    expectRefusal(closed, 403, 'RECORD_NOT_CONFIRMED');

    const confirmed = await client.post('/api/student/record/confirm', {});
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.state).toBe('confirmed');
    expect(confirmed.body.record.name).toBe(account.real_name);

    const stored = await recordById(record.id);
    expect(stored.confirmed_at).not.toBeNull();
    expect(Date.parse(stored.confirmed_at!)).toBeGreaterThan(Date.now() - 60_000);
    expect(stored.account_id).toBe(account.id);

    const events = await confirmEventsOf(record.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      from_status: 'unconfirmed',
      to_status: 'confirmed',
      actor_account_id: account.id,
      actor_role: 'student',
      school_id: record.school_id,
    });

    expect((await client.get('/api/student/record')).body.state).toBe('confirmed');
    const open = await client.get('/api/student/agreements');
    expect(open.status).toBe(200);
    expect(open.body).toEqual({ items: [] });

    // Confirming again changes nothing.
    const again = await client.post('/api/student/record/confirm', {});
    expect(again.status).toBe(200);
    expect(again.body.state).toBe('confirmed');
    expect(await confirmEventsOf(record.id)).toHaveLength(1);
    expect((await recordById(record.id)).confirmed_at).toBe(stored.confirmed_at);
  });

  it('confirms once under two concurrent clicks: no 5xx and exactly one audit event', async () => {
    const { app } = context();
    const [record] = await unclaimedRecords();
    expect(record).toBeDefined();
    const { client, accountId } = await registerStudent(app, { realName: record!.name, idNumber: record!.id_number });
    expect((await client.get('/api/student/record')).body.state).toBe('unconfirmed');

    const responses = await Promise.all([
      client.post('/api/student/record/confirm', {}),
      client.post('/api/student/record/confirm', {}),
    ]);
    const statuses = responses.map((response) => response.status);
    expect(statuses.every((status) => status === 200 || status === 409), JSON.stringify(responses.map((r) => r.body))).toBe(true);
    expect(statuses).toContain(200);
    for (const response of responses.filter((r) => r.status === 409)) {
      expectRefusal(response, 409, 'STALE_STATE');
    }

    const stored = await recordById(record!.id);
    expect(stored.account_id).toBe(accountId);
    expect(stored.confirmed_at).not.toBeNull();
    expect(await confirmEventsOf(record!.id)).toHaveLength(1);
    expect((await client.get('/api/student/record')).body.state).toBe('confirmed');
  });

  it('refuses to confirm a record whose 姓名 differs from the account: mismatch, 409, nothing changed', async () => {
    const { app, db } = context();
    const record = (await unclaimedRecords())[1]!;
    const { client } = await registerStudent(app, { realName: `${record.name}某`, idNumber: record.id_number });

    const shown = await client.get('/api/student/record');
    expect(shown.status).toBe(200);
    expect(shown.body.state).toBe('mismatch');
    expect(shown.body.mismatchFields).toContain('姓名');
    expect(shown.body.record.name).toBe(record.name);

    const eventsBefore = await db.selectFrom('audit_event').select('id').execute();
    const refused = await client.post('/api/student/record/confirm', {});
    expectRefusal(refused, 409, 'STALE_STATE');
    expect(refused.body.message).toMatch(/姓名/);
    expect(await recordById(record.id)).toEqual(record);
    expect(await db.selectFrom('audit_event').select('id').execute()).toHaveLength(eventsBefore.length);
    expectRefusal(await client.get('/api/student/agreements'), 403, 'RECORD_NOT_CONFIRMED');
  });

  it('a student without a record of this 届别 sees missing and cannot confirm anything', async () => {
    const { app, db } = context();
    const { client } = await registerStudent(app);
    const shown = await client.get('/api/student/record');
    expect(shown.body).toMatchObject({ state: 'missing', record: null });
    const confirmedBefore = await db.selectFrom('student_record').select('id').where('confirmed_at', 'is not', null).execute();
    expectRefusal(await client.post('/api/student/record/confirm', {}), 404, 'NOT_FOUND');
    expect(await db.selectFrom('student_record').select('id').where('confirmed_at', 'is not', null).execute()).toHaveLength(
      confirmedBefore.length,
    );
  });

  it('refuses staff and employers the student pages with 403, and anonymous callers with 401', async () => {
    const { app } = context();
    for (const identifier of ['college1', 'school1', '13900000001']) {
      const client = await loggedInAt(app, identifier);
      expectRefusal(await client.get('/api/student/record'), 403, 'FORBIDDEN');
      expectRefusal(await client.post('/api/student/record/confirm', {}), 403, 'FORBIDDEN');
      expectRefusal(await client.get('/api/student/agreements'), 403, 'FORBIDDEN');
    }
    expectRefusal(await new ClientAt(app).get('/api/student/record'), 401, 'UNAUTHENTICATED');
  });
});
