import { afterAll, beforeAll, expect, it } from 'vitest';
import { describe, inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { createTestDatabase, testConfig, type TestDatabase } from '../support/database';
import { TestClient } from '../support/app';
import { latestSmsCode } from './helpers';
import { awaitingScan, freshStudent, pngPages, reviewersAt, sendLink, uploadThroughLink } from './offline-helpers';

// The log is the same on both dialects, so it is read on SQLite only (*.sqlite.test.ts: vitest.config.ts).
// The log of a real session: login, the record, a code by SMS, a failed login. No phone number,
// 身份证号, SMS code, cookie or token may appear in it, while the request ids and paths do.
describe('[sqlite] the log keeps personal data out', () => {
  const lines: string[] = [];
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite', inject('template'));
    const config = testConfig(database.config, { DATA_DIR: database.dataDirectory, LOG_LEVEL: 'info' });
    app = await buildApp({ config, database: database.handle, logger: { write: (line) => void lines.push(line) } });
  });
  afterAll(async () => {
    await app.close();
    await database.handle.db.destroy();
    await database.drop();
  });

  it('logs requests with ids and paths but no phone, 身份证号, cookie or token', async () => {
    const client = new TestClient(app);
    await client.login('13800000002');
    await client.get('/api/student/record?phone=13800000002');
    await client.post('/api/auth/sms-code', { phone: '13800000009', purpose: 'register', captchaId: 'off', captchaAnswer: '0' });
    await new TestClient(app).login('13800000002', 'Wrong@2026');
    const account = await database.handle.db
      .selectFrom('account')
      .select('id_number')
      .where('phone', '=', '13800000002')
      .executeTakeFirstOrThrow();
    const log = lines.join('');
    expect(log).toMatch(/"reqId"/);
    expect(log).toMatch(/\/api\/student\/record/);
    const smsCode = await latestSmsCode(client, '13800000009');
    expect(smsCode).toMatch(/^\d{6}$/);
    for (const secret of ['13800000002', '13800000009', account.id_number!, client.csrfToken, smsCode!]) {
      expect(log).not.toContain(secret);
    }
    expect(log).not.toMatch(/sid=/);
  });

  it('logs a return link by its route, never its token', async () => {
    const reviewers = await reviewersAt(app);
    const student = await freshStudent(app, database.handle.db);
    const id = await awaitingScan(app, student.client, reviewers);
    const first = (await sendLink(database.handle.db, student.client, id)).token;
    const second = (await sendLink(database.handle.db, student.client, id)).token;
    lines.length = 0;
    const visitor = await new TestClient(app).open();
    expect((await visitor.get(`/api/public/return/${first}`)).status).toBe(410);
    expect((await visitor.get(`/api/public/return/${second}`)).status).toBe(200);
    expect((await visitor.get(`/api/public/return/${second}/pdf`)).status).toBe(200);
    expect((await visitor.get(`/return/${second}`)).status).not.toBe(500);
    expect((await visitor.get(`/api/public/return/${second}/no-such-page`)).status).toBe(404);
    expect((await uploadThroughLink(visitor, second, pngPages(1))).status).toBe(200);
    const log = lines.join('');
    for (const token of [first, second]) expect(log).not.toContain(token);
    expect(log).toMatch(/\/api\/public\/return\/:token/);
  });
});
