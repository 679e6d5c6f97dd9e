// Shared helpers of the integration suites (not a test file: vitest only collects *.test.ts).
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import { makeIdCard, makeUscc } from '../../src/domain/validators';
import type { Database } from '../../src/server/db/schema';
import { TestClient } from '../support/app';

export const DEMO_PASSWORD = 'Demo@2026';
/** Every error message shown to a user is a Chinese sentence. */
export const CHINESE = /[\u4e00-\u9fa5]/;

let addressCounter = 0;
/**
 * A client address no other test of the file uses. The per-IP rate limits (login 30/min, SMS codes and
 * registration 10/min, captcha 60/min) would otherwise be shared by every request of a file.
 */
export function freshAddress(): string {
  addressCounter += 1;
  return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

/** A TestClient that sends all its requests from one address of its own. */
export class ClientAt extends TestClient {
  readonly address: string;
  constructor(app: FastifyInstance, address = freshAddress()) {
    super(app);
    this.address = address;
  }

  override request(options: InjectOptions & { csrf?: string | null }) {
    return super.request({ remoteAddress: this.address, ...options });
  }
}

/** Logs in from an address of its own; throws unless the login succeeds. */
export async function loggedInAt(app: FastifyInstance, identifier: string, password = DEMO_PASSWORD): Promise<ClientAt> {
  const client = new ClientAt(app);
  const response = await client.login(identifier, password);
  if (response.status !== 200) throw new Error(`login ${identifier} failed: ${JSON.stringify(response.body)}`);
  return client;
}

type Refusal = { status: number; body: any };

/** An error answer: the status, the code, a Chinese message and (optionally) the field it names. */
export function expectRefusal(response: Refusal, status: number, code: string, fieldPath?: string): void {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.code).toBe(code);
  expect(response.body.message).toMatch(CHINESE);
  expect(Array.isArray(response.body.fields)).toBe(true);
  if (fieldPath !== undefined) {
    expect(response.body.fields.map((field: { path: string }) => field.path)).toContain(fieldPath);
    for (const field of response.body.fields) expect(field.message).toMatch(CHINESE);
  }
}

export async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Row counts of the tables a refused request must leave alone. */
export async function snapshotCounts(db: Kysely<Database>) {
  const tables = ['account', 'verification_code', 'outbox', 'session', 'role_grant'] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await countRows(db, table);
  return counts;
}

let phoneCounter = 0;
/** A mainland mobile number no demo account uses (demo phones start 138/139). */
export function newPhone(): string {
  phoneCounter += 1;
  return `136${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}${String(phoneCounter).padStart(4, '0')}`;
}

let idCounter = 0;
/** A checksum-valid 身份证号 born 2001 (no demo student is), so it matches no student record. */
export function newIdNumber(): string {
  idCounter += 1;
  const month = String(1 + (idCounter % 12)).padStart(2, '0');
  const day = String(10 + (idCounter % 18)).padStart(2, '0');
  // The 顺序码 alone keeps the numbers of one file distinct.
  const order = String(idCounter % 1000).padStart(3, '0');
  return makeIdCard(`1101052001${month}${day}${order}`);
}

/** The development mailbox, read from the machine itself (the only place it answers). */
export function readOutbox(client: TestClient) {
  return client.request({ method: 'GET', url: '/api/dev/outbox', remoteAddress: '127.0.0.1' });
}

/** The newest 6-digit code the development mailbox holds for a phone, or undefined. */
export async function latestSmsCode(client: TestClient, phone: string): Promise<string | undefined> {
  const outbox = await readOutbox(client);
  expect(outbox.status).toBe(200);
  const item = (outbox.body.items as { recipient: string; text: string }[]).find((entry) => entry.recipient === phone);
  return item?.text.match(/验证码\s*(\d{6})/)?.[1];
}

/** Asks for an SMS code (captcha off in tests) and reads it from the mailbox. */
export async function requestSmsCode(
  client: TestClient,
  phone: string,
  purpose: 'register' | 'reset_password' | 'recover_username' | 'change_phone',
): Promise<string> {
  const response = await client.post('/api/auth/sms-code', { phone, purpose, captchaId: 'off', captchaAnswer: '0' });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const code = await latestSmsCode(client, phone);
  if (!code) throw new Error(`no SMS code in the mailbox for ${phone}`);
  return code;
}

export type Registration = { phone: string; idNumber: string; realName: string; password: string };

