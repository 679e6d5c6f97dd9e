import { expect, it } from 'vitest';
import { describeOnDialects, loggedIn, TestClient } from '../support/app';

describeOnDialects('re-authentication (password again for acts such as 接受)', (context) => {
  const sessionOf = async (accountPhone: string) => {
    const { db } = context();
    return db
      .selectFrom('session')
      .innerJoin('account', 'account.id', 'session.account_id')
      .select(['session.reauthenticated_at'])
      .where('account.phone', '=', accountPhone)
      .orderBy('session.id', 'desc')
      .executeTakeFirstOrThrow();
  };

  it('refuses a wrong password with a Chinese 4xx and records nothing', async () => {
    const client = await loggedIn(context().app, '13800000002');
    const response = await client.post('/api/auth/reauthenticate', { password: 'Wrong@2026' });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'REAUTHENTICATION_FAILED', fields: [{ path: 'password' }] });
    expect(response.body.message).toMatch(/密码错误/);
    expect((await sessionOf('13800000002')).reauthenticated_at).toBeNull();
  });

  it('accepts the right password for five minutes and writes an audit event', async () => {
    const { app, db } = context();
    const client = await loggedIn(app, '13800000002');
    const before = Date.now();
    const response = await client.post('/api/auth/reauthenticate', { password: 'Demo@2026' });
    expect(response.status).toBe(200);
    const until = Date.parse(response.body.reauthenticatedUntil);
    expect(until - before).toBeGreaterThan(4 * 60 * 1000);
    expect(until - before).toBeLessThanOrEqual(5 * 60 * 1000 + 5000);
    expect((await sessionOf('13800000002')).reauthenticated_at).not.toBeNull();
    const events = await db.selectFrom('audit_event').select('action').where('action', '=', 'account.reauthenticated').execute();
    expect(events.length).toBeGreaterThanOrEqual(1);
  });

  it('needs a login', async () => {
    const client = await new TestClient(context().app).open();
    const response = await client.post('/api/auth/reauthenticate', { password: 'Demo@2026' });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });
});

describeOnDialects(
  'production mode',
  (context) => {
    it('has no development mailbox', async () => {
      const client = new TestClient(context().app);
      expect((await client.get('/api/dev/outbox')).status).toBe(404);
      const page = await client.get('/dev/mailbox');
      expect(page.body).not.toMatch(/开发环境发件箱/);
    });
  },
  { NODE_ENV: 'production', CAPTCHA_MODE: 'on', PUBLIC_URL: 'https://dj.example.edu.cn' },
);
