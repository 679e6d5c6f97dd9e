// 线下签约 / 纸质三方 under concurrency, on both dialects: one draft per student (DOMAIN §5.2), one signing
// slot across the three kinds (§5.1), one use of a return link, one scan round per upload, one decision.
import fs from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { SLOT_HOLDING_STATUSES } from '../../src/domain/agreement/status';
import { describeOnDialects } from '../support/app';
import { ClientAt, loggedInAt } from './helpers';
import {
  awaitingScan,
  decide,
  freshStudent,
  invitation,
  pngPages,
  reviewersAt,
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
    reviewers = await reviewersAt(app);
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
