import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import { ClientAt, DEMO_PASSWORD, countRows, expectRefusal, loggedInAt } from './helpers';

describeOnDialects('CSRF protection (double submit before login, session token after)', (context) => {
  const loginBody = { identifier: '13900000001', password: DEMO_PASSWORD, captchaId: 'off', captchaAnswer: '0' };

  it('refuses a login without an x-csrf-token header, and creates no session', async () => {
    const { app, db } = context();
    const sessions = await countRows(db, 'session');
    const neverOpened = new ClientAt(app);
    expectRefusal(await neverOpened.post('/api/auth/login', loginBody, { csrf: null }), 403, 'CSRF_REJECTED');

    const opened = await new ClientAt(app).open();
    expect(opened.hasCookie('csrf')).toBe(true);
    expectRefusal(await opened.post('/api/auth/login', loginBody, { csrf: null }), 403, 'CSRF_REJECTED');
    expect(opened.hasCookie('sid')).toBe(false);
    expect(await countRows(db, 'session')).toBe(sessions);
  });

  it('refuses a login with a forged token, or a real token without its cookie', async () => {
    const { app, db } = context();
    const sessions = await countRows(db, 'session');
    const opened = await new ClientAt(app).open();
    expectRefusal(await opened.post('/api/auth/login', loginBody, { csrf: 'forged-token-forged-token' }), 403, 'CSRF_REJECTED');
    expectRefusal(await opened.post('/api/auth/login', loginBody, { csrf: `${opened.csrfToken}x` }), 403, 'CSRF_REJECTED');

    // Another page's token is no good to a client that does not hold the matching cookie.
    const withoutCookie = new ClientAt(app);
    expectRefusal(await withoutCookie.post('/api/auth/login', loginBody, { csrf: opened.csrfToken }), 403, 'CSRF_REJECTED');
    expect(await countRows(db, 'session')).toBe(sessions);

    const accepted = await opened.post('/api/auth/login', loginBody);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.csrfToken).not.toBe(opened.csrfToken);
  });

  it('after login refuses the pre-login token, a forged one and none; nothing is confirmed until the right token', async () => {
    const { app, db } = context();
    const client = await new ClientAt(app).open();
    const preLoginToken = client.csrfToken;
    const login = await client.login('13800000001');
    expect(login.status).toBe(200);
    expect(client.csrfToken).not.toBe(preLoginToken);
    const account = await db.selectFrom('account').select(['id', 'id_number']).where('phone', '=', '13800000001').executeTakeFirstOrThrow();
    const recordOf = () =>
      db
        .selectFrom('student_record')
        .select(['id', 'confirmed_at', 'account_id'])
        .where('id_number', '=', account.id_number!)
        .where('cohort', '=', 2027)
        .executeTakeFirstOrThrow();
    const confirmEvents = () =>
      db.selectFrom('audit_event').select('id').where('action', '=', 'student_record.confirmed').execute();
    const eventsBefore = (await confirmEvents()).length;

    for (const csrf of [preLoginToken, 'forged-token-forged-token', null]) {
      expectRefusal(await client.post('/api/student/record/confirm', {}, { csrf }), 403, 'CSRF_REJECTED');
    }
    expect(await recordOf()).toMatchObject({ confirmed_at: null, account_id: null });
    expect(await confirmEvents()).toHaveLength(eventsBefore);

    // Reading needs no token.
    const read = await client.get('/api/student/record');
    expect(read.status).toBe(200);
    expect(read.body.state).toBe('unconfirmed');

    const confirmed = await client.post('/api/student/record/confirm', {});
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.state).toBe('confirmed');
    const record = await recordOf();
    expect(record.confirmed_at).not.toBeNull();
    expect(record.account_id).toBe(account.id);
  });

  it("refuses another session's token, and a forged logout leaves the session alive", async () => {
    const { app } = context();
    const student = await loggedInAt(app, '13800000002');
    const employer = await loggedInAt(app, '13900000001');
    expect(student.csrfToken).not.toBe(employer.csrfToken);

    expectRefusal(await student.post('/api/auth/logout', {}, { csrf: employer.csrfToken }), 403, 'CSRF_REJECTED');
    expectRefusal(await student.post('/api/auth/logout', {}, { csrf: 'forged-token-forged-token' }), 403, 'CSRF_REJECTED');
    const me = await student.get('/api/auth/me');
    expect(me.body.account?.home).toBe('/student');
    expect(me.body.csrfToken).toBe(student.csrfToken);

    const logout = await student.post('/api/auth/logout', {});
    expect(logout.status).toBe(200);
    expect((await student.get('/api/auth/me')).body.account).toBeNull();
  });
});
