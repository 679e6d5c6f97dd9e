// 线下签约 / 纸质三方: the signing slot across kinds, the whole review and sealed-scan life with its audit
// trail, the stored PDF and pages, who may see the attachments, and what a return link gives the employer.
import fs from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { maskName } from '../../src/domain/masking';
import { sha256 } from '../../src/server/auth/tokens';
import { describeOnDialects } from '../support/app';
import { ClientAt, loggedInAt } from './helpers';
import {
  OFFLINE_FORM,
  PAPER_NUMBER,
  agreementRow,
  auditOf,
  awaitingScan,
  bytesClient,
  decided,
  expectError,
  expectNothingStored,
  freshStudent,
  invitation,
  pngPages,
  reviewersAt,
  scanPdf,
  scanPng,
  sendLink,
  sha256Hex,
  storageSnapshot,
  submitOffline,
  submitPaper,
  uploadOwnScan,
  uploadThroughLink,
  type Reviewers,
} from './offline-helpers';

async function pdfText(bytes: Buffer): Promise<string> {
  return (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text;
}

describeOnDialects('线下签约: signing slot, review life, files and return links', (context) => {
  let reviewers: Reviewers;
  let college2: ClientAt;
  let employer: ClientAt;

  beforeAll(async () => {
    const { app } = context();
    reviewers = await reviewersAt(app);
    college2 = await loggedInAt(app, 'college2');
    employer = await loggedInAt(app, '13900000001');
  });

  /** Every way to take a second agreement is refused with 409 naming the holder; nothing is stored. */
  async function expectSlotHeld(
    student: Awaited<ReturnType<typeof freshStudent>>,
    invitationId: number,
    holderName: string,
  ) {
    const { app, db } = context();
    // 接受 asks for the password first (that step is audited on its own); then nothing may change.
    expect((await student.client.post('/api/auth/reauthenticate', { password: student.password })).status).toBe(200);
    const before = await storageSnapshot(app, db);
    const paper = await submitPaper(student.client, pngPages(2));
    const offline = await submitOffline(student.client, { employerName: '另一家咨询有限公司' });
    const accept = await student.client.post(`/api/student/agreements/${invitationId}/accept`);
    for (const response of [paper, offline, accept]) {
      expectError(response, 409, 'CONFLICT');
      expect(response.body.message).toContain(holderName);
    }
    await expectNothingStored(app, db, before);
    const view = await student.client.get(`/api/student/agreements/${invitationId}`);
    expect(view.body.agreement).toMatchObject({ status: 'invited', canAnswer: false });
    expect(view.body.agreement.blockedReason).toMatch(/[\u4e00-\u9fa5]/);
  }

  describe('the one signing slot across kinds (DOMAIN §5.1)', () => {
    it('while an offline agreement is in review, returned, awaiting the scan or its scan is in review: paper, offline and 接受 → 409', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const invited = await invitation(employer, student);
      const id = (await submitOffline(student.client)).body.agreement.id as number;

      await expectSlotHeld(student, invited, OFFLINE_FORM.employerName);
      expect(await decided(reviewers.college, id, 'returned', '岗位名称请写全称')).toBe('returned');
      await expectSlotHeld(student, invited, OFFLINE_FORM.employerName);
      expect((await student.client.post(`/api/student/agreements/${id}/resubmit`, OFFLINE_FORM)).status).toBe(200);
      expect(await decided(reviewers.college, id, 'approved')).toBe('school_review');
      await expectSlotHeld(student, invited, OFFLINE_FORM.employerName);
      expect(await decided(reviewers.school, id, 'approved')).toBe('awaiting_scan');
      await expectSlotHeld(student, invited, OFFLINE_FORM.employerName);
      expect((await uploadOwnScan(student.client, id, pngPages(1))).status).toBe(200);
      await expectSlotHeld(student, invited, OFFLINE_FORM.employerName);

      // 不通过 of the scan voids the agreement: the slot is free again, the invitation can be accepted.
      expect(await decided(reviewers.college, id, 'rejected', '盖章不清晰且单位名称不符')).toBe('voided');
      expect((await student.client.post('/api/auth/reauthenticate', { password: student.password })).status).toBe(200);
      const accepted = await student.client.post(`/api/student/agreements/${invited}/accept`);
      expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    });

    it('while a paper registration is in review, an offline form is refused naming it', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const paper = await submitPaper(student.client, pngPages(1));
      expect(paper.status, JSON.stringify(paper.body)).toBe(200);
      const before = await storageSnapshot(app, db);
      const offline = await submitOffline(student.client);
      expectError(offline, 409, 'CONFLICT');
      expect(offline.body.message).toContain(OFFLINE_FORM.employerName);
      expect(offline.body.message).toMatch(/院系审核中/);
      await expectNothingStored(app, db, before);
    });

    it('after 不通过 (已作废) the slot is free: a new form is submitted; the voided one stays as it was', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const first = (await submitOffline(student.client)).body.agreement.id as number;
      expect(await decided(reviewers.college, first, 'approved')).toBe('school_review');
      expect(await decided(reviewers.school, first, 'rejected', '单位信息与营业执照不符')).toBe('voided');
      const view = await student.client.get(`/api/student/agreements/${first}`);
      expect(view.body.agreement).toMatchObject({
        status: 'voided',
        canEdit: false,
        canUploadScan: false,
        failureReason: '单位信息与营业执照不符',
      });
      expectError(
        await student.client.post(`/api/student/agreements/${first}/resubmit`, OFFLINE_FORM),
        409,
        'STALE_STATE',
      );
      const second = await submitOffline(student.client, {
        employerName: '北京另一家咨询有限公司',
        positionTitle: '分析师',
      });
      expect(second.status, JSON.stringify(second.body)).toBe(200);
      expect(second.body.agreement).toMatchObject({ status: 'college_review', reviewRound: 1 });
      expect(second.body.agreement.id).not.toBe(first);
      expect((await agreementRow(db, first)).status).toBe('voided');
    });
  });

  describe('the whole life of one offline agreement', () => {
    let student: Awaited<ReturnType<typeof freshStudent>>;
    let id: number;
    let agreementNumber: string;
    let pdfSha: string;
    let token: string;

    beforeAll(async () => {
      const { app, db } = context();
      student = await freshStudent(app, db);
    });

    it('提交 → 退回修改 → resubmit: reviewRound 2 and the queue shows 需重审', async () => {
      const { db } = context();
      const submitted = await submitOffline(student.client, { supplement: '提供住房补贴。' });
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
      id = submitted.body.agreement.id;
      expect(submitted.body.agreement).toMatchObject({
        kind: 'offline',
        status: 'college_review',
        reviewRound: 1,
        agreementNumber: null,
        hasPdf: false,
      });
      const queued = await reviewers.college.get('/api/review/agreements?status=all&pageSize=200');
      expect(queued.body.items.find((item: { id: number }) => item.id === id)).toMatchObject({
        needsRereview: false,
        status: 'college_review',
      });

      expect(await decided(reviewers.college, id, 'returned', '岗位名称请写全称')).toBe('returned');
      const returned = await student.client.get(`/api/student/agreements/${id}`);
      expect(returned.body.agreement).toMatchObject({
        status: 'returned',
        canEdit: true,
        failureReason: '岗位名称请写全称',
      });
      expect(returned.body.agreement.reviews).toEqual([
        expect.objectContaining({ stage: 'college', result: 'returned', comment: '岗位名称请写全称' }),
      ]);

      const resubmitted = await student.client.post(`/api/student/agreements/${id}/resubmit`, {
        ...OFFLINE_FORM,
        positionTitle: '管理咨询顾问',
      });
      expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);
      expect(resubmitted.body.agreement).toMatchObject({
        status: 'college_review',
        reviewRound: 2,
        failureReason: null,
      });
      expect(resubmitted.body.agreement.terms.positionTitle).toBe('管理咨询顾问');
      const queue = await reviewers.college.get('/api/review/agreements?status=all&pageSize=200');
      expect(queue.body.items.find((item: { id: number }) => item.id === id)).toMatchObject({
        needsRereview: true,
        status: 'college_review',
      });
      expect((await agreementRow(db, id)).review_round).toBe(2);
    });

    it('院系 and 学校 通过 → 就业协议审核通过: 协议编号, and the PDF says 待用人单位盖章', async () => {
      const { app, db } = context();
      expect(await decided(reviewers.college, id, 'approved')).toBe('school_review');
      expect(await decided(reviewers.school, id, 'approved')).toBe('awaiting_scan');
      await app.jobs.runDue({ sweep: true });
      const view = await student.client.get(`/api/student/agreements/${id}`);
      expect(view.body.agreement).toMatchObject({
        status: 'awaiting_scan',
        canUploadScan: true,
        canEdit: false,
        hasPdf: true,
      });
      agreementNumber = view.body.agreement.agreementNumber;
      expect(agreementNumber).toMatch(/^2027100\d{9}$/);

      const owner = await bytesClient(app, student.phone, student.password);
      const download = await owner.download(`/api/student/agreements/${id}/pdf`);
      expect(download.status).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(String(download.headers['content-disposition'])).toMatch(/^attachment;/);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      const row = await agreementRow(db, id);
      expect(row.pdf_file_id).toBeNull();
      const stored = await db
        .selectFrom('stored_file')
        .selectAll()
        .where('id', '=', row.preseal_pdf_file_id!)
        .executeTakeFirstOrThrow();
      pdfSha = stored.sha256;
      expect(sha256Hex(download.bytes)).toBe(pdfSha);
      const text = await pdfText(download.bytes);
      expect(text).toContain('待用人单位盖章');
      expect(text.replace(/\s+/g, '')).toContain(agreementNumber);
      expect(text).toContain('管理咨询顾问');
    });

    it('用人单位协助回传: the message goes to the contact (email, then SMS), only the token’s hash is stored, resending revokes', async () => {
      const { db } = context();
      const byEmail = await sendLink(db, student.client, id, 'email');
      expect(byEmail.message).toMatchObject({ channel: 'email', recipient: OFFLINE_FORM.contactEmail });
      expect(byEmail.payload.subject).toMatch(/协议书/);
      expect(byEmail.payload.text).toContain(OFFLINE_FORM.contactName);
      expect(byEmail.items[0]).toMatchObject({ channel: 'email', state: 'active' });
      expect(byEmail.items[0]!.recipientMasked).not.toBe(OFFLINE_FORM.contactEmail);

      const bySms = await sendLink(db, student.client, id, 'sms');
      expect(bySms.message).toMatchObject({ channel: 'sms', recipient: OFFLINE_FORM.contactMobile });
      expect(bySms.items.map((link) => link.state)).toEqual(['active', 'revoked']);
      token = bySms.token;
      expect(token.length).toBeGreaterThanOrEqual(40);

      const links = await db
        .selectFrom('return_link')
        .selectAll()
        .where('agreement_id', '=', id)
        .orderBy('id')
        .execute();
      expect(links).toHaveLength(2);
      for (const [index, link] of links.entries()) {
        const clear = [byEmail.token, bySms.token][index]!;
        expect(link.token_hash).not.toBe(clear);
        expect(link.token_hash).toBe(sha256(clear));
        expect(JSON.stringify(link)).not.toContain(clear);
      }
      const days = (Date.parse(links[1]!.expires_at) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.99);
      expect(days).toBeLessThanOrEqual(7);
      const audits = JSON.stringify(await db.selectFrom('audit_event').selectAll().execute());
      expect(audits).not.toContain(byEmail.token);
      expect(audits).not.toContain(bySms.token);
    });

    it('the link shows a summary without personal data beyond the masked name, serves the PDF, and takes the scan for this agreement only', async () => {
      const { app, db } = context();
      // Another graduate's agreement, waiting with a live link of its own.
      const other = await freshStudent(app, db);
      const otherId = await awaitingScan(app, other.client, reviewers, { positionTitle: '审计助理' });
      const otherLink = await sendLink(db, other.client, otherId);

      const visitor = await bytesClient(app);
      const summary = await visitor.get(`/api/public/return/${token}`);
      expect(summary.status, JSON.stringify(summary.body)).toBe(200);
      expect(Object.keys(summary.body).sort()).toEqual([
        'agreementNumber',
        'employerName',
        'expiresAt',
        'positionTitle',
        'schoolName',
        'studentName',
      ]);
      expect(summary.body).toMatchObject({
        agreementNumber,
        employerName: OFFLINE_FORM.employerName,
        positionTitle: '管理咨询顾问',
        studentName: maskName(student.name),
        schoolName: '示例大学',
      });
      const text = JSON.stringify(summary.body);
      expect(text).not.toContain(student.name);
      expect(text).not.toContain(student.idNumber);
      expect(text).not.toContain(student.phone);

      const pdf = await visitor.download(`/api/public/return/${token}/pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(String(pdf.headers['content-disposition'])).toMatch(/^attachment;/);
      expect(sha256Hex(pdf.bytes)).toBe(pdfSha);

      const otherBefore = {
        row: await agreementRow(db, otherId),
        files: await db.selectFrom('agreement_file').selectAll().where('agreement_id', '=', otherId).execute(),
      };
      const pages = pngPages(2);
      const uploaded = await uploadThroughLink(visitor, token, pages);
      expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
      expect(await agreementRow(db, otherId)).toEqual(otherBefore.row);
      expect(await db.selectFrom('agreement_file').selectAll().where('agreement_id', '=', otherId).execute()).toEqual(
        otherBefore.files,
      );
      expect((await visitor.get(`/api/public/return/${otherLink.token}`)).body.positionTitle).toBe('审计助理');

      const row = await agreementRow(db, id);
      expect(row).toMatchObject({ status: 'scan_college_review', scan_round: 1 });
      const files = await db
        .selectFrom('agreement_file')
        .selectAll()
        .where('agreement_id', '=', id)
        .orderBy('page')
        .execute();
      expect(
        files.map((file) => ({
          purpose: file.purpose,
          round: file.round,
          page: file.page,
          via: file.uploaded_via,
          by: file.uploaded_by_account_id,
        })),
      ).toEqual([
        { purpose: 'sealed_scan', round: 1, page: 1, via: 'employer_link', by: null },
        { purpose: 'sealed_scan', round: 1, page: 2, via: 'employer_link', by: null },
      ]);
      const notified = await db
        .selectFrom('notification')
        .selectAll()
        .where('account_id', '=', student.accountId)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(notified.title).toMatch(/回传/);
    });

    it('协议书退回修改 → the student uploads again: scan_round 2 and both rounds of pages kept; editing the form stays refused', async () => {
      const { app, db } = context();
      expect(await decided(reviewers.college, id, 'returned', '公章不清晰,请重新扫描')).toBe('scan_returned');
      const view = await student.client.get(`/api/student/agreements/${id}`);
      expect(view.body.agreement).toMatchObject({ status: 'scan_returned', canUploadScan: true, canEdit: false });
      const before = await storageSnapshot(app, db);
      expectError(
        await student.client.post(`/api/student/agreements/${id}/resubmit`, {
          ...OFFLINE_FORM,
          employerName: '改名公司有限公司',
        }),
        409,
        'STALE_STATE',
      );
      await expectNothingStored(app, db, before);

      const again = await uploadOwnScan(student.client, id, [
        { filename: '盖章协议(重扫).pdf', contentType: 'application/pdf', content: scanPdf('round2') },
      ]);
      expect(again.status, JSON.stringify(again.body)).toBe(200);
      expect(again.body.agreement).toMatchObject({ status: 'scan_college_review', scanRound: 2 });
      const queue = await reviewers.college.get('/api/review/agreements?status=all&pageSize=200');
      expect(queue.body.items.find((item: { id: number }) => item.id === id).needsRereview).toBe(true);
      const listed = await reviewers.college.get(`/api/review/agreements/${id}/files`);
      expect(
        listed.body.items.map((file: { round: number; page: number; uploadedVia: string; mediaType: string }) => [
          file.round,
          file.page,
          file.uploadedVia,
          file.mediaType,
        ]),
      ).toEqual([
        [1, 1, 'employer_link', 'image/png'],
        [1, 2, 'employer_link', 'image/png'],
        [2, 1, 'student', 'application/pdf'],
      ]);
    });

    it('the final 通过 → 已生效: the record keeps its pre-seal PDF, gets its final document and keeps every scan page, each stored_file.sha256 matching the bytes on disk', async () => {
      const { app, db } = context();
      expect(await decided(reviewers.college, id, 'approved')).toBe('scan_school_review');
      expect(await decided(reviewers.school, id, 'approved')).toBe('effective');
      await app.jobs.runDue({ sweep: true });
      const row = await agreementRow(db, id);
      expect(row).toMatchObject({
        status: 'effective',
        agreement_number: agreementNumber,
        employer_name: OFFLINE_FORM.employerName,
        employer_uscc: OFFLINE_FORM.employerUscc,
      });
      expect(row.effective_at).not.toBeNull();
      // The pre-seal document is kept as it was; the agreement is its own final document.
      const preseal = await db
        .selectFrom('stored_file')
        .selectAll()
        .where('id', '=', row.preseal_pdf_file_id!)
        .executeTakeFirstOrThrow();
      expect(preseal.sha256).toBe(pdfSha);
      const pdf = await db
        .selectFrom('stored_file')
        .selectAll()
        .where('id', '=', row.pdf_file_id!)
        .executeTakeFirstOrThrow();
      expect(pdf.sha256).not.toBe(pdfSha);
      const pages = await db
        .selectFrom('agreement_file')
        .innerJoin('stored_file', 'stored_file.id', 'agreement_file.stored_file_id')
        .select([
          'agreement_file.round',
          'agreement_file.page',
          'stored_file.sha256',
          'stored_file.size',
          'stored_file.media_type',
        ])
        .where('agreement_file.agreement_id', '=', id)
        .orderBy('agreement_file.round')
        .orderBy('agreement_file.page')
        .execute();
      expect(pages).toHaveLength(3);
      for (const file of [preseal, pdf, ...pages]) {
        const onDisk = fs.readFileSync(app.files.pathOf(file.sha256));
        expect(sha256Hex(onDisk)).toBe(file.sha256);
        expect(onDisk.length).toBe(file.size);
      }
      const owner = await bytesClient(app, student.phone, student.password);
      const download = await owner.download(`/api/student/agreements/${id}/pdf`);
      expect(sha256Hex(download.bytes)).toBe(pdf.sha256);
      const view = await student.client.get(`/api/student/agreements/${id}`);
      expect(view.body.agreement).toMatchObject({ status: 'effective', canUploadScan: false, canEdit: false });
      // A used-up link stays unusable after the agreement took effect.
      expectError(await uploadThroughLink(await new ClientAt(app).open(), token, pngPages(1)), 410, 'LINK_UNAVAILABLE');
    });

    it('the audit trail: submitted, returned, resubmitted, approved, return_link_sent, scan_uploaded — each with from → to', async () => {
      const { db } = context();
      const events = await auditOf(db, id);
      const trail = events.map((event) => [event.action, event.from_status, event.to_status]);
      expect(trail).toEqual(
        expect.arrayContaining([
          ['agreement.submitted', null, 'college_review'],
          ['agreement.college_review_returned', 'college_review', 'returned'],
          ['agreement.resubmitted', 'returned', 'college_review'],
          ['agreement.college_review_approved', 'college_review', 'school_review'],
          ['agreement.school_review_approved', 'school_review', 'awaiting_scan'],
          ['agreement.scan_uploaded', 'awaiting_scan', 'scan_college_review'],
          ['agreement_scan.college_review_returned', 'scan_college_review', 'scan_returned'],
          ['agreement.scan_uploaded', 'scan_returned', 'scan_college_review'],
          ['agreement_scan.college_review_approved', 'scan_college_review', 'scan_school_review'],
          ['agreement_scan.school_review_approved', 'scan_school_review', 'effective'],
        ]),
      );
      const byAction = (action: string) => events.filter((event) => event.action === action);
      expect(byAction('agreement.submitted')[0]).toMatchObject({
        actor_role: 'student',
        actor_account_id: student.accountId,
      });
      expect(byAction('agreement.college_review_returned')[0]).toMatchObject({
        actor_role: 'college_reviewer',
        comment: '岗位名称请写全称',
      });
      expect(byAction('agreement.resubmitted')[0]).toMatchObject({
        actor_role: 'student',
        actor_account_id: student.accountId,
      });
      const uploads = byAction('agreement.scan_uploaded');
      expect(
        uploads.map((event) => [
          event.actor_role,
          event.actor_account_id,
          JSON.parse(event.details!).via,
          JSON.parse(event.details!).round,
        ]),
      ).toEqual([
        ['employer_link', null, 'employer_link', 1],
        ['student', student.accountId, 'student', 2],
      ]);
      // Sending a link changes no agreement status; the event says to whom (masked), by which channel.
      const sent = byAction('agreement.return_link_sent');
      expect(sent).toHaveLength(2);
      expect(sent.map((event) => JSON.parse(event.details!).channel)).toEqual(['email', 'sms']);
      expect(sent[1]!.details).not.toContain(OFFLINE_FORM.contactMobile);
      expect(sent[1]).toMatchObject({ actor_role: 'student', actor_account_id: student.accountId });
      // Append-only history, in order.
      expect(events.map((event) => event.id)).toEqual([...events.map((event) => event.id)].sort((a, b) => a - b));
      expect(events.every((event) => event.school_id !== null)).toBe(true);
    });
  });

  describe('attachments', () => {
    it('are served only to the owner and the reviewers in scope, with the sniffed type, content-disposition and nosniff', async () => {
      const { app, db } = context();
      const owner = await freshStudent(app, db);
      const id = await awaitingScan(app, owner.client, reviewers);
      const pdfNamedPng = scanPdf('pdf-named-png');
      const png = scanPng('cn-name');
      const uploaded = await uploadOwnScan(owner.client, id, [
        { filename: 'scan.png', contentType: 'image/png', content: pdfNamedPng },
        { filename: '盖章页.png', contentType: 'application/octet-stream', content: png },
      ]);
      expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);

      const list = await owner.client.get(`/api/student/agreements/${id}/files`);
      expect(list.status).toBe(200);
      expect(
        list.body.items.map((file: { fileName: string; mediaType: string; purpose: string }) => [
          file.fileName,
          file.mediaType,
          file.purpose,
        ]),
      ).toEqual([
        ['scan.png', 'application/pdf', 'sealed_scan'],
        ['盖章页.png', 'image/png', 'sealed_scan'],
      ]);
      const [first, second] = list.body.items as { id: number; sha256: string; size: number }[];
      expect(first!.sha256).toBe(sha256Hex(pdfNamedPng));
      expect(first!.size).toBe(pdfNamedPng.length);

      const ownerBytes = await bytesClient(app, owner.phone, owner.password);
      const asPdf = await ownerBytes.download(`/api/student/agreements/${id}/files/${first!.id}`);
      expect(asPdf.status).toBe(200);
      expect(asPdf.headers['content-type']).toBe('application/pdf');
      expect(asPdf.headers['x-content-type-options']).toBe('nosniff');
      expect(String(asPdf.headers['content-disposition'])).toMatch(/^inline; filename="scan\.png"/);
      expect(asPdf.bytes.equals(pdfNamedPng)).toBe(true);
      const asPng = await ownerBytes.download(`/api/student/agreements/${id}/files/${second!.id}`);
      expect(asPng.headers['content-type']).toBe('image/png');
      expect(String(asPng.headers['content-disposition'])).toContain(
        `filename*=UTF-8''${encodeURIComponent('盖章页.png')}`,
      );
      expect(asPng.bytes.equals(png)).toBe(true);

      for (const reviewer of [reviewers.college, reviewers.school]) {
        expect((await reviewer.get(`/api/review/agreements/${id}/files`)).body.items).toHaveLength(2);
        const page = await reviewer.get(`/api/review/agreements/${id}/files/${second!.id}`);
        expect(page.status).toBe(200);
        expect(page.headers['content-type']).toBe('image/png');
        expect(page.headers['x-content-type-options']).toBe('nosniff');
      }

      const stranger = await freshStudent(app, db);
      expectError(await stranger.client.get(`/api/student/agreements/${id}/files`), 404, 'NOT_FOUND');
      expectError(await stranger.client.get(`/api/student/agreements/${id}/files/${first!.id}`), 404, 'NOT_FOUND');
      expectError(await stranger.client.get(`/api/student/agreements/${id}/pdf`), 404, 'NOT_FOUND');
      expectError(await college2.get(`/api/review/agreements/${id}/files`), 404, 'NOT_FOUND');
      expectError(await college2.get(`/api/review/agreements/${id}/files/${first!.id}`), 404, 'NOT_FOUND');
      expectError(await college2.get(`/api/review/agreements/${id}/pdf`), 404, 'NOT_FOUND');
      const anonymous = await new ClientAt(app).open();
      expect((await anonymous.get(`/api/student/agreements/${id}/files/${first!.id}`)).status).toBe(401);
      expect([401, 403]).toContain((await employer.get(`/api/review/agreements/${id}/files/${first!.id}`)).status);

      // A file id of another agreement, asked for under one's own agreement, is not found.
      const strangerPaper = await submitPaper(stranger.client, pngPages(1), {
        ...OFFLINE_FORM,
        paperAgreementNumber: PAPER_NUMBER,
      });
      const strangerId = strangerPaper.body.agreement.id as number;
      const strangerFiles = await stranger.client.get(`/api/student/agreements/${strangerId}/files`);
      const foreignFileId = strangerFiles.body.items[0].id as number;
      expectError(await owner.client.get(`/api/student/agreements/${id}/files/${foreignFileId}`), 404, 'NOT_FOUND');
      expectError(
        await owner.client.get(`/api/student/agreements/${strangerId}/files/${foreignFileId}`),
        404,
        'NOT_FOUND',
      );
      expectError(await reviewers.college.get(`/api/review/agreements/${id}/files/${foreignFileId}`), 404, 'NOT_FOUND');
    });
  });
});
