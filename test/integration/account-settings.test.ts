import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import {
  ClientAt,
  confirmedStudent,
  DEMO_PASSWORD,
  expectRefusal,
  loggedInAt,
  newPhone,
  requestSmsCode,
  type Student,
} from './helpers';

describeOnDialects('account settings: 修改密码, 更换手机号, 修改邮箱', (context) => {
  /** The student signed in twice: `current` makes the change, `other` is a second device. */
  const twoSessions = async () => {
    const student = await confirmedStudent(context().db);
    const current = await loggedInAt(context().app, student.phone);
    const other = await loggedInAt(context().app, student.phone);
    return { student, current, other };
  };

  const accountRow = (accountId: number) =>
    context().db.selectFrom('account').selectAll().where('id', '=', accountId).executeTakeFirstOrThrow();

  const auditOf = (accountId: number, action: string) =>
    context()
      .db.selectFrom('audit_event')
      .selectAll()
      .where('entity_type', '=', 'account')
      .where('entity_id', '=', accountId)
      .where('action', '=', action)
      .execute();

  const sessionCount = async (accountId: number) =>
    (await context().db.selectFrom('session').select('id').where('account_id', '=', accountId).execute()).length;

  const expectOtherSessionEnded = async (student: Student, current: ClientAt, other: ClientAt) => {
    expect((await current.get('/api/student/record')).status).toBe(200);
    expectRefusal(await other.get('/api/student/record'), 401, 'UNAUTHENTICATED');
    expect(await sessionCount(student.accountId)).toBe(1);
  };

  it('changes the password after the old one, ends the other sessions and audits it', async () => {
    const { app } = context();
    const { student, current, other } = await twoSessions();
    const before = await accountRow(student.accountId);

    const response = await current.post('/api/auth/account/password', { oldPassword: DEMO_PASSWORD, newPassword: 'Fresh2027pass' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect((await accountRow(student.accountId)).password_hash).not.toBe(before.password_hash);
    await expectOtherSessionEnded(student, current, other);
    expect(await auditOf(student.accountId, 'account.password_changed')).toHaveLength(1);

    expect((await new ClientAt(app).login(student.phone, 'Fresh2027pass')).status).toBe(200);
    expectRefusal(await new ClientAt(app).login(student.phone, DEMO_PASSWORD), 401, 'BAD_CREDENTIALS');
  });

  it('refuses a wrong old password with the tries left, a weak or unchanged new one, and changes nothing', async () => {
    const { student, current, other } = await twoSessions();
    const before = await accountRow(student.accountId);

    const wrong = await current.post('/api/auth/account/password', { oldPassword: 'Wrong2027pass', newPassword: 'Fresh2027pass' });
    expectRefusal(wrong, 403, 'REAUTHENTICATION_FAILED', 'oldPassword');
    expect(wrong.body.message).toBe('登录密码错误,还可尝试 4 次');
    expectRefusal(
      await current.post('/api/auth/account/password', { oldPassword: DEMO_PASSWORD, newPassword: 'short' }),
      400,
      'INVALID_INPUT',
      'newPassword',
    );
    expectRefusal(
      await current.post('/api/auth/account/password', { oldPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD }),
      400,
      'INVALID_INPUT',
      'newPassword',
    );
    expect((await accountRow(student.accountId)).password_hash).toBe(before.password_hash);
    expect((await other.get('/api/student/record')).status).toBe(200);
    expect(await auditOf(student.accountId, 'account.password_changed')).toHaveLength(0);
  });

  it('lets one of two simultaneous password changes win', async () => {
    const { app } = context();
    const { student, current } = await twoSessions();
    const answers = await Promise.all(
      ['Winner2027a', 'Winner2027b'].map((newPassword) =>
        current.post('/api/auth/account/password', { oldPassword: DEMO_PASSWORD, newPassword }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    expect(await auditOf(student.accountId, 'account.password_changed')).toHaveLength(1);
    const logins = await Promise.all(['Winner2027a', 'Winner2027b'].map((password) => new ClientAt(app).login(student.phone, password)));
    expect(logins.map((login) => login.status).sort()).toEqual([200, 401]);
  });

  it('moves the account to a new phone proven by a code sent there', async () => {
    const { app } = context();
    const { student, current, other } = await twoSessions();
    const phone = newPhone();
    const code = await requestSmsCode(current, phone, 'change_phone');

    const response = await current.post('/api/auth/account/phone', { password: DEMO_PASSWORD, phone, code });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.account.phoneMasked).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
    expect((await accountRow(student.accountId)).phone).toBe(phone);
    await expectOtherSessionEnded(student, current, other);

    const [event] = await auditOf(student.accountId, 'account.phone_changed');
    expect(JSON.parse(event!.details!)).toEqual({
      from: `${student.phone.slice(0, 3)}****${student.phone.slice(7)}`,
      to: `${phone.slice(0, 3)}****${phone.slice(7)}`,
    });
    expect((await new ClientAt(app).login(phone)).status).toBe(200);
    expectRefusal(await new ClientAt(app).login(student.phone), 401, 'BAD_CREDENTIALS');

    // The old phone is told, in case the change was not the owner's.
    const notice = await context()
      .db.selectFrom('outbox')
      .selectAll()
      .where('recipient', '=', student.phone)
      .where('template', '=', 'contact_changed')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(notice.payload).text).toContain(`已更换为 ${phone.slice(0, 3)}****${phone.slice(7)}`);
  });

  it('refuses a phone of another account, a wrong code and a wrong password, and changes nothing', async () => {
    const { student, current, other } = await twoSessions();
    const taken = await current.post('/api/auth/sms-code', {
      phone: '13800000001',
      purpose: 'change_phone',
      captchaId: 'off',
      captchaAnswer: '0',
    });
    expectRefusal(taken, 400, 'INVALID_INPUT', 'phone');
    expectRefusal(
      await current.post('/api/auth/account/phone', { password: DEMO_PASSWORD, phone: '13800000001', code: '123456' }),
      400,
      'INVALID_INPUT',
      'phone',
    );

    const phone = newPhone();
    const code = await requestSmsCode(current, phone, 'change_phone');
    const wrongCode = code === '000000' ? '111111' : '000000';
    expectRefusal(
      await current.post('/api/auth/account/phone', { password: DEMO_PASSWORD, phone, code: wrongCode }),
      400,
      'VERIFICATION_CODE_INVALID',
      'code',
    );
    expectRefusal(
      await current.post('/api/auth/account/phone', { password: 'Wrong2027pass', phone, code }),
      403,
      'REAUTHENTICATION_FAILED',
      'password',
    );
    expect((await accountRow(student.accountId)).phone).toBe(student.phone);
    expect((await other.get('/api/student/record')).status).toBe(200);
    expect(await auditOf(student.accountId, 'account.phone_changed')).toHaveLength(0);
  });

  it('changes the email (stored in lower case, a login name from then on)', async () => {
    const { app } = context();
    const { student, current, other } = await twoSessions();
    const email = `Grad${student.accountId}@Example.com`;
    const response = await current.post('/api/auth/account/email', { password: DEMO_PASSWORD, email });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.account.emailMasked).toMatch(/@example\.com$/);
    expect((await accountRow(student.accountId)).email).toBe(email.toLowerCase());
    await expectOtherSessionEnded(student, current, other);
    expect(await auditOf(student.accountId, 'account.email_changed')).toHaveLength(1);
    expect((await new ClientAt(app).login(email)).status).toBe(200);
  });

  it('refuses an email of another account or malformed, and changes nothing', async () => {
    const { student, current } = await twoSessions();
    const first = await current.post('/api/auth/account/email', { password: DEMO_PASSWORD, email: `one${student.accountId}@example.com` });
    expect(first.status).toBe(200);
    const { current: second, student: secondStudent } = await twoSessions();
    expectRefusal(
      await second.post('/api/auth/account/email', { password: DEMO_PASSWORD, email: `ONE${student.accountId}@example.com` }),
      400,
      'INVALID_INPUT',
      'email',
    );
    expectRefusal(await second.post('/api/auth/account/email', { password: DEMO_PASSWORD, email: 'not-an-email' }), 400, 'INVALID_INPUT', 'email');
    expect((await accountRow(secondStudent.accountId)).email).toBeNull();
  });

  it('names each missing or malformed field in Chinese and writes nothing', async () => {
    const { db } = context();
    const { student, current } = await twoSessions();
    const before = await accountRow(student.accountId);
    const eventsOf = async () =>
      (await db.selectFrom('audit_event').select('id').where('entity_type', '=', 'account').where('entity_id', '=', student.accountId).execute()).length;
    const eventsBefore = await eventsOf();
    const cases = [
      { url: '/api/auth/account/password', body: {}, fields: ['oldPassword', 'newPassword'] },
      { url: '/api/auth/account/phone', body: { password: DEMO_PASSWORD, phone: '1380000', code: '12' }, fields: ['phone', 'code'] },
      { url: '/api/auth/account/email', body: { email: 'a@b.c' }, fields: ['password'] },
    ];
    for (const { url, body, fields } of cases) {
      const response = await current.post(url, body);
      expectRefusal(response, 400, 'INVALID_INPUT');
      const named = response.body.fields.map((field: { path: string }) => field.path);
      for (const field of fields) expect(named).toContain(field);
    }
    expect(await accountRow(student.accountId)).toEqual(before);
    expect(await eventsOf()).toBe(eventsBefore);
  });

    it('is open to every signed-in role and to nobody signed out', async () => {
    const { app } = context();
    for (const identifier of ['13900000001', 'college1', 'school1', 'admin']) {
      const client = await loggedInAt(app, identifier);
      const wrong = await client.post('/api/auth/account/password', { oldPassword: 'Wrong2027pass', newPassword: 'Fresh2027pass' });
      expectRefusal(wrong, 403, 'REAUTHENTICATION_FAILED', 'oldPassword');
    }
    const anonymous = await new ClientAt(app).open();
    expectRefusal(
      await anonymous.post('/api/auth/account/password', { oldPassword: DEMO_PASSWORD, newPassword: 'Fresh2027pass' }),
      401,
      'UNAUTHENTICATED',
    );
  });
});
