// 线下签约 / 纸质三方 under concurrency, on both dialects: one draft per student (DOMAIN §5.2), one signing
// slot across the three kinds (§5.1), one use of a return link, one scan round per upload, one decision.
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SLOT_HOLDING_STATUSES } from '../../src/domain/agreement/status';
import { buildApp } from '../../src/server/app';
import { sha256 } from '../../src/server/auth/tokens';
import { insertReturnLink, revokeLiveLinks } from '../../src/server/db/repositories/return-link-repository';
import { describeOnDialects } from '../support/app';
import { DIALECTS, createTestDatabase, testConfig, type TestDatabase } from '../support/database';
import { ClientAt, loggedInAt } from './helpers';
import {
  OFFLINE_FORM,
  awaitingScan,
  decide,
  freshStudent,
  invitation,
  pngPages,
  sendLink,
  sha256Hex,
  submitOffline,
  submitPaper,
  uploadOwnScan,
  uploadThroughLink,
  type Reviewers,
} from './offline-helpers';

const ROUNDS = 3;

describeOnDialects('线下签约 under concurrency', (context) => {
  let reviewers: Reviewers;
  let employer: ClientAt;

  beforeAll(async () => {
    const { app } = context();
    reviewers = { college: await loggedInAt(app, 'college1'), school: await loggedInAt(app, 'school1') };
    employer = await loggedInAt(app, '13900000001');
  });

  /** The student's agreements that hold the slot, and the pages attached to any of his agreements. */
  async function slotState(recordId: number) {
    const { db } = context();
    const agreements = await db
      .selectFrom('agreement')
      .selectAll()
      .where('student_record_id', '=', recordId)
      .orderBy('id')
      .execute();
    const holding = agreements.filter((agreement) => SLOT_HOLDING_STATUSES.includes(agreement.status));
    const files = await db
      .selectFrom('agreement_file')
      .innerJoin('agreement', 'agreement.id', 'agreement_file.agreement_id')
      .innerJoin('stored_file', 'stored_file.id', 'agreement_file.stored_file_id')
      .select(['agreement_file.agreement_id', 'agreement_file.round', 'agreement_file.page', 'stored_file.sha256'])
      .where('agreement.student_record_id', '=', recordId)
      .execute();
    return { agreements, holding, files };
  }

  /** Every attached page's bytes are on disk, complete. */
  function expectFilesOnDisk(files: { sha256: string }[]) {
    const { app } = context();
    for (const file of files) expect(sha256Hex(fs.readFileSync(app.files.pathOf(file.sha256)))).toBe(file.sha256);
  }

  it('two (and five) 暂存 at once keep exactly one offline draft', async () => {
    const { app, db } = context();
    const student = await freshStudent(app, db);
    const drafts = () =>
      db
        .selectFrom('agreement_draft')
        .selectAll()
        .where('student_record_id', '=', student.recordId)
        .where('kind', '=', 'offline')
        .execute();
    const pair = await Promise.all([
      student.client.post('/api/student/drafts/offline', { employerName: '北京甲公司' }),
      student.client.post('/api/student/drafts/offline', { employerName: '北京乙公司' }),
    ]);
    expect(pair.map((response) => response.status)).toEqual([200, 200]);
    expect(await drafts()).toHaveLength(1);
    const names = Array.from({ length: 5 }, (_, index) => `北京第${index + 1}咨询有限公司`);
    const five = await Promise.all(
      names.map((employerName) => student.client.post('/api/student/drafts/offline', { employerName })),
    );
    expect(five.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    const rows = await drafts();
    expect(rows).toHaveLength(1);
    expect(names).toContain(JSON.parse(rows[0]!.data).employerName);
    expect(names).toContain((await student.client.get('/api/student/drafts/offline')).body.draft.data.employerName);
  });

  for (let round = 1; round <= ROUNDS; round += 1) {
    it(`round ${round}: an offline submission, a paper submission and an online 接受 at once → exactly one succeeds`, async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const invited = await invitation(employer, student);
      expect((await student.client.post('/api/auth/reauthenticate', { password: student.password })).status).toBe(200);

      const [offline, paper, accept] = await Promise.all([
        submitOffline(student.client),
        submitPaper(student.client, pngPages(2)),
        student.client.post(`/api/student/agreements/${invited}/accept`),
      ]);
      const responses = { offline, paper, accept };
      const winners = Object.entries(responses).filter(([, response]) => response.status === 200);
      expect(
        winners,
        JSON.stringify(Object.fromEntries(Object.entries(responses).map(([kind, response]) => [kind, response.body]))),
      ).toHaveLength(1);
      for (const [, response] of Object.entries(responses)) {
        if (response.status === 200) continue;
        expect(response.status, JSON.stringify(response.body)).toBe(409);
        expect(['CONFLICT', 'STALE_STATE']).toContain(response.body.code);
        expect(response.body.message).toMatch(/[\u4e00-\u9fa5]/);
      }

      const { agreements, holding, files } = await slotState(student.recordId);
      expect(holding).toHaveLength(1);
      const winner = winners[0]![0];
      const held = holding[0]!;
      expect(held.kind).toBe(winner === 'accept' ? 'online' : winner);
      // Only the winner's rows exist: the invitation stays open if 接受 lost; no loser left an agreement.
      expect(agreements.filter((agreement) => agreement.kind !== 'online')).toHaveLength(winner === 'accept' ? 0 : 1);
      expect(agreements.find((agreement) => agreement.id === invited)!.status).toBe(
        winner === 'accept' ? 'college_review' : 'invited',
      );
      expect(files.map((file) => file.agreement_id)).toEqual(winner === 'paper' ? [held.id, held.id] : []);
      expectFilesOnDisk(files);
      const submittedEvents = await db
        .selectFrom('audit_event')
        .select('action')
        .where('entity_type', '=', 'agreement')
        .where(
          'entity_id',
          'in',
          agreements.map((agreement) => agreement.id),
        )
        .where('action', 'in', ['agreement.submitted', 'agreement.accepted'])
        .execute();
      expect(submittedEvents).toHaveLength(1);
    });
  }

  it('two offline and two paper submissions of one student at once → exactly one agreement', async () => {
    const { app, db } = context();
    const student = await freshStudent(app, db);
    const responses = await Promise.all([
      submitOffline(student.client),
      submitOffline(student.client, { positionTitle: '分析师' }),
      submitPaper(student.client, pngPages(1)),
      submitPaper(student.client, pngPages(1)),
    ]);
    expect(responses.filter((response) => response.status === 200)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 409)).toHaveLength(3);
    const { agreements, holding, files } = await slotState(student.recordId);
    expect(agreements).toHaveLength(1);
    expect(holding).toHaveLength(1);
    expect(files).toHaveLength(holding[0]!.kind === 'paper' ? 1 : 0);
    expectFilesOnDisk(files);
  });

  it('two uploads through one link at once → one is taken, the other refused; one scan round', async () => {
    const { app, db } = context();
    const student = await freshStudent(app, db);
    const id = await awaitingScan(app, student.client, reviewers);
    const { token } = await sendLink(db, student.client, id);
    const visitors = [await new ClientAt(app).open(), await new ClientAt(app).open()];
    const responses = await Promise.all(visitors.map((visitor) => uploadThroughLink(visitor, token, pngPages(2))));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 410]);
    expect(responses.find((response) => response.status === 410)!.body.code).toBe('LINK_UNAVAILABLE');
    const { holding, files } = await slotState(student.recordId);
    expect(holding[0]).toMatchObject({ id, status: 'scan_college_review', scan_round: 1 });
    expect(files.map((file) => [file.round, file.page])).toEqual([
      [1, 1],
      [1, 2],
    ]);
    expectFilesOnDisk(files);
    const links = await db.selectFrom('return_link').selectAll().where('agreement_id', '=', id).execute();
    expect(links.filter((link) => link.used_at !== null)).toHaveLength(1);
  });

  it('本人回传 and the employer’s link upload at once → exactly one scan round', async () => {
    const { app, db } = context();
    const student = await freshStudent(app, db);
    const id = await awaitingScan(app, student.client, reviewers);
    const { token } = await sendLink(db, student.client, id);
    const visitor = await new ClientAt(app).open();
    const [own, linked] = await Promise.all([
      uploadOwnScan(student.client, id, pngPages(1)),
      uploadThroughLink(visitor, token, pngPages(2)),
    ]);
    expect([own.status, linked.status].filter((status) => status === 200)).toHaveLength(1);
    for (const response of [own, linked]) {
      if (response.status !== 200) expect([409, 410]).toContain(response.status);
    }
    const { holding, files } = await slotState(student.recordId);
    expect(holding[0]).toMatchObject({ id, status: 'scan_college_review', scan_round: 1 });
    expect(files).toHaveLength(own.status === 200 ? 1 : 2);
    expect(new Set(files.map((file) => file.round))).toEqual(new Set([1]));
    expectFilesOnDisk(files);
    const scanEvents = await db
      .selectFrom('audit_event')
      .select('id')
      .where('entity_type', '=', 'agreement')
      .where('entity_id', '=', id)
      .where('action', '=', 'agreement.scan_uploaded')
      .execute();
    expect(scanEvents).toHaveLength(1);
  });

  it('two college decisions at once (通过 and 退回修改) → exactly one is recorded', async () => {
    const { app, db } = context();
    const student = await freshStudent(app, db);
    const id = (await submitOffline(student.client)).body.agreement.id as number;
    const otherReviewer = await loggedInAt(app, 'college1');
    const responses = await Promise.all([
      decide(reviewers.college, id, 'approved'),
      decide(otherReviewer, id, 'returned', '请补充岗位说明'),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const steps = await db
      .selectFrom('review_step')
      .selectAll()
      .where('subject_id', '=', id)
      .where('subject_type', '=', 'agreement')
      .execute();
    expect(steps).toHaveLength(1);
    const row = await db.selectFrom('agreement').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe(steps[0]!.result === 'approved' ? 'school_review' : 'returned');
  });
});

