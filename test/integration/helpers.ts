// Shared helpers of the integration suites (not a test file: vitest only collects *.test.ts).
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import { makeIdCard } from '../../src/domain/validators';
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

/** The newest 6-digit code the development mailbox holds for a phone, or undefined. */
export async function latestSmsCode(client: TestClient, phone: string): Promise<string | undefined> {
  const outbox = await client.get('/api/dev/outbox');
  expect(outbox.status).toBe(200);
  const item = (outbox.body.items as { recipient: string; text: string }[]).find((entry) => entry.recipient === phone);
  return item?.text.match(/验证码\s*(\d{6})/)?.[1];
}

/** Asks for an SMS code (captcha off in tests) and reads it from the mailbox. */
export async function requestSmsCode(
  client: TestClient,
  phone: string,
  purpose: 'register' | 'reset_password' | 'recover_username',
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
