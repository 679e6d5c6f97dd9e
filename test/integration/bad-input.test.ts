import fc from 'fast-check';
import { expect, it } from 'vitest';
import { makeIdCard } from '../../src/domain/validators';
import { describeOnDialects } from '../support/app';
import {
  CHINESE,
  ClientAt,
  DEMO_PASSWORD,
  expectRefusal,
  freshAddress,
  newIdNumber,
  newPhone,
  snapshotCounts,
} from './helpers';

describeOnDialects('bad input is refused with a Chinese 4xx that names the field, and changes nothing', (context) => {
  const validLogin = { identifier: '13900000001', password: DEMO_PASSWORD, captchaId: 'off', captchaAnswer: '0' };
  const validRegister = () => ({
    phone: newPhone(),
    code: '123456',
    password: 'Graduate2027',
    realName: '张三',
    idType: '1',
    idNumber: newIdNumber(),
  });

  /** Sends one request from a fresh address and checks that the database did not change. */
  async function refusedWithoutChange(send: (client: ClientAt) => Promise<{ status: number; body: any }>) {
    const { app, db } = context();
    const client = await new ClientAt(app).open();
    const before = await snapshotCounts(db);
    const response = await send(client);
    expect(await snapshotCounts(db)).toEqual(before);
    expect(client.hasCookie('sid')).toBe(false);
    return response;
  }
  const post = (url: string, body: unknown) => refusedWithoutChange((client) => client.post(url, body));
  /** A POST whose body is sent as written, under the given content type. */
  const postRaw = (url: string, payload: string, contentType = 'application/json') =>
    refusedWithoutChange((client) => client.request({ method: 'POST', url, payload, headers: { 'content-type': contentType } }));

  const { identifier: _identifier, ...loginWithoutIdentifier } = validLogin;
  const { password: _password, ...loginWithoutPassword } = validLogin;
  const { captchaAnswer: _captchaAnswer, ...loginWithoutCaptchaAnswer } = validLogin;
  const loginCases: [string, Record<string, unknown>, string][] = [
    ['missing identifier', loginWithoutIdentifier, 'identifier'],
    ['blank identifier', { ...validLogin, identifier: '   ' }, 'identifier'],
    ['missing password', loginWithoutPassword, 'password'],
    ['missing captchaAnswer', loginWithoutCaptchaAnswer, 'captchaAnswer'],
    ['a number as password', { ...validLogin, password: 12345678 }, 'password'],
  ];
  for (const [name, body, field] of loginCases) {
    it(`login: ${name} → 400 INVALID_INPUT naming ${field}`, async () => {
      expectRefusal(await post('/api/auth/login', body), 400, 'INVALID_INPUT', field);
    });
  }

  const validId = makeIdCard('11010519990101123');
  const wrongCheckDigit = validId.slice(0, 17) + (validId[17] === '0' ? '1' : '0');
  const registerCases: [string, Record<string, unknown>, string][] = [
    ['a 5-digit phone', { phone: '12345' }, 'phone'],
    ['a phone starting 2', { phone: '23800000000' }, 'phone'],
    ['a 身份证号 with a wrong check digit', { idNumber: wrongCheckDigit }, 'idNumber'],
    ['a 17-character 身份证号', { idNumber: validId.slice(0, 17) }, 'idNumber'],
    ['a 身份证号 born 1999-02-30', { idNumber: makeIdCard('11010519990230123') }, 'idNumber'],
    ['a malformed email', { email: 'student@@example' }, 'email'],
    ['a letters-only password', { password: 'abcdefgh' }, 'password'],
    ['a digits-only password', { password: '12345678' }, 'password'],
    ['a 2-character password', { password: 'a1' }, 'password'],
    ['no realName', { realName: undefined }, 'realName'],
    ['a blank realName', { realName: '  ' }, 'realName'],
    ['an unknown idType', { idType: '9' }, 'idType'],
    ['a 5-digit code', { code: '12345' }, 'code'],
  ];
  for (const [name, change, field] of registerCases) {
    it(`register: ${name} → 400 INVALID_INPUT naming ${field}`, async () => {
      const response = await post('/api/auth/register', { ...validRegister(), ...change });
      expectRefusal(response, 400, 'INVALID_INPUT', field);
      expect(response.body.fields).toHaveLength(1);
    });
  }

  it('register: the 身份证号 messages say what is wrong', async () => {
    const checkDigit = await post('/api/auth/register', { ...validRegister(), idNumber: wrongCheckDigit });
    expect(checkDigit.body.message).toMatch(/校验位/);
    const birthDate = await post('/api/auth/register', { ...validRegister(), idNumber: makeIdCard('11010519990230123') });
    expect(birthDate.body.message).toMatch(/出生日期/);
    const length = await post('/api/auth/register', { ...validRegister(), idNumber: validId.slice(0, 17) });
    expect(length.body.message).toMatch(/18 位/);
  });

  it('register: several bad fields are all named at once', async () => {
    const response = await post('/api/auth/register', { ...validRegister(), phone: '12345', password: 'a1', realName: '' });
    expectRefusal(response, 400, 'INVALID_INPUT');
    expect(response.body.fields.map((field: { path: string }) => field.path).sort()).toEqual(['password', 'phone', 'realName']);
  });

  it('sms-code: a malformed phone or an unknown purpose → 400 naming the field', async () => {
    for (const phone of ['12345', '2380000000a', '138000000011']) {
      const response = await post('/api/auth/sms-code', { phone, purpose: 'register', captchaId: 'off', captchaAnswer: '0' });
      expectRefusal(response, 400, 'INVALID_INPUT', 'phone');
      expect(response.body.message).toMatch(/手机号/);
    }
    const purpose = await post('/api/auth/sms-code', { phone: newPhone(), purpose: 'spam', captchaId: 'off', captchaAnswer: '0' });
    expectRefusal(purpose, 400, 'INVALID_INPUT', 'purpose');
  });

  it('a body that is not JSON → 400 MALFORMED_BODY', async () => {
    for (const payload of ['{bad', '{"identifier": "13900000001",}', '']) {
      const response = await postRaw('/api/auth/login', payload);
      expectRefusal(response, 400, 'MALFORMED_BODY');
    }
  });

  it('a JSON body with a __proto__ key → 400 MALFORMED_BODY', async () => {
    const response = await postRaw('/api/auth/login', '{"identifier":"13900000001","__proto__":{"admin":true}}');
    expectRefusal(response, 400, 'MALFORMED_BODY');
  });

  it('a JSON array, a string or null as the body → 400 with a Chinese message', async () => {
    for (const payload of ['[]', '["13900000001","Demo@2026"]', '"text"', 'null']) {
      const response = await postRaw('/api/auth/register', payload);
      expect(response.status, payload).toBe(400);
      expect(['INVALID_INPUT', 'MALFORMED_BODY']).toContain(response.body.code);
      expect(response.body.message).toMatch(CHINESE);
    }
  });

  // src/domain/errors.ts documents MALFORMED_BODY as "The request body is not JSON or not an object"; a JSON
  // array gets INVALID_INPUT with zod's generic "无效输入：期望 object，实际接收 数组" instead.
  it('a JSON array as the body is answered MALFORMED_BODY', async () => {
    const response = await postRaw('/api/auth/login', '[1,2]');
    expectRefusal(response, 400, 'MALFORMED_BODY');
  });

  it('an oversized body (> 64 KiB) → 413 BODY_TOO_LARGE', async () => {
    const response = await post('/api/auth/login', { ...validLogin, password: 'a1'.repeat(35_000) });
    expectRefusal(response, 413, 'BODY_TOO_LARGE');
    const register = await post('/api/auth/register', { ...validRegister(), realName: '张'.repeat(30_000) });
    expectRefusal(register, 413, 'BODY_TOO_LARGE');
  });

  it('a text/plain body is refused with a 4xx and a Chinese message', async () => {
    const response = await postRaw('/api/auth/login', JSON.stringify(validLogin), 'text/plain');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body.message).toMatch(CHINESE);
  });

  // Fastify's built-in text/plain parser accepts the body as a string, so the route answers INVALID_INPUT
  // ("无效输入：期望 object，实际接收 string"); the 415 → MALFORMED_BODY branch of src/server/errors.ts is never reached.
  it('a text/plain body → 415 (or 400) MALFORMED_BODY asking for JSON', async () => {
    const response = await postRaw('/api/auth/login', JSON.stringify(validLogin), 'text/plain');
    expect([400, 415]).toContain(response.status);
    expect(response.body.code).toBe('MALFORMED_BODY');
    expect(response.body.message).toMatch(CHINESE);
  });

  it('an unknown content type → 400 MALFORMED_BODY asking for JSON', async () => {
    const response = await postRaw('/api/auth/login', '<x/>', 'application/xml');
    expectRefusal(response, 400, 'MALFORMED_BODY');
    expect(response.body.message).toMatch(/JSON/);
  });

  // PostgreSQL text cannot hold U+0000: the value reaches the query unchecked and the driver error becomes a 500.
  it('a NUL character in the login identifier → 4xx, not 500', async () => {
    const response = await post('/api/auth/login', { ...validLogin, identifier: 'college\u00001' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body.message).toMatch(CHINESE);
  });

  it('a NUL character in a code table parent → 4xx or an empty list, not 500', async () => {
    const response = await new ClientAt(context().app).get('/api/codes/region?parent=44%0000');
    expect(response.status).toBeLessThan(500);
  });

  const anyValue = fc.anything({ maxDepth: 2 });
  const loginLike = fc.oneof(
    fc.dictionary(fc.string(), anyValue, { maxKeys: 6 }),
    fc.record(
      { identifier: anyValue, password: anyValue, captchaId: anyValue, captchaAnswer: anyValue },
      { requiredKeys: [] },
    ),
    fc.record({
      identifier: fc.oneof(fc.string(), fc.constantFrom('13900000003', 'college2', '')),
      password: fc.string({ maxLength: 200 }),
      captchaId: fc.string({ maxLength: 80 }),
      captchaAnswer: fc.string({ maxLength: 12 }),
    }),
  );
  const registerLike = fc.oneof(
    fc.dictionary(fc.string(), anyValue, { maxKeys: 8 }),
    fc.record(
      {
        phone: fc.oneof(anyValue, fc.constantFrom('13612345678', '13800000001')),
        code: fc.oneof(anyValue, fc.stringMatching(/^\d{6}$/)),
        password: anyValue,
        realName: anyValue,
        idType: fc.oneof(anyValue, fc.constantFrom('1', '2', '3', '4')),
        idNumber: fc.oneof(anyValue, fc.constant(newIdNumber())),
        email: anyValue,
      },
      { requiredKeys: [] },
    ),
  );

  for (const [url, arbitrary] of [
    ['/api/auth/login', loginLike],
    ['/api/auth/register', registerLike],
  ] as const) {
    it(`answers 50 random JSON objects posted to ${url} with a 4xx error body, never 5xx`, async () => {
      const { app, db } = context();
      const client = await new ClientAt(app).open();
      const before = await snapshotCounts(db);
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(arbitrary, async (body) => {
          // Each run from its own address, so the per-IP rate limit does not answer for the validator.
          const response = await client.request({ method: 'POST', url, payload: body as object, remoteAddress: freshAddress() });
          statuses.add(response.status);
          expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400);
          expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
          expect(response.body.code).toEqual(expect.any(String));
          expect(response.body.message).toMatch(CHINESE);
        }),
        { numRuns: 50 },
      );
      expect(statuses.has(429)).toBe(false);
      const after = await snapshotCounts(db);
      expect(after.account).toBe(before.account);
      expect(after.session).toBe(before.session);
    });
  }
});
