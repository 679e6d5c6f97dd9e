import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { sha256 } from '../../src/server/auth/tokens';
import { describeOnDialects } from '../support/app';
import { CHINESE, ClientAt, DEMO_PASSWORD, expectRefusal, loggedInAt, setCookieLines } from './helpers';

describeOnDialects('login, sessions, logout and lockout', (context) => {
  const accountOf = (where: { phone?: string; username?: string }) => {
    let query = context().db.selectFrom('account').selectAll();
    if (where.phone) query = query.where('phone', '=', where.phone);
    if (where.username) query = query.where('username', '=', where.username);
    return query.executeTakeFirstOrThrow();
  };
  const throttleOf = (accountId: number) =>
    context()
      .db.selectFrom('login_throttle')
      .select(['address', 'failures'])
      .where('subject', '=', `account:${accountId}`)
      .orderBy('address')
      .execute();

  const homes = [
    { identifier: '13800000001', role: 'student', home: '/student' },
    { identifier: '13900000001', role: 'employer', home: '/employer' },
    { identifier: 'college1', role: 'college_reviewer', home: '/college' },
    { identifier: 'school1', role: 'school_admin', home: '/school' },
    { identifier: 'admin', role: 'platform_admin', home: '/platform' },
  ];
  for (const { identifier, role, home } of homes) {
    it(`logs ${identifier} in with an httpOnly SameSite=Lax session cookie and sends it to ${home}`, async () => {
      const { app, db } = context();
      const client = new ClientAt(app);
      const response = await client.login(identifier);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.account.home).toBe(home);
      expect(response.body.account.primaryRole).toBe(role);
      expect(response.body.account.roles).toContain(role);
      expect(response.body.csrfToken).toEqual(expect.any(String));

      const sidLine = setCookieLines(response.headers).find((line) => line.startsWith('sid='));
      expect(sidLine).toBeDefined();
      expect(sidLine).toMatch(/;\s*HttpOnly/i);
      expect(sidLine).toMatch(/;\s*SameSite=Lax/i);
      expect(sidLine).toMatch(/;\s*Path=\//i);
      expect(sidLine).toMatch(/;\s*Max-Age=28800/i);

      // The database keeps only the hash of the cookie's token.
      const token = sidLine!.slice('sid='.length).split(';')[0]!;
      const sessions = await db.selectFrom('session').select(['token_hash', 'account_id']).execute();
      expect(sessions.some((session) => session.token_hash === token)).toBe(false);
      expect(sessions.find((session) => session.token_hash === sha256(token))?.account_id).toBe(response.body.account.id);

      const me = await client.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body.account).toEqual(response.body.account);
      expect(me.body.csrfToken).toBe(response.body.csrfToken);
    });
  }

  it('logs a student in by 身份证号 (upper or lower case check letter alike)', async () => {
    const { app } = context();
    const account = await accountOf({ phone: '13800000002' });
    expect(account.id_number).toMatch(/^\d{17}[\dX]$/);
    const client = new ClientAt(app);
    const response = await client.login(account.id_number!);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.account).toMatchObject({ id: account.id, realName: account.real_name, home: '/student' });
    expect(response.body.account.phoneMasked).toBe('138****0002');

    const lower = await new ClientAt(app).login(account.id_number!.toLowerCase());
    expect(lower.status).toBe(200);
    expect(lower.body.account.id).toBe(account.id);
  });

  it('answers an anonymous GET /api/auth/me with account null and a pre-login CSRF token', async () => {
    const client = new ClientAt(context().app);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.account).toBeNull();
    expect(me.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const csrfLine = setCookieLines(me.headers).find((line) => line.startsWith('csrf='));
    expect(csrfLine).toContain(`csrf=${me.body.csrfToken}`);
    expect(csrfLine).not.toMatch(/HttpOnly/i);
  });

  it('logout ends the session on the server: me is anonymous and protected endpoints answer 401', async () => {
    const { app, db } = context();
    const client = new ClientAt(app);
    const login = await client.login('13800000002');
    expect(login.status).toBe(200);
    const token = setCookieLines(login.headers).find((line) => line.startsWith('sid='))!.slice(4).split(';')[0]!;
    expect((await client.get('/api/student/record')).status).toBe(200);

    const logout = await client.post('/api/auth/logout');
    expect(logout.status).toBe(200);
    expect(logout.body).toEqual({ ok: true });
    expect(client.hasCookie('sid')).toBe(false);

    const me = await client.get('/api/auth/me');
    expect(me.body.account).toBeNull();
    expectRefusal(await client.get('/api/student/record'), 401, 'UNAUTHENTICATED');

    // The old cookie, replayed, is worthless: the session row is gone.
    expect(await db.selectFrom('session').select('id').where('token_hash', '=', sha256(token)).executeTakeFirst()).toBeUndefined();
    const replay = await app.inject({ method: 'GET', url: '/api/student/record', cookies: { sid: token } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const logoutEvent = await db
      .selectFrom('audit_event')
      .select('id')
      .where('action', '=', 'account.logged_out')
      .where('entity_id', '=', login.body.account.id)
      .execute();
    expect(logoutEvent).toHaveLength(1);
  });

  it('refuses a wrong password and an unknown account with the same 401 answer (no enumeration)', async () => {
    const { app } = context();
    const client = await new ClientAt(app).open();
    const attempt = (identifier: string, password: string) =>
      client.post('/api/auth/login', { identifier, password, captchaId: 'off', captchaAnswer: '0' });

    const wrongPassword = await attempt('school1', 'Wrong@2026');
    expectRefusal(wrongPassword, 401, 'BAD_CREDENTIALS');
    for (const unknown of ['13899999999', 'nobody', '110105199001011237', 'nobody@example.com']) {
      const response = await attempt(unknown, DEMO_PASSWORD);
      expect(response.status).toBe(401);
      expect(response.body).toEqual(wrongPassword.body);
    }
    expect(client.hasCookie('sid')).toBe(false);
    expect(wrongPassword.body.message).toMatch(/还可尝试 4 次/);
    expect(await throttleOf((await accountOf({ username: 'school1' })).id)).toEqual([
      { address: '*', failures: 1 },
      { address: client.address, failures: 1 },
    ]);
  });

  it('locks an account at the fifth wrong password for 15 minutes, then lets the right password in again', async () => {
    const { app, db } = context();
    const account = await accountOf({ username: 'college2' });
    const client = await new ClientAt(app).open();
    const attempt = (password: string) =>
      client.post('/api/auth/login', { identifier: 'college2', password, captchaId: 'off', captchaAnswer: '0' });

    for (let index = 1; index <= 4; index += 1) {
      expectRefusal(await attempt(`Wrong${index}pass`), 401, 'BAD_CREDENTIALS');
    }
    const fifth = await attempt('Wrong5pass');
    expectRefusal(fifth, 423, 'ACCOUNT_LOCKED');
    expect(fifth.body.message).toMatch(/1[45] 分钟/);

    const rightButLocked = await attempt(DEMO_PASSWORD);
    expectRefusal(rightButLocked, 423, 'ACCOUNT_LOCKED');
    expect(rightButLocked.body.message).toMatch(/\d+ 分钟/);
    expect(client.hasCookie('sid')).toBe(false);

    const lock = await db
      .selectFrom('login_throttle')
      .selectAll()
      .where('subject', '=', `account:${account.id}`)
      .where('address', '=', client.address)
      .executeTakeFirstOrThrow();
    expect(lock.failures).toBe(5);
    const lockedForMs = Date.parse(lock.expires_at) - Date.now();
    expect(lockedForMs).toBeGreaterThan(14 * 60 * 1000);
    expect(lockedForMs).toBeLessThanOrEqual(15 * 60 * 1000);

    await db
      .updateTable('login_throttle')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('subject', '=', lock.subject)
      .where('address', '=', lock.address)
      .execute();
    const afterLock = await attempt(DEMO_PASSWORD);
    expect(afterLock.status, JSON.stringify(afterLock.body)).toBe(200);
    expect(afterLock.body.account.home).toBe('/college');
    // The address starts again; the account-wide count keeps the five wrong ones.
    expect(await throttleOf(account.id)).toEqual([{ address: '*', failures: 5 }]);

    const events = await db
      .selectFrom('audit_event')
      .select(['action', 'actor_account_id'])
      .where('entity_type', '=', 'account')
      .where('entity_id', '=', account.id)
      .orderBy('id')
      .execute();
    const actions = events.map((event) => event.action);
    expect(actions.filter((action) => action === 'account.login_failed')).toHaveLength(4);
    expect(actions.filter((action) => action === 'account.locked')).toHaveLength(1);
    expect(actions.filter((action) => action === 'account.logged_in')).toHaveLength(1);
    expect(actions).toEqual([
      'account.login_failed',
      'account.login_failed',
      'account.login_failed',
      'account.login_failed',
      'account.locked',
      'account.logged_in',
    ]);
    expect(events.every((event) => event.actor_account_id === account.id)).toBe(true);
  });

  it('keeps the audit log append-only: the database refuses to update or delete an event', async () => {
    const { db } = context();
    const before = await db.selectFrom('audit_event').select(['id', 'action']).orderBy('id').execute();
    expect(before.length).toBeGreaterThan(0);
    await expect(sql`update audit_event set action = 'x'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(db.updateTable('audit_event').set({ comment: 'x' }).where('id', '=', before[0]!.id).execute()).rejects.toThrow();
    await expect(sql`delete from audit_event`.execute(db)).rejects.toThrow(/append-only/);
    const after = await db.selectFrom('audit_event').select(['id', 'action']).orderBy('id').execute();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.some((event) => event.action === 'x')).toBe(false);
  });

  it('treats an expired session as logged out', async () => {
    const { app, db } = context();
    const client = await loggedInAt(app, '13800000002');
    expect((await client.get('/api/student/record')).status).toBe(200);
    const me = await client.get('/api/auth/me');
    await db
      .updateTable('session')
      .set({ expires_at: new Date(Date.now() - 60_000).toISOString() })
      .where('account_id', '=', me.body.account.id)
      .execute();
    const refused = await client.get('/api/student/record');
    expectRefusal(refused, 401, 'UNAUTHENTICATED');
    expect(refused.body.message).toMatch(/登录/);
    expect((await client.get('/api/auth/me')).body.account).toBeNull();
  });
});

describeOnDialects(
  'login with the image captcha switched on',
  (context) => {
    let captchaSequence = 0;
    /** A captcha whose answer the test knows: only the hash of the lower-case answer is stored. */
    async function knownCaptcha(answer: string, expiresInMs = 5 * 60 * 1000): Promise<string> {
      captchaSequence += 1;
      const id = `test-captcha-${captchaSequence}`;
      await context()
        .db.insertInto('captcha')
        .values({
          id,
          answer_hash: sha256(answer.toLowerCase()),
          expires_at: new Date(Date.now() + expiresInMs).toISOString(),
          used_at: null,
        })
        .execute();
      return id;
    }
    const loginWith = (client: ClientAt, captchaId: string, captchaAnswer: string, identifier = '13900000001') =>
      client.post('/api/auth/login', { identifier, password: DEMO_PASSWORD, captchaId, captchaAnswer });

    it('issues an SVG captcha, not cached, whose answer is stored only as a hash', async () => {
      const { app, db } = context();
      const response = await new ClientAt(app).get('/api/auth/captcha');
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body.svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
      const row = await db.selectFrom('captcha').selectAll().where('id', '=', response.body.captchaId).executeTakeFirstOrThrow();
      expect(row.answer_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.used_at).toBeNull();
      expect(Date.parse(row.expires_at)).toBeGreaterThan(Date.now());
    });

    it('refuses a wrong answer with 400 CAPTCHA_INVALID before looking at the password', async () => {
      const { app, db } = context();
      const client = await new ClientAt(app).open();
      const captcha = await client.get('/api/auth/captcha');
      const response = await client.post('/api/auth/login', {
        identifier: 'school1',
        password: 'Wrong@2026',
        captchaId: captcha.body.captchaId,
        captchaAnswer: 'zzzzzzz',
      });
      expectRefusal(response, 400, 'CAPTCHA_INVALID', 'captchaAnswer');
      expect(await db.selectFrom('login_throttle').select('subject').where('failures', '>', 0).execute()).toEqual([]);
    });

    it('refuses an unknown captcha id and the tests-only "off" bypass', async () => {
      const client = await new ClientAt(context().app).open();
      expectRefusal(await loginWith(client, 'no-such-captcha', 'abcd'), 400, 'CAPTCHA_INVALID', 'captchaAnswer');
      expectRefusal(await loginWith(client, 'off', '0'), 400, 'CAPTCHA_INVALID');
      expect(client.hasCookie('sid')).toBe(false);
    });

    it('accepts the right answer (case and spaces ignored) exactly once', async () => {
      const { app, db } = context();
      const captchaId = await knownCaptcha('Ab3d');
      const first = await loginWith(await new ClientAt(app).open(), captchaId, ' aB3D ');
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      const row = await db.selectFrom('captcha').select('used_at').where('id', '=', captchaId).executeTakeFirstOrThrow();
      expect(row.used_at).not.toBeNull();

      const second = await loginWith(await new ClientAt(app).open(), captchaId, 'ab3d');
      expectRefusal(second, 400, 'CAPTCHA_INVALID');
    });

    it('uses a captcha up on a wrong answer, so it cannot be guessed twice', async () => {
      const { app } = context();
      const captchaId = await knownCaptcha('wxyz');
      const client = await new ClientAt(app).open();
      expectRefusal(await loginWith(client, captchaId, 'wxya'), 400, 'CAPTCHA_INVALID');
      expectRefusal(await loginWith(client, captchaId, 'wxyz'), 400, 'CAPTCHA_INVALID');
    });

    it('refuses an expired captcha', async () => {
      const captchaId = await knownCaptcha('kmnp', -1000);
      expectRefusal(await loginWith(await new ClientAt(context().app).open(), captchaId, 'kmnp'), 400, 'CAPTCHA_INVALID');
    });

    it('guards the SMS code too: a wrong captcha sends nothing', async () => {
      const { app, db } = context();
      const client = await new ClientAt(app).open();
      const before = await db.selectFrom('outbox').select('id').execute();
      const response = await client.post('/api/auth/sms-code', {
        phone: '13612345678',
        purpose: 'register',
        captchaId: 'no-such-captcha',
        captchaAnswer: 'abcd',
      });
      expectRefusal(response, 400, 'CAPTCHA_INVALID');
      expect(response.body.message).toMatch(CHINESE);
      expect(await db.selectFrom('outbox').select('id').execute()).toHaveLength(before.length);

      const captchaId = await knownCaptcha('qrst');
      const sent = await client.post('/api/auth/sms-code', { phone: '13612345678', purpose: 'register', captchaId, captchaAnswer: 'qrst' });
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      expect(await db.selectFrom('outbox').select('id').where('recipient', '=', '13612345678').execute()).toHaveLength(1);
    });
  },
  { CAPTCHA_MODE: 'on' },
);
