// Uploads over real HTTP: who is asking is settled before the body is read, bodies are streamed (the
// server's memory does not grow with them) and a request past its limit is cut off with a clear 413.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { beforeAll, expect, it } from 'vitest';
import { CSRF_COOKIE } from '../../src/server/auth/session-cookie';
import { describeOnDialects } from '../support/app';
import { CHINESE, employerData, loggedInAt } from './helpers';
import {
  agreementRow,
  awaitingScan,
  expectNothingStored,
  filesUnder,
  freshStudent,
  reviewersAt,
  scanPng,
  sendLink,
  sha256Hex,
  storageSnapshot,
} from './offline-helpers';

const MB = 1024 * 1024;
const FILLER = Buffer.alloc(64 * 1024, 0x20);
const BOUNDARY = '----gdr-upload-limits';

/**
 * A multipart body made on the fly: `files` PNG files of `bytesEach` (filler after a real header), as
 * the `field` field, after an optional JSON `data` field. Nothing of it is ever held whole.
 */
async function* streamedForm(field: string, files: number, bytesEach: number, data?: unknown): AsyncGenerator<Buffer> {
  if (data !== undefined) {
    yield Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${JSON.stringify(data)}\r\n`,
    );
  }
  for (let index = 0; index < files; index += 1) {
    const header = scanPng(index);
    yield Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="page-${index}.png"\r\nContent-Type: image/png\r\n\r\n`,
    );
    yield header;
    for (let sent = header.length; sent < bytesEach; sent += FILLER.length)
      yield FILLER.subarray(0, Math.min(FILLER.length, bytesEach - sent));
    yield Buffer.from('\r\n');
  }
  yield Buffer.from(`--${BOUNDARY}--\r\n`);
}

type Answer = { status: number; body: any };

/**
 * POSTs a streamed body (chunked unless a length is given) and resolves with the answer as soon as it
 * arrives: the server may answer and close before the body is through. `onWrite` sees every chunk written.
 */
function streamPost(
  port: number,
  path: string,
  body: AsyncIterable<Buffer>,
  headers: Record<string, string>,
  onWrite: (bytes: number) => void = () => {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const request = http.request({
      host: '127.0.0.1',
      port,
      path,
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
    });
    let answered = false;
    request.on('response', (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString() || 'null') }),
      );
      response.on('error', reject);
    });
    // Once answered, the server owes the rest of the body nothing: a reset while writing is expected.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    const source = Readable.from(body);
    source.on('data', (chunk: Buffer) => {
      if (answered || request.destroyed) return source.destroy();
      onWrite(chunk.length);
      if (!request.write(chunk)) {
        source.pause();
        request.once('drain', () => source.resume());
      }
    });
    source.on('end', () => request.end());
  });
}

/** What an anonymous browser sends: the pre-login CSRF cookie and the same value in the header. */
const ANONYMOUS = { cookie: `${CSRF_COOKIE}=anonymous-csrf-token`, 'x-csrf-token': 'anonymous-csrf-token' };

/** Logs in over HTTP; returns the headers a logged-in browser sends (session cookie, CSRF token). */
async function loginHeaders(port: number, identifier: string, password: string): Promise<Record<string, string>> {
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { ...ANONYMOUS, 'content-type': 'application/json' },
    body: JSON.stringify({ identifier, password, captchaId: 'off', captchaAnswer: '0' }),
  });
  expect(response.status).toBe(200);
  const session = response.headers
    .getSetCookie()
    .find((line) => line.startsWith('sid='))!
    .split(';')[0]!;
  return { cookie: session, 'x-csrf-token': ((await response.json()) as { csrfToken: string }).csrfToken };
}

