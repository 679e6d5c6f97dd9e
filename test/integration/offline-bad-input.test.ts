// 线下签约 / 纸质三方: the bad-input list. Every refusal is a 4xx with a code, a Chinese message and
// the field it concerns, and leaves nothing stored or half-written (rows and the file directory).
import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import { ClientAt, loggedInAt } from './helpers';
import {
  BAD_FILES,
  OFFLINE_FORM,
  PAPER_NUMBER,
  REQUIRED_AFTER_NAME,
  agreementRow,
  awaitingScan,
  decide,
  decided,
  expectError,
  invitation,
  expectNothingStored,
  freshStudent,
  pngPages,
  postFiles,
  reviewersAt,
  scanPdf,
  scanPng,
  sendLink,
  storageSnapshot,
  submitOffline,
  submitPaper,
  uploadOwnScan,
  uploadThroughLink,
  type FilePart,
  type Reviewers,
} from './offline-helpers';
import { makeUscc } from '../../src/domain/validators';

/** The three upload endpoints of the issue, each with the form field that carries the files. */
type Endpoint = { name: string; field: string; post: (files: FilePart[]) => Promise<{ status: number; body: any }> };

describeOnDialects('线下签约 bad input: uploads, return links, forms, states and reviewers', (context) => {
  let reviewers: Reviewers;
  let college2: ClientAt;
  let ownScan: Endpoint;
  let linkScan: Endpoint;
  let paper: Endpoint;
  let ownScanAgreement: number;
  let linkAgreement: number;
  let linkToken: string;

  beforeAll(async () => {
    const { app, db } = context();
    reviewers = await reviewersAt(app);
    college2 = await loggedInAt(app, 'college2');

    const own = await freshStudent(app, db);
    ownScanAgreement = await awaitingScan(app, own.client, reviewers);
    ownScan = { name: '本人回传', field: 'pages', post: (files) => uploadOwnScan(own.client, ownScanAgreement, files) };

    const linked = await freshStudent(app, db);
    linkAgreement = await awaitingScan(app, linked.client, reviewers);
    linkToken = (await sendLink(db, linked.client, linkAgreement)).token;
    const employerVisitor = await new ClientAt(app).open();
    linkScan = {
      name: '用人单位回传链接',
      field: 'pages',
      post: (files) => uploadThroughLink(employerVisitor, linkToken, files),
    };

    const papered = await freshStudent(app, db);
    paper = { name: '纸质协议书登记', field: 'scans', post: (files) => submitPaper(papered.client, files) };
  });

  const endpoints = () => [ownScan, linkScan, paper];

  describe('files', () => {
    const cases: { title: string; file: () => FilePart }[] = [
      { title: 'a text file named .pdf sent as application/pdf', file: BAD_FILES.textAsPdf },
      { title: "an executable ('MZ') renamed .jpg", file: BAD_FILES.exeAsJpg },
      { title: "an executable ('\\x7fELF') renamed .jpg", file: BAD_FILES.elfAsJpg },
      { title: 'a zero-byte file', file: BAD_FILES.empty },
      {
        title: 'a file name with a control character (a\\u0001b.png)',
        file: () => ({ filename: 'a\u0001b.png', contentType: 'image/png', content: scanPng() }),
      },
      {
        title: 'a file name with a DEL character',
        file: () => ({ filename: 'scan\u007f.png', contentType: 'image/png', content: scanPng() }),
      },
      // A name with path parts must reach readMultipartForm whole (busboy's preservePath), to be refused.
      {
        title: "a file name with ../ ('../../etc/passwd.png')",
        file: () => ({ filename: '../../etc/passwd.png', contentType: 'image/png', content: scanPng() }),
      },
      {
        title: "a file name with ..\\ ('..\\..\\windows\\scan.png')",
        file: () => ({ filename: '..\\..\\windows\\scan.png', contentType: 'image/png', content: scanPng() }),
      },
      {
        title: "a file name with a directory ('sub/dir.png')",
        file: () => ({ filename: 'sub/dir.png', contentType: 'image/png', content: scanPng() }),
      },
    ];
    for (const endpointIndex of [0, 1, 2]) {
      for (const { title, file } of cases) {
        it(`${['本人回传', '回传链接', '纸质登记'][endpointIndex]}: ${title} → 400 naming the field, nothing stored`, async () => {
          const { app, db } = context();
          const endpoint = endpoints()[endpointIndex]!;
          const before = await storageSnapshot(app, db);
          const response = await endpoint.post([file()]);
          expectError(response, 400, 'INVALID_INPUT', endpoint.field);
          await expectNothingStored(app, db, before);
        });
      }

      it(`${['本人回传', '回传链接', '纸质登记'][endpointIndex]}: an 11 MB file → 400 naming the field (…超过 10 MB), nothing stored`, async () => {
        const { app, db } = context();
        const endpoint = endpoints()[endpointIndex]!;
        const before = await storageSnapshot(app, db);
        const response = await endpoint.post([BAD_FILES.oversized()]);
        expectError(response, 400, 'INVALID_INPUT', endpoint.field);
        expect(response.body.message).toMatch(/10 MB/);
        await expectNothingStored(app, db, before);
      });

      it(`${['本人回传', '回传链接', '纸质登记'][endpointIndex]}: a good page followed by a fake PDF → 400, the good page not attached`, async () => {
        const { app, db } = context();
        const endpoint = endpoints()[endpointIndex]!;
        const before = await storageSnapshot(app, db);
        const response = await endpoint.post([...pngPages(1), BAD_FILES.textAsPdf()]);
        expectError(response, 400, 'INVALID_INPUT', endpoint.field);
        expect(response.body.message).toContain('协议书.pdf');
        // The good page may have been written before the transaction rolled back: no row names it.
        await expectNothingStored(app, db, before, { leftovers: true });
      });

      it(`${['本人回传', '回传链接', '纸质登记'][endpointIndex]}: more than 10 pages → 400 naming the field`, async () => {
        const { app, db } = context();
        const endpoint = endpoints()[endpointIndex]!;
        const before = await storageSnapshot(app, db);
        const response = await endpoint.post(pngPages(11));
        expectError(response, 400, 'INVALID_INPUT', endpoint.field);
        await expectNothingStored(app, db, before, { leftovers: true });
      });

      it(`${['本人回传', '回传链接', '纸质登记'][endpointIndex]}: no file at all → 400 naming the field`, async () => {
        const { app, db } = context();
        const endpoint = endpoints()[endpointIndex]!;
        const before = await storageSnapshot(app, db);
        const response = await endpoint.post([]);
        expectError(response, 400, 'INVALID_INPUT', endpoint.field);
        await expectNothingStored(app, db, before);
      });
    }

    it('纸质 退回修改 → resubmit with a bad scan → 400 naming scans, nothing stored; a good one adds round 2', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const submitted = await submitPaper(student.client, pngPages(1));
      const id = submitted.body.agreement.id as number;
      expect(await decided(reviewers.college, id, 'returned', '扫描件缺少第 2 页')).toBe('returned');
      const url = `/api/student/agreements/${id}/resubmit`;
      const data = { ...OFFLINE_FORM, paperAgreementNumber: PAPER_NUMBER };
      for (const bad of [BAD_FILES.textAsPdf(), BAD_FILES.exeAsJpg(), BAD_FILES.empty()]) {
        const before = await storageSnapshot(app, db);
        expectError(await postFiles(student.client, url, 'scans', [bad], data), 400, 'INVALID_INPUT', 'scans');
        await expectNothingStored(app, db, before);
      }
      const good = await postFiles(student.client, url, 'scans', pngPages(2), data);
      expect(good.status, JSON.stringify(good.body)).toBe(200);
      expect(good.body.agreement).toMatchObject({ status: 'college_review', reviewRound: 2 });
      const files = await student.client.get(`/api/student/agreements/${id}/files`);
      expect(
        files.body.items.map((file: { purpose: string; round: number; page: number }) => [
          file.purpose,
          file.round,
          file.page,
        ]),
      ).toEqual([
        ['paper_scan', 1, 1],
        ['paper_scan', 2, 1],
        ['paper_scan', 2, 2],
      ]);
    });

    it('the refusals left every endpoint usable: the same agreement and link take a good upload afterwards', async () => {
      const { db } = context();
      expect((await agreementRow(db, ownScanAgreement)).status).toBe('awaiting_scan');
      expect((await agreementRow(db, linkAgreement)).status).toBe('awaiting_scan');
      const own = await ownScan.post([
        { filename: '盖章协议.pdf', contentType: 'application/pdf', content: scanPdf() },
      ]);
      expect(own.status, JSON.stringify(own.body)).toBe(200);
      expect(own.body.agreement).toMatchObject({ status: 'scan_college_review', scanRound: 1 });
      const linked = await linkScan.post(pngPages(2));
      expect(linked.status, JSON.stringify(linked.body)).toBe(200);
      expect((await agreementRow(db, linkAgreement)).status).toBe('scan_college_review');
      const papered = await paper.post(pngPages(1));
      expect(papered.status, JSON.stringify(papered.body)).toBe(200);
      expect(papered.body.agreement).toMatchObject({ kind: 'paper', paperAgreementNumber: PAPER_NUMBER });
    });
  });

  describe('return links', () => {
    let student: Awaited<ReturnType<typeof freshStudent>>;
    let agreementId: number;
    let visitor: ClientAt;

    beforeAll(async () => {
      const { app, db } = context();
      student = await freshStudent(app, db);
      agreementId = await awaitingScan(app, student.client, reviewers);
      visitor = await new ClientAt(app).open();
    });

    it('an expired link (expires_at in the past) → 410 LINK_UNAVAILABLE saying 过期, for the summary, the PDF and the upload', async () => {
      const { app, db } = context();
      const { token } = await sendLink(db, student.client, agreementId);
      expect((await visitor.get(`/api/public/return/${token}`)).status).toBe(200);
      await db
        .updateTable('return_link')
        .set({ expires_at: new Date(Date.now() - 60_000).toISOString() })
        .where('agreement_id', '=', agreementId)
        .where('revoked_at', 'is', null)
        .execute();
      const before = await storageSnapshot(app, db);
      for (const response of [
        await visitor.get(`/api/public/return/${token}`),
        await visitor.get(`/api/public/return/${token}/pdf`),
        await uploadThroughLink(visitor, token, pngPages(1)),
      ]) {
        expectError(response, 410, 'LINK_UNAVAILABLE');
        expect(response.body.message).toMatch(/过期/);
      }
      await expectNothingStored(app, db, before);
      const listed = await student.client.get(`/api/student/agreements/${agreementId}/return-links`);
      expect(listed.body.items[0].state).toBe('expired');
      expect((await agreementRow(db, agreementId)).status).toBe('awaiting_scan');
    });

    it('a revoked link → 410 saying 撤销; revoking when no link is live → 409', async () => {
      const { app, db } = context();
      const { token } = await sendLink(db, student.client, agreementId);
      const revoked = await student.client.post(`/api/student/agreements/${agreementId}/return-links/revoke`);
      expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
      expect(revoked.body.items[0].state).toBe('revoked');
      const before = await storageSnapshot(app, db);
      const upload = await uploadThroughLink(visitor, token, pngPages(1));
      expectError(upload, 410, 'LINK_UNAVAILABLE');
      expect(upload.body.message).toMatch(/撤销/);
      const summary = await visitor.get(`/api/public/return/${token}`);
      expectError(summary, 410, 'LINK_UNAVAILABLE');
      expect(summary.body.message).toMatch(/撤销/);
      await expectNothingStored(app, db, before);
      const again = await student.client.post(`/api/student/agreements/${agreementId}/return-links/revoke`);
      expectError(again, 409, 'STALE_STATE');
      await expectNothingStored(app, db, before);
    });

    it('resending revokes the earlier link: the old token says 撤销, the new one works', async () => {
      const { app, db } = context();
      const first = await sendLink(db, student.client, agreementId);
      const second = await sendLink(db, student.client, agreementId, 'sms');
      expect(second.token).not.toBe(first.token);
      expect(second.items.filter((link) => link.state === 'active')).toHaveLength(1);
      const before = await storageSnapshot(app, db);
      const old = await uploadThroughLink(visitor, first.token, pngPages(1));
      expectError(old, 410, 'LINK_UNAVAILABLE');
      expect(old.body.message).toMatch(/撤销/);
      await expectNothingStored(app, db, before);
      expect((await visitor.get(`/api/public/return/${second.token}`)).status).toBe(200);
    });

    it('an unknown token → 404; a malformed one → 404; nothing stored', async () => {
      const { app, db } = context();
      const before = await storageSnapshot(app, db);
      const unknown = 'A'.repeat(43);
      for (const token of [unknown, 'short', 'x'.repeat(100)]) {
        expectError(await visitor.get(`/api/public/return/${token}`), 404, 'NOT_FOUND');
        expectError(await uploadThroughLink(visitor, token, pngPages(1)), 404, 'NOT_FOUND');
      }
      await expectNothingStored(app, db, before);
    });

    it('a second upload through a used link → 410 saying 已使用, nothing stored', async () => {
      const { app, db } = context();
      const { token } = await sendLink(db, student.client, agreementId);
      const first = await uploadThroughLink(visitor, token, pngPages(2));
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      const before = await storageSnapshot(app, db);
      const second = await uploadThroughLink(visitor, token, pngPages(1));
      expectError(second, 410, 'LINK_UNAVAILABLE');
      expect(second.body.message).toMatch(/已使用/);
      expectError(await visitor.get(`/api/public/return/${token}`), 410, 'LINK_UNAVAILABLE');
      await expectNothingStored(app, db, before);
      const row = await agreementRow(db, agreementId);
      expect(row).toMatchObject({ status: 'scan_college_review', scan_round: 1 });
    });
  });

  describe('the form and its draft', () => {
    it('提交 with only 单位名称 → 400 naming every missing required field; nothing stored', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const before = await storageSnapshot(app, db);
      const response = await student.client.post('/api/student/agreements/offline', {
        employerName: OFFLINE_FORM.employerName,
      });
      expectError(response, 400, 'INVALID_INPUT');
      const paths = response.body.fields.map((field: { path: string }) => field.path);
      for (const path of REQUIRED_AFTER_NAME) expect(paths, path).toContain(path);
      expect(paths).not.toContain('employerName');
      for (const field of response.body.fields) expect(field.message).toMatch(/[\u4e00-\u9fa5]/);
      await expectNothingStored(app, db, before);
    });

    it('invalid values are named: a bad 统一社会信用代码, codes not in the tables, a bad mobile and email', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const before = await storageSnapshot(app, db);
      const response = await submitOffline(student.client, {
        employerUscc: '91110108MA01A2B3C0',
        employerNatureCode: '99999',
        employerRegionCode: '999999',
        contactMobile: '12345',
        contactEmail: 'not-an-email',
        supplement: '补'.repeat(1001),
      });
      expectError(response, 400, 'INVALID_INPUT');
      const paths = response.body.fields.map((field: { path: string }) => field.path);
      for (const path of [
        'employerUscc',
        'employerNatureCode',
        'employerRegionCode',
        'contactMobile',
        'contactEmail',
        'supplement',
      ]) {
        expect(paths, path).toContain(path);
      }
      await expectNothingStored(app, db, before);
    });

    it('paper registration with a bad paper number or missing fields → 400 naming them; no file stored', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const before = await storageSnapshot(app, db);
      const badNumber = await submitPaper(student.client, pngPages(1), {
        ...OFFLINE_FORM,
        paperAgreementNumber: '编号/1',
      });
      expectError(badNumber, 400, 'INVALID_INPUT', 'paperAgreementNumber');
      const missing = await submitPaper(student.client, pngPages(1), { employerName: OFFLINE_FORM.employerName });
      expectError(missing, 400, 'INVALID_INPUT', 'paperAgreementNumber');
      for (const path of REQUIRED_AFTER_NAME)
        expect(missing.body.fields.map((field: { path: string }) => field.path)).toContain(path);
      const noData = await postFiles(student.client, '/api/student/agreements/paper', 'scans', pngPages(1), undefined);
      expectError(noData, 400, 'INVALID_INPUT', 'employerName');
      await expectNothingStored(app, db, before);
    });

    it('暂存 keeps partial data and stays one editable row; a refused 提交 leaves it; 取消 deletes it and nothing else', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const draftsOf = () =>
        db.selectFrom('agreement_draft').selectAll().where('student_record_id', '=', student.recordId).execute();
      /** A post refused naming employerUscc (统一社会信用代码), leaving every row and file as it was. */
      const refusedForUscc = async (url: string, body: Record<string, unknown>) => {
        const before = await storageSnapshot(app, db);
        expectError(await student.client.post(url, body), 400, 'INVALID_INPUT', 'employerUscc');
        await expectNothingStored(app, db, before);
      };

      expect((await student.client.post('/api/student/drafts/offline', { employerName: '北京某某' })).status).toBe(200);
      const saved = await student.client.post('/api/student/drafts/offline', {
        employerName: '北京某某咨询',
        positionTitle: '顾问',
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(await draftsOf()).toHaveLength(1);
      const draft = await student.client.get('/api/student/drafts/offline');
      expect(draft.body.draft).toMatchObject({
        kind: 'offline',
        data: { employerName: '北京某某咨询', positionTitle: '顾问' },
      });

      // A present field is still checked: a bad value is named and the saved draft is left as it was.
      await refusedForUscc('/api/student/drafts/offline', { employerUscc: '123' });

      // 提交 of the incomplete form is refused and the draft is kept.
      await refusedForUscc('/api/student/agreements/offline', { employerName: '北京某某咨询' });
      expect((await student.client.get('/api/student/drafts/offline')).body.draft.data.positionTitle).toBe('顾问');

      // 取消 removes the draft and touches no agreement (nor the paper draft).
      expect((await student.client.post('/api/student/drafts/paper', { paperAgreementNumber: 'BJ-0001' })).status).toBe(
        200,
      );
      const agreementsBefore = JSON.stringify(await db.selectFrom('agreement').selectAll().orderBy('id').execute());
      const cancelled = await student.client.post('/api/student/drafts/offline/cancel');
      expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
      expect(JSON.stringify(await db.selectFrom('agreement').selectAll().orderBy('id').execute())).toBe(
        agreementsBefore,
      );
      expect((await draftsOf()).map((row) => row.kind)).toEqual(['paper']);
      expect((await student.client.get('/api/student/drafts/offline')).body.draft).toBeNull();

      const beforeSecondCancel = await storageSnapshot(app, db);
      expectError(await student.client.post('/api/student/drafts/offline/cancel'), 404, 'NOT_FOUND');
      await expectNothingStored(app, db, beforeSecondCancel);
    });

    it('暂存 of an unknown kind → 400 naming kind', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const before = await storageSnapshot(app, db);
      expectError(
        await student.client.post('/api/student/drafts/online', { employerName: '北京某某' }),
        400,
        'INVALID_INPUT',
        'kind',
      );
      expectError(await student.client.post('/api/student/drafts/online/cancel'), 400, 'INVALID_INPUT', 'kind');
      await expectNothingStored(app, db, before);
    });

    it('an unconfirmed student can neither save nor submit (403 RECORD_NOT_CONFIRMED)', async () => {
      const { app, db } = context();
      const unconfirmed = await loggedInAt(app, '13800000001');
      const before = await storageSnapshot(app, db);
      expectError(
        await unconfirmed.post('/api/student/drafts/offline', { employerName: '北京某某' }),
        403,
        'RECORD_NOT_CONFIRMED',
      );
      expectError(await submitOffline(unconfirmed), 403, 'RECORD_NOT_CONFIRMED');
      await expectNothingStored(app, db, before);
    });
  });

  describe('states: the student cannot edit or return the scan while the agreement is in review', () => {
    it('resubmit while 院系审核中 / 学校审核中 / 待回传 → 409 and nothing changed; 本人回传 while in review → 409', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const submitted = await submitOffline(student.client);
      const id = submitted.body.agreement.id as number;

      for (const stage of ['college_review', 'school_review'] as const) {
        expect((await agreementRow(db, id)).status).toBe(stage);
        const before = await storageSnapshot(app, db);
        const edit = await student.client.post(`/api/student/agreements/${id}/resubmit`, {
          ...OFFLINE_FORM,
          positionTitle: '改过的岗位',
        });
        expectError(edit, 409, 'STALE_STATE');
        expect(edit.body.message).toMatch(/审核中/);
        const upload = await uploadOwnScan(student.client, id, pngPages(1));
        expectError(upload, 409, 'STALE_STATE');
        const link = await student.client.post(`/api/student/agreements/${id}/return-links`, { channel: 'email' });
        expectError(link, 409, 'STALE_STATE');
        await expectNothingStored(app, db, before);
        if (stage === 'college_review') await decided(reviewers.college, id, 'approved');
      }
    });

    it('after 就业协议审核通过 the 单位名称 and 统一社会信用代码 are locked: resubmit → 409, the row unchanged', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const id = await awaitingScan(app, student.client, reviewers);
      const before = await storageSnapshot(app, db);
      const rowBefore = await agreementRow(db, id);
      const otherUscc = makeUscc('91110108MA02A2B3C');
      expect(otherUscc).not.toBe(OFFLINE_FORM.employerUscc);
      for (const change of [
        { employerName: '另一家咨询有限公司' },
        { employerUscc: otherUscc },
        { positionTitle: '高级咨询顾问' },
      ]) {
        const response = await student.client.post(`/api/student/agreements/${id}/resubmit`, {
          ...OFFLINE_FORM,
          ...change,
        });
        expectError(response, 409, 'STALE_STATE');
      }
      expect(await agreementRow(db, id)).toEqual(rowBefore);
      await expectNothingStored(app, db, before);
    });

    it('a student cannot act on another student’s agreement (404)', async () => {
      const { app, db } = context();
      const owner = await freshStudent(app, db);
      const other = await freshStudent(app, db);
      const id = await awaitingScan(app, owner.client, reviewers);
      const before = await storageSnapshot(app, db);
      expectError(await uploadOwnScan(other.client, id, pngPages(1)), 404, 'NOT_FOUND');
      expectError(
        await other.client.post(`/api/student/agreements/${id}/return-links`, { channel: 'email' }),
        404,
        'NOT_FOUND',
      );
      expectError(await other.client.post(`/api/student/agreements/${id}/return-links/revoke`), 404, 'NOT_FOUND');
      expectError(await other.client.post(`/api/student/agreements/${id}/resubmit`, OFFLINE_FORM), 404, 'NOT_FOUND');
      await expectNothingStored(app, db, before);
    });
  });

  describe('reviewers', () => {
    it('a reviewer of another college (college2) → 404 for the decision, the detail and the files', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const id = (await submitOffline(student.client)).body.agreement.id as number;
      const before = await storageSnapshot(app, db);
      for (const result of ['approved', 'returned', 'rejected'] as const) {
        expectError(await decide(college2, id, result, '不在本院系'), 404, 'NOT_FOUND');
      }
      expectError(await college2.get(`/api/review/agreements/${id}`), 404, 'NOT_FOUND');
      expectError(await college2.get(`/api/review/agreements/${id}/files`), 404, 'NOT_FOUND');
      const queue = await college2.get('/api/review/agreements?status=all&pageSize=200');
      expect(queue.body.items.map((item: { id: number }) => item.id)).not.toContain(id);
      await expectNothingStored(app, db, before);
      expect((await agreementRow(db, id)).status).toBe('college_review');
    });

    it('退回修改 / 不通过 without a comment (or a blank one) → 400 naming comment; nothing changed', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const id = (await submitOffline(student.client)).body.agreement.id as number;
      const before = await storageSnapshot(app, db);
      for (const result of ['returned', 'rejected'] as const) {
        expectError(await decide(reviewers.college, id, result), 400, 'INVALID_INPUT', 'comment');
        expectError(await decide(reviewers.college, id, result, '   '), 400, 'INVALID_INPUT', 'comment');
      }
      await expectNothingStored(app, db, before);
    });

    it('退回修改 of the sealed scan without a comment → 400 naming comment', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const id = await awaitingScan(app, student.client, reviewers);
      expect((await uploadOwnScan(student.client, id, pngPages(1))).status).toBe(200);
      const before = await storageSnapshot(app, db);
      expectError(await decide(reviewers.college, id, 'returned'), 400, 'INVALID_INPUT', 'comment');
      await expectNothingStored(app, db, before);
    });

    it('退回修改 on an online agreement → 400; a reviewer acting at the wrong stage → 409', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const id = await invitation(await loggedInAt(app, '13900000001'), student);
      expect((await student.client.post('/api/auth/reauthenticate', { password: student.password })).status).toBe(200);
      expect((await student.client.post(`/api/student/agreements/${id}/accept`)).status).toBe(200);
      const before = await storageSnapshot(app, db);
      const returned = await decide(reviewers.college, id, 'returned', '请补充材料');
      expectError(returned, 400, 'INVALID_INPUT', 'result');
      expectError(await decide(reviewers.school, id, 'approved'), 409, 'STALE_STATE');
      await expectNothingStored(app, db, before);
      expect((await agreementRow(db, id)).status).toBe('college_review');
    });
  });
});
