import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { makeUscc } from '../../src/domain/validators';
import { describeOnDialects } from '../support/app';
import {
  CHINESE,
  ClientAt,
  confirmedStudent,
  countRows,
  employerData,
  expectRefusal,
  fakePdf,
  invite,
  loggedInAt,
  multipartBody,
  newPhone,
  newUscc,
  notificationsOf,
  postEmployerRegistration,
  registerEmployer,
  requestSmsCode,
} from './helpers';

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
/** A PNG signature and a little more: the store decides the type by these bytes. */
const fakePng = () =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(`IHDR ${Math.random()}`)]);

describeOnDialects('单位注册 and 资质认证', (context) => {
  /** Every file the app's store holds on disk (DATA_DIR/files). */
  const filesOnDisk = (): string[] => {
    const root = path.join(context().app.config.dataDirectory, 'files');
    if (!fs.existsSync(root)) return [];
    return (fs.readdirSync(root, { recursive: true }) as string[])
      .filter((entry) => fs.statSync(path.join(root, entry)).isFile())
      .sort();
  };
  /** The rows a registration writes; a refused one must leave every count as it was. */
  const registrationCounts = async () => {
    const { db } = context();
    const tables = [
      'account',
      'employer',
      'role_grant',
      'stored_file',
      'session',
      'audit_event',
      'notification',
    ] as const;
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = await countRows(db, table);
    return counts;
  };
  const storedFileOf = (fileId: number | null) =>
    context().db.selectFrom('stored_file').selectAll().where('id', '=', fileId!).executeTakeFirstOrThrow();
  const verificationStatusOf = async (employerId: number) =>
    (
      await context()
        .db.selectFrom('employer')
        .select('verification_status')
        .where('id', '=', employerId)
        .executeTakeFirstOrThrow()
    ).verification_status;
  /** A fresh client with a phone code for a new phone, as the form has it before 提交. */
  const withCode = async () => {
    const client = await new ClientAt(context().app).open();
    const phone = newPhone();
    const code = await requestSmsCode(client, phone, 'register');
    return { client, phone, code };
  };
  const demoUscc = () => makeUscc('91110108MA01A2B3C');

  it('registers an employer with a phone code: logged in, 待认证, the 营业执照 stored by content', async () => {
    const { app, db } = context();
    const { client, phone, code } = await withCode();
    const data = employerData(phone, code, { uscc: newUscc().toLowerCase() });
    const license = fakePdf('registration');
    const before = await registrationCounts();

    const response = await postEmployerRegistration(client, data, { content: license, filename: '营业执照.pdf' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.account).toMatchObject({ realName: data.operatorName, roles: ['employer'] });
    expect(typeof response.body.csrfToken).toBe('string');
    client.csrfToken = response.body.csrfToken;

    const profile = await client.get('/api/employer/profile');
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({
      name: data.name,
      uscc: data.uscc.toUpperCase(),
      natureCode: '39',
      industryCode: '34',
      regionCode: '110108',
      contactName: data.operatorName,
      contactMobile: phone,
      verificationStatus: 'pending',
      verificationComment: null,
      hasLicense: true,
    });
    expect(profile.body.regionName).toContain('海淀');

    const employer = await db
      .selectFrom('employer')
      .selectAll()
      .where('uscc', '=', data.uscc.toUpperCase())
      .executeTakeFirstOrThrow();
    const stored = await storedFileOf(employer.license_file_id);
    expect(stored).toMatchObject({ sha256: sha256(license), size: license.length, media_type: 'application/pdf' });
    const onDisk = path.join(
      app.config.dataDirectory,
      'files',
      stored.sha256.slice(0, 2),
      stored.sha256.slice(2, 4),
      stored.sha256,
    );
    expect(fs.readFileSync(onDisk).equals(license)).toBe(true);
    expect(app.files.read(stored.sha256).equals(license)).toBe(true);

    const account = await db.selectFrom('account').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    expect(account.password_hash).toMatch(/^\$argon2id\$/);
    const grants = await db.selectFrom('role_grant').selectAll().where('account_id', '=', account.id).execute();
    expect(grants).toEqual([expect.objectContaining({ role: 'employer', employer_id: employer.id })]);
    const after = await registrationCounts();
    expect(after.account).toBe(before.account! + 1);
    expect(after.employer).toBe(before.employer! + 1);
    expect(after.stored_file).toBe(before.stored_file! + 1);
    const event = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'employer.registered')
      .where('entity_id', '=', employer.id)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ entity_type: 'employer', to_status: 'pending', actor_account_id: account.id });
    const admin = await db.selectFrom('account').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
    expect((await notificationsOf(db, admin.id)).some((message) => message.body.includes(data.name))).toBe(true);
    const codes = await db.selectFrom('verification_code').select('consumed_at').where('phone', '=', phone).execute();
    expect(codes.every((row) => row.consumed_at !== null)).toBe(true);

    // The operator logs in with his phone and password.
    const login = await new ClientAt(app).login(phone, data.password);
    expect(login.status).toBe(200);
    expect(login.body.account.roles).toEqual(['employer']);
  });

  it('takes a PNG or JPEG scan as well, typed by its bytes', async () => {
    const { db } = context();
    for (const [content, type] of [
      [fakePng(), 'image/png'],
      [Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`JFIF ${Math.random()}`)]), 'image/jpeg'],
    ] as const) {
      const { client, phone, code } = await withCode();
      const data = employerData(phone, code);
      // The name and the declared type are not trusted: the bytes decide.
      const response = await postEmployerRegistration(client, data, {
        content,
        filename: 'scan.pdf',
        contentType: 'application/pdf',
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const employer = await db
        .selectFrom('employer')
        .select('license_file_id')
        .where('uscc', '=', data.uscc)
        .executeTakeFirstOrThrow();
      const stored = await storedFileOf(employer.license_file_id);
      expect(stored.media_type).toBe(type);
      expect(stored.sha256).toBe(sha256(content));
    }
  });

  it.each([
    [
      'a 统一社会信用代码 with a wrong check character',
      'uscc',
      (data: Record<string, unknown>) => {
        const valid = String(data.uscc);
        const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
        return { data: { ...data, uscc: wrong }, license: { content: fakePdf() } };
      },
      /校验位/,
    ],
    [
      'a 统一社会信用代码 containing I',
      'uscc',
      (data: Record<string, unknown>) => {
        const valid = String(data.uscc);
        return { data: { ...data, uscc: `${valid.slice(0, 10)}I${valid.slice(11)}` }, license: { content: fakePdf() } };
      },
      /I、O、S、V、Z/,
    ],
    ['no 营业执照', 'license', (data: Record<string, unknown>) => ({ data, license: null }), /营业执照/],
    [
      'a text file renamed to .pdf',
      'license',
      (data: Record<string, unknown>) => ({
        data,
        license: { content: Buffer.from('notapdf'), filename: 'license.pdf', contentType: 'application/pdf' },
      }),
      /营业执照.*PDF/,
    ],
    [
      'an empty file',
      'license',
      (data: Record<string, unknown>) => ({ data, license: { content: Buffer.alloc(0) } }),
      /空文件/,
    ],
    [
      'an unknown region code',
      'regionCode',
      (data: Record<string, unknown>) => ({ data: { ...data, regionCode: '999999' }, license: { content: fakePdf() } }),
      /省市区/,
    ],
    [
      'a region code of the wrong shape',
      'regionCode',
      (data: Record<string, unknown>) => ({ data: { ...data, regionCode: '1101' }, license: { content: fakePdf() } }),
      /省市区/,
    ],
    [
      'a 单位性质 not in the code table',
      'natureCode',
      (data: Record<string, unknown>) => ({ data: { ...data, natureCode: '00' }, license: { content: fakePdf() } }),
      /单位性质/,
    ],
    [
      'a weak password',
      'password',
      (data: Record<string, unknown>) => ({ data: { ...data, password: 'short' }, license: { content: fakePdf() } }),
      /密码/,
    ],
    [
      'a 统一社会信用代码 already registered',
      'uscc',
      (data: Record<string, unknown>) => ({ data: { ...data, uscc: demoUscc() }, license: { content: fakePdf() } }),
      /已注册/,
    ],
  ])('refuses %s with 400 naming %s and writes nothing, not even the file', async (_label, field, build, message) => {
    const { client, phone, code } = await withCode();
    const attempt = build(employerData(phone, code));
    const files = filesOnDisk();
    const before = await registrationCounts();
    const response = await postEmployerRegistration(client, attempt.data, attempt.license);
    expectRefusal(response, 400, 'INVALID_INPUT', field);
    expect(response.body.message).toMatch(message);
    expect(await registrationCounts()).toEqual(before);
    expect(filesOnDisk()).toEqual(files);
    expect(await countRows(context().db, 'account')).toBe(before.account);
  });

  it('refuses a license over 10 MB (4xx in Chinese) and writes nothing', async () => {
    const { client, phone, code } = await withCode();
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024, 0x20)]);
    const files = filesOnDisk();
    const before = await registrationCounts();
    const response = await postEmployerRegistration(client, employerData(phone, code), { content: big });
    expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(['BODY_TOO_LARGE', 'INVALID_INPUT']).toContain(response.body.code);
    expect(response.body.message).toMatch(CHINESE);
    expect(await registrationCounts()).toEqual(before);
    expect(filesOnDisk()).toEqual(files);
  });

  // readMultipartForm (src/server/routes/multipart.ts) means to answer a file over 10 MB with
  // "营业执照超过 10 MB,请压缩后重新上传" naming the field, but part.toBuffer() throws @fastify/multipart's
  // RequestFileTooLargeError first (throwFileSizeLimit defaults to true), so the `part.file.truncated` branch
  // is dead and the person gets the generic 413 "提交的内容过大" that names no field (DOMAIN §13).
  it('names the license field when the scan is just over 10 MB', async () => {
    const { client, phone, code } = await withCode();
    const over = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    const before = await registrationCounts();
    const response = await postEmployerRegistration(client, employerData(phone, code), { content: over });
    expectRefusal(response, 400, 'INVALID_INPUT', 'license');
    expect(response.body.message).toMatch(/营业执照.*10 MB/);
    expect(await registrationCounts()).toEqual(before);
  });

  it('refuses a wrong phone code, a form that is not JSON and a request that is not multipart', async () => {
    const { client, phone, code } = await withCode();
    const before = await registrationCounts();
    const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expectRefusal(
      await postEmployerRegistration(client, employerData(phone, wrongCode), { content: fakePdf() }),
      400,
      'VERIFICATION_CODE_INVALID',
      'code',
    );
    const form = multipartBody([
      { name: 'data', value: '{not json' },
      { name: 'license', filename: 'license.pdf', contentType: 'application/pdf', content: fakePdf() },
    ]);
    expectRefusal(
      await client.request({ method: 'POST', url: '/api/employer/register', ...form }),
      400,
      'MALFORMED_BODY',
    );
    // A JSON string instead of an object: the schema refuses it.
    expectRefusal(
      await postEmployerRegistration(client, 'not an object', { content: fakePdf() }),
      400,
      'INVALID_INPUT',
    );
    expectRefusal(await client.post('/api/employer/register', employerData(phone, code)), 400, 'MALFORMED_BODY');
    expect(await registrationCounts()).toEqual(before);
  });

  it('a refusal leaves nothing half-written: the same phone and code then register fine', async () => {
    const { db } = context();
    const { client, phone, code } = await withCode();
    const duplicate = await postEmployerRegistration(client, employerData(phone, code, { uscc: demoUscc() }), {
      content: fakePdf(),
    });
    expectRefusal(duplicate, 400, 'INVALID_INPUT', 'uscc');
    const renamed = await postEmployerRegistration(client, employerData(phone, code), {
      content: Buffer.from('notapdf'),
    });
    expectRefusal(renamed, 400, 'INVALID_INPUT', 'license');
    expect(await db.selectFrom('account').select('id').where('phone', '=', phone).execute()).toEqual([]);
    const data = employerData(phone, code);
    const registered = await postEmployerRegistration(client, data, { content: fakePdf() });
    expect(registered.status, JSON.stringify(registered.body)).toBe(200);
    expect(await db.selectFrom('employer').select('uscc').where('contact_mobile', '=', phone).execute()).toEqual([
      { uscc: data.uscc },
    ]);
  });

  it("the platform admin's queue: the pending employer, its license scan, 通过 once, then it can invite", async () => {
    const { app, db } = context();
    const employer = await registerEmployer(app, db);
    const admin = await loggedInAt(app, 'admin');

    const queue = await admin.get('/api/platform/employers');
    expect(queue.status).toBe(200);
    const listed = queue.body.items.find((item: { id: number }) => item.id === employer.employerId);
    expect(listed).toMatchObject({ name: employer.data.name, verificationStatus: 'pending', hasLicense: true });
    for (const item of queue.body.items) expect(item.verificationStatus).toBe('pending');
    const all = await admin.get('/api/platform/employers?status=all');
    expect(all.body.items.map((item: { name: string }) => item.name)).toEqual(
      expect.arrayContaining(['示例信息科技有限公司', employer.data.name]),
    );

    const license = await admin.download(`/api/platform/employers/${employer.employerId}/license`);
    expect(license.status).toBe(200);
    expect(license.headers['content-type']).toBe('application/pdf');
    expect(license.headers['x-content-type-options']).toBe('nosniff');
    expect(String(license.headers['content-disposition'])).toMatch(/^inline;/);
    expect(license.bytes.equals(employer.license)).toBe(true);

    // Not yet verified: no invitations.
    const student = await confirmedStudent(db);
    expectRefusal(await invite(employer.client, student, { contactMobile: employer.phone }), 403, 'FORBIDDEN');

    const approved = await admin.post(`/api/platform/employers/${employer.employerId}/verification`, {
      result: 'approved',
      comment: '资质齐全',
    });
    expect(approved.status).toBe(200);
    const row = await db
      .selectFrom('employer')
      .selectAll()
      .where('id', '=', employer.employerId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ verification_status: 'verified', verification_comment: '资质齐全' });
    expect(row.verified_at).not.toBeNull();
    expect((await employer.client.get('/api/employer/profile')).body.verificationStatus).toBe('verified');
    const [message] = await notificationsOf(db, employer.accountId);
    expect(message).toMatchObject({ title: '单位资质认证已通过' });
    const event = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('entity_type', '=', 'employer')
      .where('entity_id', '=', employer.employerId)
      .where('action', '=', 'employer.verified')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_role: 'platform_admin', from_status: 'pending', to_status: 'verified' });
    expect(
      (await admin.get('/api/platform/employers')).body.items.map((item: { id: number }) => item.id),
    ).not.toContain(employer.employerId);

    // Deciding twice → 409, nothing changes.
    const before = await registrationCounts();
    const again = await admin.post(`/api/platform/employers/${employer.employerId}/verification`, {
      result: 'approved',
    });
    expectRefusal(again, 409, 'STALE_STATE');
    expectRefusal(
      await admin.post(`/api/platform/employers/${employer.employerId}/verification`, {
        result: 'rejected',
        comment: '改主意了',
      }),
      409,
      'STALE_STATE',
    );
    expect(await registrationCounts()).toEqual(before);
    expect(await verificationStatusOf(employer.employerId)).toBe('verified');

    // Verified: it invites.
    const invitation = await invite(employer.client, student, { contactMobile: employer.phone });
    expect(invitation.status, JSON.stringify(invitation.body)).toBe(200);
    expect(invitation.body.agreement.employer).toMatchObject({ name: employer.data.name, uscc: employer.data.uscc });
  });

  it('不通过 needs a reason; the employer sees it and stays unable to invite', async () => {
    const { app, db } = context();
    const employer = await registerEmployer(app, db);
    const admin = await loggedInAt(app, 'admin');
    const before = await registrationCounts();
    expectRefusal(
      await admin.post(`/api/platform/employers/${employer.employerId}/verification`, { result: 'rejected' }),
      400,
      'INVALID_INPUT',
      'comment',
    );
    expectRefusal(
      await admin.post(`/api/platform/employers/${employer.employerId}/verification`, {
        result: 'rejected',
        comment: '  ',
      }),
      400,
      'INVALID_INPUT',
      'comment',
    );
    expectRefusal(
      await admin.post(`/api/platform/employers/${employer.employerId}/verification`, { result: 'maybe' }),
      400,
      'INVALID_INPUT',
      'result',
    );
    expect(await registrationCounts()).toEqual(before);

    const reason = '营业执照扫描件不清晰,请重新上传';
    expect(
      (
        await admin.post(`/api/platform/employers/${employer.employerId}/verification`, {
          result: 'rejected',
          comment: reason,
        })
      ).status,
    ).toBe(200);
    const profile = await employer.client.get('/api/employer/profile');
    expect(profile.body).toMatchObject({ verificationStatus: 'rejected', verificationComment: reason });
    const [message] = await notificationsOf(db, employer.accountId);
    expect(message!.title).toBe('单位资质认证未通过');
    expect(message!.body).toContain(reason);
    expectRefusal(
      await invite(employer.client, await confirmedStudent(db), { contactMobile: employer.phone }),
      403,
      'FORBIDDEN',
    );
    expectRefusal(
      await admin.post(`/api/platform/employers/${employer.employerId}/verification`, { result: 'approved' }),
      409,
      'STALE_STATE',
    );
  });

  it('only the platform admin sees the queue, the scans and decides (403 for everyone else)', async () => {
    const { app, db } = context();
    const employer = await registerEmployer(app, db);
    const others = [
      employer.client,
      await loggedInAt(app, '13900000001'),
      await loggedInAt(app, 'school1'),
      await loggedInAt(app, 'college1'),
      await loggedInAt(app, '13800000002'),
    ];
    const before = await registrationCounts();
    for (const client of others) {
      expectRefusal(await client.get('/api/platform/employers'), 403, 'FORBIDDEN');
      expectRefusal(await client.get(`/api/platform/employers/${employer.employerId}/license`), 403, 'FORBIDDEN');
      expectRefusal(
        await client.post(`/api/platform/employers/${employer.employerId}/verification`, { result: 'approved' }),
        403,
        'FORBIDDEN',
      );
    }
    const anonymous = await new ClientAt(app).open();
    expectRefusal(await anonymous.get('/api/platform/employers'), 401, 'UNAUTHENTICATED');
    expect(await registrationCounts()).toEqual(before);
    expect(await verificationStatusOf(employer.employerId)).toBe('pending');

    const admin = await loggedInAt(app, 'admin');
    expectRefusal(await admin.get('/api/platform/employers/99999999/license'), 404, 'NOT_FOUND');
    expectRefusal(
      await admin.post('/api/platform/employers/99999999/verification', { result: 'approved' }),
      404,
      'NOT_FOUND',
    );
  });
});