// Two interleavings that need a second connection (SQLite runs one transaction at a time).
//
// 1. DOMAIN §4.2: the student can resend the return link, and a resend replaces (revokes) the earlier one, so
// an agreement has at most one live link. On PostgreSQL two sends at once would both find nothing to revoke;
// the first send is held open between its insert and its commit — exactly the statements the service runs —
// while the second goes through the API.
describe.skipIf(!DIALECTS.includes('postgres'))('[postgres] interleavings only PostgreSQL allows', () => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase('postgres', {
      sqlite: inject('sqliteTemplate'),
      postgres: inject('postgresTemplate'),
    });
    app = await buildApp({
      config: testConfig(database.config, { DATA_DIR: database.dataDirectory }),
      database: database.handle,
      logger: false,
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.handle.db.destroy();
    await database?.drop();
  });

  // The partial unique index return_link_one_live serialises two sends of one agreement: the second send's
  // insert waits for the first transaction and then fails, answered with 409.
  it('leaves at most one live link', async () => {
    const db = database.handle.db;
    const reviewers = { college: await loggedInAt(app, 'college1'), school: await loggedInAt(app, 'school1') };
    const student = await freshStudent(app, db);
    const id = await awaitingScan(app, student.client, reviewers);
    let second: Promise<{ status: number; body: any }> | undefined;
    await db.transaction().execute(async (trx) => {
      const now = new Date().toISOString();
      await revokeLiveLinks(trx, id, now);
      await insertReturnLink(trx, {
        agreementId: id,
        tokenHash: sha256(`first-send-${Math.random()}`),
        channel: 'email',
        recipient: OFFLINE_FORM.contactEmail,
        expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        accountId: student.accountId,
      });
      second = student.client.post(`/api/student/agreements/${id}/return-links`, { channel: 'email' });
      // Let the second send reach its insert, where it must wait for this transaction.
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const answer = await second!;
    expect(answer.status, JSON.stringify(answer.body)).toBe(409);
    expect(answer.body.message).toMatch(/回传链接/);
    const live = await db
      .selectFrom('return_link')
      .select('id')
      .where('agreement_id', '=', id)
      .where('revoked_at', 'is', null)
      .where('used_at', 'is', null)
      .execute();
    expect(live.length).toBeLessThanOrEqual(1);
  });

  // 2. src/server/files/file-store.ts promises "a committed row never points at a missing or partial file",
  // and cleanOrphanFiles removes files with no stored_file row once they are an hour old. An upload refused
  // for its second page leaves its good first page on disk (allowed: no row names it). When that same page
  // is uploaded again more than an hour later, FileStore.write sees the file already there and returns
  // without touching it, so the file still looks an hour old; if the cleanup runs before the upload's
  // transaction commits (another process's job loop, or this one's), it deletes the file, and the upload
  // then commits a stored_file + agreement_file row for bytes that are gone: the page answers 500.
  // Here the upload is held between its file write and its commit by a row lock on the agreement.
  //
  // FileStore.write refreshes an existing file's mtime, so the cleanup's one-hour grace covers the
  // transaction that is about to reference the file.
  it(
    'a page re-uploaded an hour after a refused attempt survives the orphan cleanup running meanwhile',
    async () => {
      const db = database.handle.db;
      const reviewers = { college: await loggedInAt(app, 'college1'), school: await loggedInAt(app, 'school1') };
      const student = await freshStudent(app, db);
      const id = await awaitingScan(app, student.client, reviewers);
      const page = pngPages(1)[0]!;

      // The refused attempt: a good page, then a fake PDF. The good page stays behind without a row.
      const refused = await uploadOwnScan(student.client, id, [
        page,
        { filename: 'x.pdf', contentType: 'application/pdf', content: Buffer.from('not a pdf') },
      ]);
      expect(refused.status).toBe(400);
      const leftover = app.files.pathOf(sha256Hex(page.content));
      expect(fs.existsSync(leftover)).toBe(true);
      const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
      fs.utimesSync(leftover, twoHoursAgo, twoHoursAgo);

      // The same page again, held before its commit; the cleanup runs meanwhile.
      let upload: Promise<{ status: number; body: any }> | undefined;
      await db.transaction().execute(async (trx) => {
        await sql`select id from agreement where id = ${id} for update`.execute(trx);
        upload = uploadOwnScan(student.client, id, [page]);
        const deadline = Date.now() + 5000;
        for (;;) {
          const waiting = await sql<{ n: string }>`select count(*) as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
          if (Number(waiting.rows[0]!.n) > 0) break;
          if (Date.now() > deadline) throw new Error('the upload never waited for the agreement row');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await app.jobs.runDue({ sweep: true });
      });
      const done = await upload!;
      expect(done.status, JSON.stringify(done.body)).toBe(200);

      const attached = await db
        .selectFrom('agreement_file')
        .innerJoin('stored_file', 'stored_file.id', 'agreement_file.stored_file_id')
        .select(['agreement_file.id', 'stored_file.sha256'])
        .where('agreement_file.agreement_id', '=', id)
        .execute();
      expect(attached).toHaveLength(1);
      expect(fs.existsSync(app.files.pathOf(attached[0]!.sha256))).toBe(true);
      expect((await student.client.get(`/api/student/agreements/${id}/files/${attached[0]!.id}`)).status).toBe(200);
    },
  );
});
