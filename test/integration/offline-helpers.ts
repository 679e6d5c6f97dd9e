// Helpers of the 线下签约 / 纸质三方 suites (offline-*.test.ts). Not a test file: vitest only collects *.test.ts.
// The form and the page builders repeat those of offline-signing.test.ts on purpose: importing a test
// file would register its suites a second time inside the importing file.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../../src/server/db/schema';
import type { TestClient } from '../support/app';
import {
  CHINESE,
  ClientAt,
  DEMO_PASSWORD,
  countRows,
  loggedInAt,
  multipartBody,
  registerStudent,
  TERMS,
} from './helpers';

type Db = Kysely<Database>;

/** A complete 申请签约 form (线下签约), every required (*) field filled. */
export const OFFLINE_FORM = {
  employerName: '北京某某咨询有限公司',
  employerUscc: '91110108MA01A2B3CF',
  employerNatureCode: '39',
  employerIndustryCode: '37',
  employerRegionCode: '110108',
  employerAddress: '海淀区知春路 1 号',
  positionCategoryCode: '21',
  positionTitle: '咨询顾问',
  hukouHandlingCode: '3',
  contactName: '李经理',
  contactMobile: '13912345678',
  contactEmail: 'hr@consulting.example.com',
};

/** The required (*) fields of the 申请签约 form other than 单位名称 (DOMAIN §4.2). */
export const REQUIRED_AFTER_NAME = [
  'employerUscc',
  'employerNatureCode',
  'employerIndustryCode',
  'employerRegionCode',
  'employerAddress',
  'positionCategoryCode',
  'positionTitle',
  'contactName',
  'contactMobile',
  'contactEmail',
  'hukouHandlingCode',
] as const;

export const PAPER_NUMBER = 'BJ2027-000123';