/** The whole 注册 flow from a fresh client: code, register; the client ends logged in. */
export async function registerStudent(
  app: FastifyInstance,
  person: Partial<Registration> = {},
): Promise<{ client: ClientAt; accountId: number; registration: Registration }> {
  const registration: Registration = {
    phone: person.phone ?? newPhone(),
    idNumber: person.idNumber ?? newIdNumber(),
    realName: person.realName ?? '测试学生',
    password: person.password ?? 'Test2027pass',
  };
  const client = await new ClientAt(app).open();
  const code = await requestSmsCode(client, registration.phone, 'register');
  const response = await client.post('/api/auth/register', { ...registration, idType: '1', code });
  if (response.status !== 200) throw new Error(`register failed: ${JSON.stringify(response.body)}`);
  client.csrfToken = response.body.csrfToken;
  return { client, accountId: response.body.account.id, registration };
}

/** The Set-Cookie header lines of a response. */
export function setCookieLines(headers: Record<string, unknown>): string[] {
  const value = headers['set-cookie'];
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

// ---------------------------------------------------------------------------------------------------
// 线上签约 helpers: students, employers, invitations, review and the row counts a refusal must not move.
// ---------------------------------------------------------------------------------------------------

/** 签约信息 + contact of a complete invitation (the same terms as the happy-path suite). */
export const TERMS = {
  positionCategoryCode: '13',
  positionTitle: '软件开发工程师',
  probation: '3个月',
  probationSalary: 8000,
  regularSalary: 10000,
  breachPenalty: 5000,
  reportLocation: '北京市海淀区',
  reportDeadline: '2027-07-15',
  workLocation: '北京市海淀区中关村',
  hukouHandlingCode: '1',
  supplement: '提供住房补贴。',
  contactName: '王经理',
  contactMobile: '13900000001',
  contactEmail: 'hr1@example.com',
  validDays: 5,
};

/** The demo employers' operator logins and names. */
export const EMPLOYERS = {
  first: { phone: '13900000001', name: '示例信息科技有限公司' },
  second: { phone: '13900000002', name: '示例市第一人民医院' },
  third: { phone: '13900000003', name: '示例制造集团股份有限公司' },
} as const;

export type Student = {
  recordId: number;
  accountId: number;
  name: string;
  idNumber: string;
  phone: string;
  collegeId: number;
  collegeName: string;
  educationLevelCode: string;
  majorName: string;
};

/** The demo student 13800000002 (confirmed, 计算机学院, 本科). */
export async function demoStudent(db: Kysely<Database>, phone = '13800000002'): Promise<Student> {
  const row = await db
    .selectFrom('student_record')
    .innerJoin('account', 'account.id', 'student_record.account_id')
    .innerJoin('college', 'college.id', 'student_record.college_id')
    .select([
      'student_record.id as recordId',
      'account.id as accountId',
      'student_record.name',
      'student_record.id_number as idNumber',
      'account.phone',
      'student_record.college_id as collegeId',
      'college.name as collegeName',
      'student_record.education_level_code as educationLevelCode',
      'student_record.major_name as majorName',
    ])
    .where('account.phone', '=', phone)
    .executeTakeFirstOrThrow();
  return { ...row, phone: row.phone! };
}

/**
 * A new confirmed student: an unlinked demo record of the 届别 (optionally of a college / 学历代码) gets a
 * student account (password Demo@2026, the demo hash) and is linked and confirmed, as if the student had
 * registered and pressed 信息确认无误,进入系统. By default of 计算机学院 (college1's college), like the demo
 * student. Call it sequentially: two calls at once could pick one record.
 */
export async function confirmedStudent(
  db: Kysely<Database>,
  filter: { collegeName?: string; educationLevelCode?: string } = {},
): Promise<Student> {
  let query = db
    .selectFrom('student_record')
    .innerJoin('college', 'college.id', 'student_record.college_id')
    .select([
      'student_record.id',
      'student_record.name',
      'student_record.id_number',
      'student_record.college_id',
      'student_record.school_id',
      'student_record.education_level_code',
      'student_record.major_name',
      'college.name as college_name',
    ])
    .where('student_record.account_id', 'is', null)
    .where('student_record.confirmed_at', 'is', null)
    .where('student_record.id_number', 'not in', (eb) =>
      eb.selectFrom('account').select('account.id_number').where('account.id_number', 'is not', null).$narrowType<{ id_number: string }>(),
    );
  query = query.where('college.name', '=', filter.collegeName ?? '计算机学院');
  if (filter.educationLevelCode) query = query.where('student_record.education_level_code', '=', filter.educationLevelCode);
  const record = await query.orderBy('student_record.id').executeTakeFirstOrThrow();
  const { password_hash } = await db
    .selectFrom('account')
    .select('password_hash')
    .where('phone', '=', '13800000002')
    .executeTakeFirstOrThrow();
  const phone = newPhone();
  const now = new Date().toISOString();
  const { id: accountId } = await db
    .insertInto('account')
    .values({
      phone,
      email: null,
      username: null,
      id_type: '1',
      id_number: record.id_number,
      real_name: record.name,
      password_hash,
      status: 'active',
      failed_login_count: 0,
      locked_until: null,
      last_login_at: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('role_grant')
    .values({ account_id: accountId, role: 'student', school_id: null, college_id: null, employer_id: null, created_at: now })
    .execute();
  await db.updateTable('student_record').set({ account_id: accountId, confirmed_at: now }).where('id', '=', record.id).execute();
  return {
    recordId: record.id,
    accountId,
    name: record.name,
    idNumber: record.id_number,
    phone,
    collegeId: record.college_id,
    collegeName: record.college_name,
    educationLevelCode: record.education_level_code,
    majorName: record.major_name,
  };
}

/** 发起签约邀请 with the standard terms, to a student named by 姓名 + 身份证号. */
export function invite(employer: TestClient, student: { name: string; idNumber: string }, overrides: Record<string, unknown> = {}) {
  return employer.post('/api/employer/invitations', {
    ...TERMS,
    studentName: student.name,
    studentIdNumber: student.idNumber,
    ...overrides,
  });
}

/** Invites and returns the new agreement's id; fails the test unless the invitation is accepted (200). */
export async function invited(employer: TestClient, student: { name: string; idNumber: string }, overrides: Record<string, unknown> = {}) {
  const response = await invite(employer, student, overrides);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.agreement.id as number;
}

/** 接受 as the student does it: the password again, then the accept. */
export async function reauthenticateAndAccept(student: TestClient, agreementId: number, password = DEMO_PASSWORD) {
  const again = await student.post('/api/auth/reauthenticate', { password });
  expect(again.status, JSON.stringify(again.body)).toBe(200);
  return student.post(`/api/student/agreements/${agreementId}/accept`);
}

/** An agreement of a new invitation, accepted by the student: it waits at the first review stage. */
export async function acceptedAgreement(employer: TestClient, studentClient: TestClient, student: { name: string; idNumber: string }) {
  const id = await invited(employer, student);
  const accepted = await reauthenticateAndAccept(studentClient, id);
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return id;
}

export function decide(reviewer: TestClient, agreementId: number, result: 'approved' | 'rejected', comment?: string) {
  return reviewer.post(`/api/review/agreements/${agreementId}/decision`, comment === undefined ? { result } : { result, comment });
}

export async function agreementRow(db: Kysely<Database>, id: number) {
  return db.selectFrom('agreement').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Moves an agreement's 应约截止时间 into the past without waiting for it; the sweep has not run yet. */
export async function passDeadline(db: Kysely<Database>, agreementId: number, agoMs = 60_000) {
  await db
    .updateTable('agreement')
    .set({ deadline_at: new Date(Date.now() - agoMs).toISOString() })
    .where('id', '=', agreementId)
    .execute();
}

/** The tables a state change writes to: a refused request must leave every count as it was. */
export async function stateCounts(db: Kysely<Database>) {
  const tables = ['agreement', 'review_step', 'audit_event', 'notification', 'outbox', 'job'] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await countRows(db, table);
  return counts;
}

/** The account's newest session. */
export async function latestSessionOf(db: Kysely<Database>, accountId: number) {
  return db.selectFrom('session').selectAll().where('account_id', '=', accountId).orderBy('id', 'desc').executeTakeFirstOrThrow();
}

/** Notifications of an account, newest first. */
export async function notificationsOf(db: Kysely<Database>, accountId: number) {
  return db.selectFrom('notification').selectAll().where('account_id', '=', accountId).orderBy('id', 'desc').execute();
}

/** The account that acts for an employer (by its operator's phone) and the employer's id. */
export async function employerOf(db: Kysely<Database>, phone: string) {
  return db
    .selectFrom('account')
    .innerJoin('role_grant', 'role_grant.account_id', 'account.id')
    .select(['account.id as accountId', 'role_grant.employer_id as employerId'])
    .where('account.phone', '=', phone)
    .where('role_grant.role', '=', 'employer')
    .executeTakeFirstOrThrow();
}

/** Today's date in China time, 'YYYY-MM-DD'. */
export function chinaToday(offsetDays = 0): string {
  return new Date(Date.now() + 8 * 3600 * 1000 + offsetDays * 24 * 3600 * 1000).toISOString().slice(0, 10);
}


/** Logs a RecordingClient in from an address of its own. */

// --- 单位注册 (multipart) ---------------------------------------------------------------------------

export type FormPart = { name: string; value: string } | { name: string; filename: string; contentType: string; content: Buffer };

/** A multipart/form-data body built by hand, as a browser sends it. */
export function multipartBody(parts: FormPart[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----gdr-test-${Math.random().toString(16).slice(2)}${Date.now()}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ('filename' in part) {
      chunks.push(
        Buffer.from(
          `Content-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.contentType}\r\n\r\n`,
        ),
      );
      chunks.push(part.content);
    } else {
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}`, 'utf8'));
    }
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A small file that starts like a PDF (the store decides the type by its first bytes); unique content. */
export function fakePdf(extra = ''): Buffer {
  return Buffer.from(`%PDF-1.4\n% 营业执照扫描件 ${extra} ${Math.random()}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`, 'utf8');
}

let usccCounter = 0;
/** A 统一社会信用代码 with the right check character that no demo employer uses. */
export function newUscc(): string {
  usccCounter += 1;
  const body = `${Date.now() % 1e6}${usccCounter}${Math.floor(Math.random() * 1e4)}`.padStart(9, '0').slice(-9);
  return makeUscc(`91110108${body}`);
}

/** The `data` field of 单位注册 with valid values; the phone and code come from the caller. */
export function employerData(phone: string, code: string, overrides: Record<string, unknown> = {}) {
  return {
    name: `测试科技有限公司${Math.floor(Math.random() * 1e6)}`,
    uscc: newUscc(),
    natureCode: '39',
    industryCode: '34',
    regionCode: '110108',
    address: '中关村大街 100 号',
    operatorName: '赵经办',
    operatorPhone: phone,
    code,
    password: 'Employer2027',
    contactEmail: 'hr@test-company.example.com',
    ...overrides,
  };
}

/** POSTs 单位注册 with a `data` JSON field and (unless null) a `license` file. */
export function postEmployerRegistration(
  client: TestClient,
  data: unknown,
  license: { content: Buffer; filename?: string; contentType?: string } | null,
) {
  const parts: FormPart[] = [{ name: 'data', value: JSON.stringify(data) }];
  if (license) {
    parts.push({
      name: 'license',
      filename: license.filename ?? 'license.pdf',
      contentType: license.contentType ?? 'application/pdf',
      content: license.content,
    });
  }
  const { payload, headers } = multipartBody(parts);
  return client.request({ method: 'POST', url: '/api/employer/register', payload, headers });
}

/** The whole 单位注册: phone code, form with a license; the client ends logged in as the (pending) employer. */
export async function registerEmployer(app: FastifyInstance, db: Kysely<Database>, overrides: Record<string, unknown> = {}) {
  const client = await new ClientAt(app).open();
  const phone = newPhone();
  const code = await requestSmsCode(client, phone, 'register');
  const data = employerData(phone, code, overrides);
  const license = fakePdf(data.name);
  const response = await postEmployerRegistration(client, data, { content: license });
  if (response.status !== 200) throw new Error(`employer registration failed: ${JSON.stringify(response.body)}`);
  client.csrfToken = response.body.csrfToken;
  const { employerId, accountId } = await employerOf(db, phone);
  return { client, phone, data, license, employerId: employerId!, accountId };
}

/**
 * A student as he really joins: an unlinked record of the 届别 is picked, the person registers with its
 * 姓名 + 身份证号 through the phone-code flow and presses 信息确认无误,进入系统. Returns the logged-in client.
 */
export async function registerAndConfirm(app: FastifyInstance, db: Kysely<Database>, filter: { collegeName?: string } = {}) {
  let query = db
    .selectFrom('student_record')
    .innerJoin('college', 'college.id', 'student_record.college_id')
    .select(['student_record.id', 'student_record.name', 'student_record.id_number'])
    .where('student_record.account_id', 'is', null)
    .where('student_record.id_number', 'not in', (eb) =>
      eb.selectFrom('account').select('account.id_number').where('account.id_number', 'is not', null).$narrowType<{ id_number: string }>(),
    );
  if (filter.collegeName) query = query.where('college.name', '=', filter.collegeName);
  const record = await query.orderBy('student_record.id', 'desc').executeTakeFirstOrThrow();
  const { client, accountId, registration } = await registerStudent(app, { idNumber: record.id_number, realName: record.name });
  const confirmed = await client.post('/api/student/record/confirm');
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  return { client, accountId, phone: registration.phone, password: registration.password, name: record.name, idNumber: record.id_number, recordId: record.id };
}
