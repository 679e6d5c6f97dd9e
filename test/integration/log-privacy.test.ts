import { afterAll, beforeAll, expect, it } from 'vitest';
import { describe, inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { createTestDatabase, testConfig, type TestDatabase } from '../support/database';
import { TestClient } from '../support/app';

// The log of a real session: login, the record, a code by SMS, a failed login. No phone number,
// 身份证号, cookie or token may appear in it, while the request ids and paths do.
describe('[sqlite] the log keeps personal data out', () => {
  const lines: string[] = [];
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite', { sqlite: inject('sqliteTemplate'), postgres: inject('postgresTemplate') });
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
    expect(log).toMatch(/138\*\*\*\*0009/);
    for (const secret of ['13800000002', '13800000009', account.id_number!, client.csrfToken]) {
      expect(log).not.toContain(secret);
    }
    expect(log).not.toMatch(/sid=/);
  });
});