/** 发起签约邀请 by a (logged-in, verified) employer to a student by 姓名 + 身份证号; returns the invitation's id. */
export async function invitation(employer: TestClient, student: { name: string; idNumber: string }) {
  const response = await employer.post('/api/employer/invitations', {
    ...TERMS,
    studentName: student.name,
    studentIdNumber: student.idNumber,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.agreement.id as number;
}

/** A tiny real PNG (1×1 header), different each call so stored files don't coincide. */
export function scanPng(seed: unknown = Math.random()): Buffer {
  const header = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
  return Buffer.concat([header, Buffer.from(`tEXt${String(seed)}${Math.random()}`)]);
}

/** Bytes that start like a PDF; unique content. */
export function scanPdf(seed: unknown = Math.random()): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% sealed scan ${String(seed)} ${Math.random()}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`,
  );
}

/** The bad files of the issue: each must be refused before anything is stored. */
export const BAD_FILES = {
  /** Named .pdf and sent as application/pdf, but plain text. */
  textAsPdf: () => ({
    filename: '协议书.pdf',
    contentType: 'application/pdf',
    content: Buffer.from(`这不是 PDF,只是一段文字 ${Math.random()}\n`),
  }),
  /** A Windows executable renamed .jpg. */
  exeAsJpg: () => ({
    filename: 'scan.jpg',
    contentType: 'image/jpeg',
    content: Buffer.concat([
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'),
      Buffer.from(`${Math.random()}`),
    ]),
  }),
  /** A Linux executable renamed .jpg. */
  elfAsJpg: () => ({
    filename: 'page.jpg',
    contentType: 'image/jpeg',
    content: Buffer.concat([
      Buffer.from('\x7fELF\x02\x01\x01\x00', 'latin1'),
      Buffer.alloc(64, 0),
      Buffer.from(`${Math.random()}`),
    ]),
  }),
  /** A zero-byte file. */
  empty: () => ({ filename: 'empty.png', contentType: 'image/png', content: Buffer.alloc(0) }),
  /** A real PNG header followed by 11 MB: over the 10 MB limit. */
  oversized: () => ({
    filename: 'huge.png',
    contentType: 'image/png',
    content: Buffer.concat([scanPng(), Buffer.alloc(11 * 1024 * 1024, 0x20)]),
  }),
};

export type FilePart = { filename: string; contentType: string; content: Buffer };
type Part = { name: string; value: string } | ({ name: string } & FilePart);

/** PNG pages as FileParts named page-N.png. */
export function pngPages(count: number): FilePart[] {
  return Array.from({ length: count }, (_, index) => ({
    filename: `page-${index + 1}.png`,
    contentType: 'image/png',
    content: scanPng(index),
  }));
}

/** POSTs files in `field` (plus an optional JSON `data` field). */
export function postFiles(client: TestClient, url: string, field: string, files: FilePart[], data?: unknown) {
  const parts: Part[] = [];
  if (data !== undefined) parts.push({ name: 'data', value: JSON.stringify(data) });
  for (const file of files) parts.push({ name: field, ...file });
  const { payload, headers } = multipartBody(parts);
  return client.request({ method: 'POST', url, payload, headers });
}

/** 本人回传协议书. */
export function uploadOwnScan(client: TestClient, agreementId: number, files: FilePart[]) {
  return postFiles(client, `/api/student/agreements/${agreementId}/scan`, 'pages', files, {});
}

/** The employer's upload through a return link. */
export function uploadThroughLink(client: TestClient, token: string, files: FilePart[]) {
  return postFiles(client, `/api/public/return/${token}/scan`, 'pages', files, {});
}

/** 纸质协议书登记: the form (with the paper number) and its scans. */
export function submitPaper(
  client: TestClient,
  files: FilePart[],
  data: Record<string, unknown> = { ...OFFLINE_FORM, paperAgreementNumber: PAPER_NUMBER },
) {
  return postFiles(client, '/api/student/agreements/paper', 'scans', files, data);
}

export function submitOffline(client: TestClient, overrides: Record<string, unknown> = {}) {
  return client.post('/api/student/agreements/offline', { ...OFFLINE_FORM, ...overrides });
}

export function decide(
  reviewer: TestClient,
  agreementId: number,
  result: 'approved' | 'returned' | 'rejected',
  comment?: string,
) {
  return reviewer.post(
    `/api/review/agreements/${agreementId}/decision`,
    comment === undefined ? { result } : { result, comment },
  );
}

/** A decision that must succeed; returns the agreement's new status. */
export async function decided(
  reviewer: TestClient,
  agreementId: number,
  result: 'approved' | 'returned' | 'rejected',
  comment?: string,
) {
  const response = await decide(reviewer, agreementId, result, comment);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.agreement.status as string;
}

// --- people ----------------------------------------------------------------------------------------

export type FreshStudent = {
  client: ClientAt;
  accountId: number;
  recordId: number;
  name: string;
  idNumber: string;
  phone: string;
  password: string;
};

/**
 * A new graduate as he really joins: an unlinked record of 计算机学院 (college1's) is picked, the person
 * registers with its 姓名 + 身份证号 through the phone-code flow and presses 信息确认无误,进入系统.
 * Call sequentially: two calls at once could pick one record.
 */
export async function freshStudent(app: FastifyInstance, db: Db, collegeName = '计算机学院'): Promise<FreshStudent> {
  const record = await db
    .selectFrom('student_record')
    .innerJoin('college', 'college.id', 'student_record.college_id')
    .select(['student_record.id', 'student_record.name', 'student_record.id_number'])
    .where('student_record.account_id', 'is', null)
    .where('college.name', '=', collegeName)
    .where('student_record.id_number', 'not in', (eb) =>
      eb
        .selectFrom('account')
        .select('account.id_number')
        .where('account.id_number', 'is not', null)
        .$narrowType<{ id_number: string }>(),
    )
    .orderBy('student_record.id', 'desc')
    .executeTakeFirstOrThrow();
  const { client, accountId, registration } = await registerStudent(app, {
    idNumber: record.id_number,
    realName: record.name,
  });
  const confirmed = await client.post('/api/student/record/confirm');
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  return {
    client,
    accountId,
    recordId: record.id,
    name: record.name,
    idNumber: record.id_number,
    phone: registration.phone,
    password: registration.password,
  };
}

export async function bytesClient(
  app: FastifyInstance,
  identifier?: string,
  password = DEMO_PASSWORD,
): Promise<ClientAt> {
  const client = new ClientAt(app);
  if (identifier === undefined) return client.open();
  const response = await client.login(identifier, password);
  if (response.status !== 200) throw new Error(`login ${identifier} failed: ${JSON.stringify(response.body)}`);
  return client;
}

// --- flows -----------------------------------------------------------------------------------------

export type Reviewers = { college: TestClient; school: TestClient };

/** The demo reviewers of 计算机学院 and the school. */
export async function reviewersAt(app: FastifyInstance): Promise<Reviewers> {
  return { college: await loggedInAt(app, 'college1'), school: await loggedInAt(app, 'school1') };
}

/** Submits the form and has it approved by 院系 and 学校: 就业协议审核通过, waiting for the sealed scan. */
export async function awaitingScan(
  app: FastifyInstance,
  student: TestClient,
  reviewers: Reviewers,
  overrides: Record<string, unknown> = {},
) {
  const submitted = await submitOffline(student, overrides);
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  const id = submitted.body.agreement.id as number;
  expect(await decided(reviewers.college, id, 'approved')).toBe('school_review');
  expect(await decided(reviewers.school, id, 'approved')).toBe('awaiting_scan');
  await app.jobs.runDue({ sweep: true });
  return id;
}

/** The newest 用人单位协助回传协议书 message in the outbox. */
export async function latestReturnLinkMessage(db: Db) {
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('template', '=', 'return_link')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
}

/** 用人单位协助回传协议书: sends the link and reads the token from the message in the outbox. */
export async function sendLink(db: Db, student: TestClient, agreementId: number, channel: 'email' | 'sms' = 'email') {
  const sent = await student.post(`/api/student/agreements/${agreementId}/return-links`, { channel });
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  const message = await latestReturnLinkMessage(db);
  const payload = JSON.parse(message.payload) as { subject?: string; text: string };
  const token = /\/return\/([\w-]+)/.exec(payload.text)?.[1];
  if (!token) throw new Error(`no return link in ${payload.text}`);
  return {
    token,
    message,
    payload,
    items: sent.body.items as { id: number; state: string; channel: string; recipientMasked: string }[],
  };
}

export async function agreementRow(db: Db, id: number) {
  return db.selectFrom('agreement').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function auditOf(db: Db, agreementId: number) {
  return db
    .selectFrom('audit_event')
    .selectAll()
    .where('entity_type', '=', 'agreement')
    .where('entity_id', '=', agreementId)
    .orderBy('id')
    .execute();
}

export function sha256Hex(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

// --- "nothing was stored" --------------------------------------------------------------------------

/** Tables a refused request must leave exactly as they were. */
export const WATCHED_TABLES = [
  'agreement',
  'agreement_file',
  'stored_file',
  'agreement_draft',
  'return_link',
  'audit_event',
  'review_step',
  'notification',
  'outbox',
] as const;

/** Every file under a directory, as paths relative to it (temporary files included). */
export function filesUnder(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(path.relative(root, full));
    }
  };
  walk(root);
  return found.sort();
}

export type StorageSnapshot = {
  counts: Record<string, number>;
  rows: { agreement: string; agreement_draft: string; return_link: string; agreement_file: string };
  files: string[];
};

async function rowsOf(
  db: Db,
  table: 'agreement' | 'agreement_draft' | 'return_link' | 'agreement_file',
): Promise<string> {
  return JSON.stringify(await db.selectFrom(table).selectAll().orderBy('id').execute());
}

export async function storageSnapshot(app: FastifyInstance, db: Db): Promise<StorageSnapshot> {
  const counts: Record<string, number> = {};
  for (const table of WATCHED_TABLES) counts[table] = await countRows(db, table);
  return {
    counts,
    rows: {
      agreement: await rowsOf(db, 'agreement'),
      agreement_draft: await rowsOf(db, 'agreement_draft'),
      return_link: await rowsOf(db, 'return_link'),
      agreement_file: await rowsOf(db, 'agreement_file'),
    },
    files: filesUnder(app.config.fileDirectory),
  };
}

/**
 * Nothing was stored or half-written: every watched count and row as before, and no new file under the
 * file directory — except, with `leftovers`, complete content-addressed files that no stored_file row
 * names (bytes written before a transaction that then rolled back; the cleanup job removes them).
 */
export async function expectNothingStored(
  app: FastifyInstance,
  db: Db,
  before: StorageSnapshot,
  options: { leftovers?: boolean } = {},
): Promise<void> {
  const after = await storageSnapshot(app, db);
  expect(after.counts).toEqual(before.counts);
  expect(after.rows.agreement).toBe(before.rows.agreement);
  expect(after.rows.agreement_draft).toBe(before.rows.agreement_draft);
  expect(after.rows.return_link).toBe(before.rows.return_link);
  expect(after.rows.agreement_file).toBe(before.rows.agreement_file);
  const added = after.files.filter((file) => !before.files.includes(file));
  if (!options.leftovers) {
    expect(added).toEqual([]);
    return;
  }
  for (const file of added) {
    const name = path.basename(file);
    expect(name, `temporary file ${file} left behind`).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256Hex(fs.readFileSync(path.join(app.config.fileDirectory, file))), `${file} is not complete`).toBe(name);
    const row = await db.selectFrom('stored_file').select('id').where('sha256', '=', name).executeTakeFirst();
    expect(row, `${file} has a stored_file row`).toBeUndefined();
  }
}

/** A refusal in the shape every error has: status, code, a Chinese message and (optionally) the field named. */
export function expectError(
  response: { status: number; body: any },
  status: number | number[],
  code: string | string[],
  fieldPath?: string,
) {
  const statuses = Array.isArray(status) ? status : [status];
  const codes = Array.isArray(code) ? code : [code];
  expect(statuses, JSON.stringify(response.body)).toContain(response.status);
  expect(codes, JSON.stringify(response.body)).toContain(response.body.code);
  expect(response.body.message).toMatch(CHINESE);
  expect(Array.isArray(response.body.fields)).toBe(true);
  if (fieldPath !== undefined) {
    expect(response.body.fields.map((field: { path: string }) => field.path)).toContain(fieldPath);
    for (const field of response.body.fields) expect(field.message).toMatch(CHINESE);
  }
}
