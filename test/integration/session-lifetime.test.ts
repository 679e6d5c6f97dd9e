import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import { ClientAt, expectRefusal, latestSessionOf, loggedInAt } from './helpers';

const HOUR_MS = 3600 * 1000;

describeOnDialects('session lifetime and caching of personal answers', (context) => {
  it('ends a session 24 hours after login however active it is (SESSION_MAX_HOURS)', async () => {
    const { app, db } = context();
    const client = await loggedInAt(app, '13800000002');
    const me = await client.get('/api/auth/me');
    const session = await latestSessionOf(db, me.body.account.id);
    // Active a minute ago, so the idle lifetime would keep it for hours more.
    await db
      .updateTable('session')
      .set({
        created_at: new Date(Date.now() - 24 * HOUR_MS - 1000).toISOString(),
        last_seen_at: new Date(Date.now() - 60_000).toISOString(),
        expires_at: new Date(Date.now() + 7 * HOUR_MS).toISOString(),
      })
      .where('id', '=', session.id)
      .execute();
    expectRefusal(await client.get('/api/student/record'), 401, 'UNAUTHENTICATED');
    expect((await client.get('/api/auth/me')).body.account).toBeNull();
  });

  it('never extends the idle expiry past the absolute end', async () => {
    const { app, db } = context();
    const client = await loggedInAt(app, '13800000002');
    const accountId = (await client.get('/api/auth/me')).body.account.id;
    const session = await latestSessionOf(db, accountId);
    const createdAt = Date.now() - 20 * HOUR_MS;
    await db
      .updateTable('session')
      .set({ created_at: new Date(createdAt).toISOString(), last_seen_at: new Date(Date.now() - 5 * 60_000).toISOString() })
      .where('id', '=', session.id)
      .execute();
    expect((await client.get('/api/student/record')).status).toBe(200);
    const extended = await latestSessionOf(db, accountId);
    expect(Date.parse(extended.last_seen_at)).toBeGreaterThan(Date.now() - 60_000);
    expect(Date.parse(extended.expires_at)).toBe(createdAt + 24 * HOUR_MS);
  });

  it('marks every API answer with personal data Cache-Control: no-store, errors included', async () => {
    const { app } = context();
    const client = await loggedInAt(app, '13800000002');
    const anonymous = new ClientAt(app);
    const answers = [
      await client.get('/api/auth/me'),
      await client.get('/api/student/record'),
      await client.get('/api/student/agreements'),
      await client.get('/api/notifications'),
      await anonymous.get('/api/auth/me'),
      await anonymous.get('/api/student/record'),
      await anonymous.post('/api/auth/login', { identifier: 'nobody', password: 'x', captchaId: 'off', captchaAnswer: '0' }),
    ];
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store');
    expect(answers[5]!.status).toBe(401);
  });

  it('leaves the public code tables cacheable', async () => {
    const response = await new ClientAt(context().app).get('/api/codes/ethnicity');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBeUndefined();
  });
});

describeOnDialects(
  'a shorter absolute lifetime than the idle one',
  (context) => {
    it('gives the cookie no longer a life than SESSION_MAX_HOURS', async () => {
      const client = new ClientAt(context().app);
      const login = await client.login('13800000002');
      expect(login.status).toBe(200);
      const cookie = String(login.headers['set-cookie']);
      expect(cookie).toMatch(/Max-Age=3600(;|$)/);
    });
  },
  { SESSION_MAX_HOURS: '1' },
);