describeOnDialects('uploads over real HTTP', (context) => {
  let port: number;
  beforeAll(async () => {
    await context().app.listen({ port: 0, host: '127.0.0.1' });
    port = (context().app.server.address() as AddressInfo).port;
  });

  /**
   * Runs the requests at once and returns their answers and how far the process's memory rose. One runs
   * alone first, so the measure is of the bodies, not of the code path's first-time compilation.
   */
  async function atOnce(send: (onWrite: () => void) => Promise<Answer>, count: number) {
    const warmUp = await send(() => {});
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    };
    const answers = await Promise.all(Array.from({ length: count }, () => send(sample)));
    sample();
    return { answers: [warmUp, ...answers], growth: peak - baseline };
  }

  it('refuses 5 concurrent anonymous 50 MB uploads to made-up return links without reading them (404, memory flat)', async () => {
    const { app, db } = context();
    const before = await storageSnapshot(app, db);
    const { answers, growth } = await atOnce(
      (onWrite) =>
        streamPost(
          port,
          `/api/public/return/${'x'.repeat(43)}/scan`,
          streamedForm('pages', 5, 10 * MB - 4096),
          ANONYMOUS,
          onWrite,
        ),
      5,
    );
    for (const answer of answers) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(404);
      expect(answer.body.message).toMatch(/链接无效/);
    }
    expect(growth).toBeLessThan(64 * MB);
    await expectNothingStored(app, db, before);
  });

  it('streams 5 concurrent anonymous 50 MB 单位注册 uploads to disk and cuts each off with a clear 4xx (memory flat)', async () => {
    const { app, db } = context();
    const before = await storageSnapshot(app, db);
    const { answers, growth } = await atOnce(
      (onWrite) =>
        streamPost(
          port,
          '/api/employer/register',
          streamedForm('license', 5, 10 * MB - 4096, employerData('13600000000', '000000')),
          ANONYMOUS,
          onWrite,
        ),
      5,
    );
    for (const answer of answers) {
      expect([400, 413], JSON.stringify(answer.body)).toContain(answer.status);
      expect(answer.body.message).toMatch(CHINESE);
    }
    expect(growth).toBeLessThan(64 * MB);
    await expectNothingStored(app, db, before);
  });

  /** A new student whose 线下签约 passed both reviews and waits for the sealed scan. */
  const studentAwaitingScan = async () => {
    const { app, db } = context();
    const student = await freshStudent(app, db);
    return { student, id: await awaitingScan(app, student.client, await reviewersAt(app)) };
  };

  it("refuses a student's 50 MB upload to someone else's agreement (404) before reading it", async () => {
    const { app, db } = context();
    const { id } = await studentAwaitingScan();
    const stranger = await freshStudent(app, db);
    const headers = await loginHeaders(port, stranger.phone, stranger.password);
    const before = await storageSnapshot(app, db);
    let written = 0;
    const answer = await streamPost(
      port,
      `/api/student/agreements/${id}/scan`,
      streamedForm('pages', 5, 10 * MB - 4096),
      headers,
      (bytes) => {
        written += bytes;
      },
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(404);
    // The answer came while most of the body was still unsent: the server had not waited for it.
    expect(written).toBeLessThan(20 * MB);
    expect((await agreementRow(db, id)).status).toBe('awaiting_scan');
    await expectNothingStored(app, db, before);
  });

  it('stores a streamed upload through a real return link, with the pages whole', async () => {
    const { app, db } = context();
    const { student, id } = await studentAwaitingScan();
    const { token } = await sendLink(db, student.client, id);
    const answer = await streamPost(
      port,
      `/api/public/return/${token}/scan`,
      streamedForm('pages', 2, 3 * MB, {}),
      ANONYMOUS,
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect((await agreementRow(db, id)).status).toBe('scan_college_review');
    const pages = await db
      .selectFrom('agreement_file')
      .innerJoin('stored_file', 'stored_file.id', 'agreement_file.stored_file_id')
      .select(['stored_file.sha256', 'stored_file.size'])
      .where('agreement_file.agreement_id', '=', id)
      .orderBy('agreement_file.page')
      .execute();
    expect(pages.map((page) => page.size)).toEqual([3 * MB, 3 * MB]);
    for (const page of pages) expect(sha256Hex(app.files.read(page.sha256))).toBe(page.sha256);
    expect(filesUnder(app.config.fileDirectory).filter((file) => file.startsWith('.incoming'))).toEqual([]);
  });

  it('cuts a logged-in upload off at the per-request limit with 413, and writes nothing', async () => {
    const { app, db } = context();
    const employer = await loggedInAt(app, '13900000001');
    const me = await employer.get('/api/employer/profile');
    const before = await storageSnapshot(app, db);
    // One license just under 10 MB is allowed; a second part of another field takes the body past
    // the route's 1 × 10 MB + 64 KB.
    async function* body() {
      yield* streamedForm('license', 1, 10 * MB - 1024, { name: '新名称' });
      yield* streamedForm('other', 1, MB);
    }
    const response = await employer.request({
      method: 'POST',
      url: '/api/employer/verification',
      payload: Readable.from(body()),
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(413);
    expect(response.body).toMatchObject({ code: 'BODY_TOO_LARGE', fields: [] });
    expect(response.body.message).toMatch(/营业执照最多 1 个、每个不超过 10 MB/);
    expect(response.headers.connection).toBe('close');
    await expectNothingStored(app, db, before);
    expect(filesUnder(app.config.fileDirectory).filter((file) => file.startsWith('.incoming'))).toEqual([]);
    expect((await employer.get('/api/employer/profile')).body).toEqual(me.body);
  });

  it('answers a declared length over the limit with 413 before reading the body', async () => {
    const { app, db } = context();
    const before = await storageSnapshot(app, db);
    const response = await streamPost(port, '/api/employer/register', streamedForm('license', 0, 0, {}), {
      ...ANONYMOUS,
      'content-length': String(60 * MB),
    });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('BODY_TOO_LARGE');
    expect(response.body.message).toMatch(CHINESE);
    await expectNothingStored(app, db, before);
  });
});
