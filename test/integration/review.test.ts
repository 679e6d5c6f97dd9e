import { createHash } from 'node:crypto';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, it } from 'vitest';
import { renderAgreementDocument } from '../../src/server/pdf/agreement-document';
import { agreementDocumentInput } from '../../src/server/services/agreement/generate-agreement-pdf';
import { describeOnDialects } from '../support/app';
import {
  acceptedAgreement,
  agreementRow,
  chinaToday,
  ClientAt,
  confirmedStudent,
  decide,
  EMPLOYERS,
  employerOf,
  expectRefusal,
  invited,
  loggedInAt,
  notificationsOf,
  reauthenticateAndAccept,
  stateCounts,
  type Student,
} from './helpers';

describeOnDialects('审核, 协议编号, the agreement PDF and 验真', (context) => {
  const employerClient = (which: keyof typeof EMPLOYERS) => loggedInAt(context().app, EMPLOYERS[which].phone);
  const ids = (response: { body: { items: { id: number }[] } }) => response.body.items.map((item) => item.id);

  /** An agreement of a new invitation accepted by the student, waiting for 院系审核. */
  const atCollegeReview = async (student: Student, employer: keyof typeof EMPLOYERS = 'first') =>
    acceptedAgreement(await employerClient(employer), await loggedInAt(context().app, student.phone), student);

  /** An agreement through both reviews: 已生效 with its 协议编号. */
  const effectiveAgreement = async (student: Student, employer: keyof typeof EMPLOYERS = 'first') => {
    const { app } = context();
    const id = await atCollegeReview(student, employer);
    const college = await loggedInAt(app, student.collegeName === '计算机学院' ? 'college1' : 'college2');
    expect((await decide(college, id, 'approved', '院系同意')).status).toBe(200);
    const school = await loggedInAt(app, 'school1');
    const approved = await decide(school, id, 'approved', '同意');
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.agreement.status).toBe('effective');
    return id;
  };

  const storedFile = (fileId: number | null) =>
    context().db.selectFrom('stored_file').selectAll().where('id', '=', fileId!).executeTakeFirstOrThrow();

  /** An effective agreement once the PDF job has run: its row and its stored document. */
  const effectiveWithDocument = async (student: Student, employer: keyof typeof EMPLOYERS) => {
    const { app, db } = context();
    const id = await effectiveAgreement(student, employer);
    await app.jobs.runDue();
    const row = await agreementRow(db, id);
    return { id, row, file: await storedFile(row.pdf_file_id) };
  };

  it("college1's queue holds only 计算机学院 agreements waiting at the college stage", async () => {
    const { app, db } = context();
    const cs = await confirmedStudent(db);
    const em = await confirmedStudent(db, { collegeName: '经济管理学院' });
    const csAgreement = await atCollegeReview(cs);
    const emAgreement = await atCollegeReview(em);
    const notAccepted = await invited(await employerClient('second'), cs);

    const college1 = await loggedInAt(app, 'college1');
    const queue = await college1.get('/api/review/agreements?pageSize=200');
    expect(queue.status).toBe(200);
    expect(ids(queue)).toContain(csAgreement);
    expect(ids(queue)).not.toContain(emAgreement);
    expect(ids(queue)).not.toContain(notAccepted);
    expect(queue.body.total).toBe(queue.body.items.length);
    for (const item of queue.body.items)
      expect(item).toMatchObject({ collegeName: '计算机学院', status: 'college_review', statusLabel: '院系审核中' });
    const mine = queue.body.items.find((item: { id: number }) => item.id === csAgreement);
    expect(mine).toMatchObject({ studentName: cs.name, employerName: EMPLOYERS.first.name, kindName: '线上签约' });
    expect(mine.idNumberMasked).toContain('*');

    const college2 = await loggedInAt(app, 'college2');
    const other = await college2.get('/api/review/agreements?pageSize=200');
    expect(ids(other)).toContain(emAgreement);
    expect(ids(other)).not.toContain(csAgreement);
    for (const item of other.body.items) expect(item.collegeName).toBe('经济管理学院');

    const school = await loggedInAt(app, 'school1');
    expect(ids(await school.get('/api/review/agreements?pageSize=200'))).not.toContain(csAgreement);
    const waitingAtColleges = await school.get('/api/review/agreements?status=college_review&pageSize=200');
    expect(ids(waitingAtColleges)).toEqual(expect.arrayContaining([csAgreement, emAgreement]));

    const detail = await college1.get(`/api/review/agreements/${csAgreement}`);
    expect(detail.status).toBe(200);
    expect(detail.body.agreement).toMatchObject({
      id: csAgreement,
      status: 'college_review',
      student: { name: cs.name },
    });
    expectRefusal(await college1.get(`/api/review/agreements/${emAgreement}`), 404, 'NOT_FOUND');
    expectRefusal(await college1.get(`/api/review/agreements/${notAccepted}`), 404, 'NOT_FOUND');
  });

  it('a reviewer of another college cannot see or decide a 计算机学院 agreement (404), not even in a batch', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const id = await atCollegeReview(student);
    const college2 = await loggedInAt(app, 'college2');
    const row = await agreementRow(db, id);
    const before = await stateCounts(db);
    expectRefusal(await college2.get(`/api/review/agreements/${id}`), 404, 'NOT_FOUND');
    const decision = await decide(college2, id, 'approved');
    expectRefusal(decision, 404, 'NOT_FOUND');
    expect(decision.body.message).toMatch(/不存在|审核范围/);
    expectRefusal(await decide(college2, id, 'rejected', '不通过'), 404, 'NOT_FOUND');
    const batch = await college2.post('/api/review/agreements/batch-approve', { ids: [id] });
    expect(batch.status).toBe(200);
    expect(batch.body.approved).toEqual([]);
    expect(batch.body.skipped).toHaveLength(1);
    expect(batch.body.skipped[0].id).toBe(id);
    expect(batch.body.skipped[0].message).toMatch(/不存在|审核范围/);
    expectRefusal(await college2.get(`/api/review/agreements/${id}/pdf`), 404, 'NOT_FOUND');
    expect(await stateCounts(db)).toEqual(before);
    expect(await agreementRow(db, id)).toEqual(row);
  });

  it('each stage is decided only by its own reviewer, in order (409 otherwise)', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const id = await atCollegeReview(student);
    const school = await loggedInAt(app, 'school1');
    const college = await loggedInAt(app, 'college1');

    let before = await stateCounts(db);
    const early = await decide(school, id, 'approved');
    expectRefusal(early, 409, 'STALE_STATE');
    expect(early.body.message).toMatch(/院系审核中/);
    expect(await stateCounts(db)).toEqual(before);
    expect((await agreementRow(db, id)).status).toBe('college_review');

    const approved = await decide(college, id, 'approved');
    expect(approved.status).toBe(200);
    expect(approved.body.agreement.status).toBe('school_review');
    expect(approved.body.agreement.reviews).toEqual([
      expect.objectContaining({
        stage: 'college',
        result: 'approved',
        resultName: '通过',
        reviewerName: '计算机学院审核员',
      }),
    ]);

    before = await stateCounts(db);
    const late = await decide(college, id, 'rejected', '再看看');
    expectRefusal(late, 409, 'STALE_STATE');
    expect(late.body.message).toMatch(/学校审核中/);
    expect(await stateCounts(db)).toEqual(before);
    expect((await agreementRow(db, id)).status).toBe('school_review');

    // Nobody else reviews at all.
    for (const login of [student.phone, EMPLOYERS.first.phone, 'admin']) {
      const client = await loggedInAt(app, login);
      const counts = await stateCounts(db);
      expectRefusal(await client.get('/api/review/agreements'), 403, 'FORBIDDEN');
      expectRefusal(await decide(client, id, 'approved'), 403, 'FORBIDDEN');
      expectRefusal(await client.post('/api/review/agreements/batch-approve', { ids: [id] }), 403, 'FORBIDDEN');
      expect(await stateCounts(db), login).toEqual(counts);
    }
  });

  it('不通过 needs a comment (400 naming comment); 退回修改 does not exist for online agreements', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const id = await atCollegeReview(student);
    const college = await loggedInAt(app, 'college1');
    const before = await stateCounts(db);
    expectRefusal(await decide(college, id, 'rejected'), 400, 'INVALID_INPUT', 'comment');
    expectRefusal(await decide(college, id, 'rejected', '   '), 400, 'INVALID_INPUT', 'comment');
    expectRefusal(
      await college.post(`/api/review/agreements/${id}/decision`, { result: 'returned', comment: '请修改岗位名称' }),
      400,
      'INVALID_INPUT',
      'result',
    );
    expectRefusal(
      await college.post(`/api/review/agreements/${id}/decision`, { result: 'maybe' }),
      400,
      'INVALID_INPUT',
      'result',
    );
    expectRefusal(await decide(college, id, 'approved', '意'.repeat(501)), 400, 'INVALID_INPUT', 'comment');
    expect(await stateCounts(db)).toEqual(before);
    expect((await agreementRow(db, id)).status).toBe('college_review');
  });

  it('不通过 → 签约失败 with the reason shown to the student and the employer, and both told', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const id = await atCollegeReview(student, 'second');
    const college = await loggedInAt(app, 'college1');
    const reason = '单位性质与营业执照不一致,请单位核实后重新发起';
    const rejected = await decide(college, id, 'rejected', reason);
    expect(rejected.status).toBe(200);
    expect(rejected.body.agreement).toMatchObject({ status: 'failed', statusLabel: '签约失败', failureReason: reason });
    expect((await agreementRow(db, id)).failure_reason).toBe(reason);

    const graduate = await loggedInAt(app, student.phone);
    const studentView = (await graduate.get(`/api/student/agreements/${id}`)).body.agreement;
    expect(studentView).toMatchObject({ status: 'failed', failureReason: reason, canAnswer: false });
    expect(studentView.reviews).toEqual([
      expect.objectContaining({ stage: 'college', result: 'rejected', comment: reason, resultName: '不通过' }),
    ]);
    // Students and employers see the stage, not the reviewer's name.
    expect(studentView.reviews[0].reviewerName).not.toContain('审核员');
    const employer = await employerClient('second');
    const employerView = (await employer.get(`/api/employer/agreements/${id}`)).body.agreement;
    expect(employerView).toMatchObject({ status: 'failed', failureReason: reason });
    expect(employerView.reviews[0]).toMatchObject({ result: 'rejected', comment: reason });

    const [toStudent] = await notificationsOf(db, student.accountId);
    expect(toStudent).toMatchObject({ title: '签约失败', link: `/student/agreements/${id}` });
    expect(toStudent!.body).toContain(reason);
    const { accountId } = await employerOf(db, EMPLOYERS.second.phone);
    const [toEmployer] = await notificationsOf(db, accountId);
    expect(toEmployer).toMatchObject({ title: '签约失败', link: `/employer/agreements/${id}` });
    expect(toEmployer!.body).toContain(reason);
    const event = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('entity_id', '=', id)
      .where('action', 'like', '%college_review_rejected')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      actor_role: 'college_reviewer',
      from_status: 'college_review',
      to_status: 'failed',
      comment: reason,
    });
    const steps = await db.selectFrom('review_step').selectAll().where('subject_id', '=', id).execute();
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({
      stage: 'college',
      result: 'rejected',
      comment: reason,
      reviewer_name: '计算机学院审核员',
    });
  });

  it('batch 通过: the ones at the stage are approved, the others skipped with a message', async () => {
    const { app, db } = context();
    const [a, b, c] = [await confirmedStudent(db), await confirmedStudent(db), await confirmedStudent(db)];
    const ids3 = [await atCollegeReview(a), await atCollegeReview(b), await atCollegeReview(c)];
    const college = await loggedInAt(app, 'college1');
    expect((await decide(college, ids3[2]!, 'approved')).status).toBe(200);
    const before = await stateCounts(db);

    const batch = await college.post('/api/review/agreements/batch-approve', { ids: ids3, comment: '批量通过' });
    expect(batch.status).toBe(200);
    expect(batch.body.approved).toEqual([ids3[0], ids3[1]]);
    expect(batch.body.skipped).toEqual([{ id: ids3[2], message: expect.stringMatching(/学校审核中/) }]);
    for (const id of ids3) expect((await agreementRow(db, id)).status).toBe('school_review');
    const after = await stateCounts(db);
    expect(after.review_step).toBe(before.review_step! + 2);
    const steps = await db
      .selectFrom('review_step')
      .select(['subject_id', 'comment'])
      .where('subject_id', 'in', ids3.slice(0, 2))
      .orderBy('subject_id')
      .execute();
    expect(steps).toEqual([
      { subject_id: ids3[0], comment: '批量通过' },
      { subject_id: ids3[1], comment: '批量通过' },
    ]);

    expectRefusal(await college.post('/api/review/agreements/batch-approve', { ids: [] }), 400, 'INVALID_INPUT', 'ids');
    const missing = await college.post('/api/review/agreements/batch-approve', { ids: [99999999] });
    expect(missing.body).toMatchObject({ approved: [], skipped: [{ id: 99999999 }] });
  });

  it('filters narrow the list: status all, 院系, 专业, keyword and dates', async () => {
    const { app, db } = context();
    const cs = await confirmedStudent(db);
    const em = await confirmedStudent(db, { collegeName: '经济管理学院' });
    // Declined before the slot is taken: afterwards other invitations are view-only.
    const declined = await invited(await employerClient('first'), em);
    expect((await (await loggedInAt(app, em.phone)).post(`/api/student/agreements/${declined}/decline`)).status).toBe(
      200,
    );
    const csId = await atCollegeReview(cs, 'third');
    const emId = await atCollegeReview(em, 'second');
    const school = await loggedInAt(app, 'school1');
    const list = (query: string) => school.get(`/api/review/agreements?pageSize=200&${query}`);

    const all = await list('status=all');
    expect(all.status).toBe(200);
    expect(ids(all)).toEqual(expect.arrayContaining([csId, emId]));
    expect(ids(all)).not.toContain(declined);
    for (const item of all.body.items)
      expect(['invited', 'declined', 'expired', 'withdrawn']).not.toContain(item.status);

    const emCollege = await db
      .selectFrom('college')
      .select('id')
      .where('name', '=', '经济管理学院')
      .executeTakeFirstOrThrow();
    const byCollege = await list(`status=all&collegeId=${emCollege.id}`);
    expect(ids(byCollege)).toContain(emId);
    expect(ids(byCollege)).not.toContain(csId);
    for (const item of byCollege.body.items) expect(item.collegeName).toBe('经济管理学院');
    expect(byCollege.body.total).toBeLessThan(all.body.total);

    const byMajor = await list(`status=all&major=${encodeURIComponent(cs.majorName)}`);
    expect(ids(byMajor)).toContain(csId);
    for (const item of byMajor.body.items) expect(item.majorName).toContain(cs.majorName);

    const byStudent = await list(`status=all&keyword=${encodeURIComponent(cs.name)}`);
    expect(ids(byStudent)).toContain(csId);
    expect(ids(byStudent)).not.toContain(emId);
    for (const item of byStudent.body.items) expect(`${item.studentName}|${item.employerName}`).toContain(cs.name);
    const byEmployer = await list(`status=all&keyword=${encodeURIComponent('第一人民医院')}`);
    expect(ids(byEmployer)).toContain(emId);
    expect(ids(byEmployer)).not.toContain(csId);
    for (const item of byEmployer.body.items) expect(item.employerName).toBe(EMPLOYERS.second.name);

    const today = await list(`status=all&from=${chinaToday()}&to=${chinaToday()}`);
    expect(ids(today)).toEqual(expect.arrayContaining([csId, emId]));
    expect((await list(`status=all&to=${chinaToday(-1)}`)).body.total).toBe(0);
    expect((await list(`status=all&from=${chinaToday(1)}`)).body.total).toBe(0);
    expectRefusal(await list('from=2027/01/01'), 400, 'INVALID_INPUT', 'from');

    const paged = await school.get('/api/review/agreements?status=all&pageSize=1&page=2');
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.total).toBe(all.body.total);
  });

  // The queue hides invitations that never became agreements (REVIEWER_HIDDEN in list-review-queue.ts), but
  // a filter on one of those statuses falls back to *every* visible status instead of matching nothing, so
  // ?status=declined lists agreements that are not declined at all.
  it('a status filter on a status reviewers never see matches nothing', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    await atCollegeReview(student);
    const school = await loggedInAt(app, 'school1');
    for (const status of ['declined', 'withdrawn', 'expired', 'invited']) {
      const response = await school.get(`/api/review/agreements?status=${status}`);
      expect(response.status).toBe(200);
      for (const item of response.body.items) expect(item.status).toBe(status);
      expect(response.body.total).toBe(0);
    }
  });

  // The same rule for the detail: GET /api/review/agreements/:id refuses only `invited`
  // (routes/review/agreements.ts, visibleAgreement), so a declined, withdrawn or expired invitation — the
  // employer's and student's business — opens for any reviewer of the college, terms and salaries included.
  it('a reviewer cannot open an invitation that was declined or withdrawn (404 like the queue)', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const declined = await invited(await employerClient('first'), student);
    expect(
      (await (await loggedInAt(app, student.phone)).post(`/api/student/agreements/${declined}/decline`)).status,
    ).toBe(200);
    const employer = await employerClient('second');
    const withdrawn = await invited(employer, student);
    expect((await employer.post(`/api/employer/agreements/${withdrawn}/withdraw`)).status).toBe(200);
    const college = await loggedInAt(app, 'college1');
    expectRefusal(await college.get(`/api/review/agreements/${declined}`), 404, 'NOT_FOUND');
    expectRefusal(await college.get(`/api/review/agreements/${withdrawn}`), 404, 'NOT_FOUND');
  });

  it('协议编号 = 届别 + 10001 + 学历代码 + serial, counted per (届别, school, 学历代码)', async () => {
    const { db } = context();
    const bachelors = [
      await confirmedStudent(db, { educationLevelCode: '31' }),
      await confirmedStudent(db, { educationLevelCode: '31' }),
    ];
    const master = await confirmedStudent(db, { educationLevelCode: '11' });
    const first = await effectiveAgreement(bachelors[0]!);
    const second = await effectiveAgreement(bachelors[1]!, 'second');
    const third = await effectiveAgreement(master, 'third');
    const numbers = [first, second, third].map(async (id) => (await agreementRow(db, id)).agreement_number!);
    const [n1, n2, n3] = await Promise.all(numbers);
    expect(n1).toMatch(/^2027100013100\d{3}$/);
    expect(n2).toMatch(/^202710001310\d{4}$/);
    expect(n3).toMatch(/^202710001110\d{4}$/);
    expect(Number(n2!.slice(11))).toBe(Number(n1!.slice(11)) + 1);
    expect(new Set([n1, n2, n3]).size).toBe(3);
    const serials = await db.selectFrom('agreement_serial').selectAll().orderBy('education_level_code').execute();
    expect(serials.find((row) => row.education_level_code === '31')).toMatchObject({
      cohort: 2027,
      last_serial: Number(n2!.slice(11)),
    });
    expect(serials.find((row) => row.education_level_code === '11')).toMatchObject({
      cohort: 2027,
      last_serial: Number(n3!.slice(11)),
    });
    // Before the school's 通过 there is no number.
    const pending = await atCollegeReview(await confirmedStudent(db));
    expect((await agreementRow(db, pending)).agreement_number).toBeNull();
  });

  it('the PDF job stores the agreement once with its SHA-256; the same input renders the same bytes', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const id = await effectiveAgreement(student, 'second');
    const graduate = await loggedInAt(app, student.phone);
    expect((await graduate.get(`/api/student/agreements/${id}`)).body.agreement.hasPdf).toBe(false);
    const early = await graduate.get(`/api/student/agreements/${id}/pdf`);
    expectRefusal(early, 409, 'STALE_STATE');
    expect(early.body.message).toMatch(/生成/);

    await app.jobs.runDue();
    const row = await agreementRow(db, id);
    expect(row.pdf_file_id).not.toBeNull();
    const file = await storedFile(row.pdf_file_id);
    const bytes = app.files.read(file.sha256);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    expect(file.size).toBe(bytes.length);
    expect(file.media_type).toBe('application/pdf');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const job = await db
      .selectFrom('job')
      .selectAll()
      .where('dedupe_key', '=', `agreement_pdf:${id}`)
      .executeTakeFirstOrThrow();
    expect(job.status).toBe('done');
    const events = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('entity_id', '=', id)
      .where('action', '=', 'agreement.pdf_generated')
      .execute();
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.details!)).toMatchObject({ sha256: file.sha256, size: file.size });
    expect((await graduate.get(`/api/student/agreements/${id}`)).body.agreement.hasPdf).toBe(true);

    // Idempotent: running the jobs again changes nothing.
    const files = await db.selectFrom('stored_file').select('id').execute();
    await app.jobs.runDue({ sweep: true });
    expect(await db.selectFrom('stored_file').select('id').execute()).toEqual(files);
    expect((await agreementRow(db, id)).pdf_file_id).toBe(row.pdf_file_id);

    // Same content → same bytes.
    const input = async () => agreementDocumentInput(db, app.config, app.files, await agreementRow(db, id), 'agreement');
    const once = await renderAgreementDocument(await input());
    const twice = await renderAgreementDocument(await input());
    expect(Buffer.isBuffer(once)).toBe(true);
    expect(once.equals(twice)).toBe(true);
  });

  it('下载协议 / 协议书预览 for the student, the employer and the school; 404 for anyone else', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const { id, row, file } = await effectiveWithDocument(student, 'third');
    const stored = app.files.read(file.sha256);

    const parties = [
      [await loggedInAt(app, student.phone), `/api/student/agreements/${id}/pdf`],
      [await loggedInAt(app, EMPLOYERS.third.phone), `/api/employer/agreements/${id}/pdf`],
      [await loggedInAt(app, 'school1'), `/api/review/agreements/${id}/pdf`],
      [await loggedInAt(app, 'college1'), `/api/review/agreements/${id}/pdf`],
    ] as const;
    for (const [client, url] of parties) {
      const download = await client.download(url);
      expect(download.status, url).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(String(download.headers['content-disposition'])).toMatch(/^attachment;/);
      expect(String(download.headers['content-disposition'])).toContain(row.agreement_number!);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.bytes.equals(stored)).toBe(true);
      const preview = await client.download(`${url}?inline=1`);
      expect(preview.status).toBe(200);
      expect(String(preview.headers['content-disposition'])).toMatch(/^inline;/);
      expect(preview.headers['x-content-type-options']).toBe('nosniff');
      expect(preview.bytes.equals(stored)).toBe(true);
    }

    const stranger = await loggedInAt(app, '13800000002');
    const otherEmployer = await employerClient('first');
    const otherCollege = await loggedInAt(app, 'college2');
    const anonymous = await new ClientAt(app).open();
    const before = await stateCounts(db);
    expectRefusal(await stranger.get(`/api/student/agreements/${id}/pdf`), 404, 'NOT_FOUND');
    expectRefusal(await otherEmployer.get(`/api/employer/agreements/${id}/pdf`), 404, 'NOT_FOUND');
    expectRefusal(await otherCollege.get(`/api/review/agreements/${id}/pdf`), 404, 'NOT_FOUND');
    expectRefusal(await anonymous.get(`/api/student/agreements/${id}/pdf`), 401, 'UNAUTHENTICATED');
    expect(await stateCounts(db)).toEqual(before);
  });

  it('the PDF says who signed what: 协议编号, both parties, 示例大学 and the review records', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const { row, file } = await effectiveWithDocument(student, 'second');
    const document = await getDocumentProxy(new Uint8Array(app.files.read(file.sha256)));
    const text = (await extractText(document, { mergePages: true })).text as string;
    const compact = text.replace(/\s+/g, '');
    for (const expected of [
      row.agreement_number!,
      student.name,
      EMPLOYERS.second.name,
      '示例大学',
      '毕业生就业协议书',
      '审核记录',
      '院系审核',
      '学校审核',
      '院系同意',
      '同意',
      row.verification_code!,
    ]) {
      expect(compact, expected).toContain(expected.replace(/\s+/g, ''));
    }
  });

  it("an effective agreement's content never changes: every further action is refused and the row stays the same", async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const id = await effectiveAgreement(student);
    await app.jobs.runDue();
    const row = await agreementRow(db, id);
    const graduate = await loggedInAt(app, student.phone);
    const employer = await employerClient('first');
    const college = await loggedInAt(app, 'college1');
    const school = await loggedInAt(app, 'school1');
    const before = await stateCounts(db);

    expectRefusal(await employer.post(`/api/employer/agreements/${id}/withdraw`), 409, 'STALE_STATE');
    expectRefusal(await graduate.post(`/api/student/agreements/${id}/decline`), 409, 'STALE_STATE');
    expectRefusal(await reauthenticateAndAccept(graduate, id), 409, 'STALE_STATE');
    expectRefusal(await decide(college, id, 'rejected', '撤销'), 409, 'STALE_STATE');
    expectRefusal(await decide(school, id, 'rejected', '撤销'), 409, 'STALE_STATE');
    expectRefusal(await decide(school, id, 'approved'), 409, 'STALE_STATE');
    const batch = await school.post('/api/review/agreements/batch-approve', { ids: [id] });
    expect(batch.body).toMatchObject({ approved: [], skipped: [{ id }] });
    await app.jobs.runDue({ sweep: true });

    const after = await stateCounts(db);
    expect(after).toEqual({ ...before, audit_event: before.audit_event! + 1 }); // the re-authentication only
    expect(await agreementRow(db, id)).toEqual(row);
  });

  it('验真 is public: masked name and 身份证号, the status; an unknown code → 404 in Chinese', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const { row, file } = await effectiveWithDocument(student, 'third');

    const visitor = new ClientAt(app);
    const verified = await visitor.get(`/api/public/verify/${row.verification_code}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      agreementNumber: row.agreement_number,
      statusLabel: '已生效',
      kindName: '线上签约',
      employerName: EMPLOYERS.third.name,
      schoolName: '示例大学',
      pdfSha256: file.sha256,
    });
    expect(verified.body.studentName).not.toBe(student.name);
    expect(verified.body.studentName[0]).toBe([...student.name][0]);
    expect(verified.body.studentName).toMatch(/^.\*+$/u);
    expect(verified.body.studentIdNumber).toContain('*');
    expect(verified.body.studentIdNumber).not.toContain(student.idNumber.slice(6, 14));
    expect(JSON.stringify(verified.body)).not.toContain(student.idNumber);
    expect((await visitor.get(`/api/public/verify/${row.verification_code!.toLowerCase()}`)).body.agreementNumber).toBe(
      row.agreement_number,
    );

    const unknown = await visitor.get('/api/public/verify/ZZZZZZZZZZZZZZZZ');
    expectRefusal(unknown, 404, 'NOT_FOUND');
    expect(unknown.body.message).toMatch(/未找到/);
    expectRefusal(await visitor.get(`/api/public/verify/${'A'.repeat(33)}`), 400, 'INVALID_INPUT');
    // An agreement still in review has no code to verify.
    const pending = await agreementRow(db, await atCollegeReview(await confirmedStudent(db)));
    expect(pending.verification_code).toBeNull();
  });
});
