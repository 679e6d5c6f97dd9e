import { expect, it } from 'vitest';
import { renderAgreementDocument } from '../../src/server/pdf/agreement-document';
import { agreementDocumentInput } from '../../src/server/services/agreement/generate-agreement-pdf';
import { describeOnDialects } from '../support/app';
import { scannedPagePdf, scannedPagePng } from '../e2e/offline-helpers';
import { embeddedFontFiles, pdfPageCount, pdfPageSizes, pdfText, writePagePngs } from './document-helpers';
import { acceptedAgreement, confirmedStudent, decide, EMPLOYERS, employerOf, expectRefusal, loggedInAt } from './helpers';
import {
  agreementRow,
  awaitingScan,
  decided,
  freshStudent,
  PAPER_NUMBER,
  sendLink,
  sha256Hex,
  submitPaper,
  uploadOwnScan,
  type Reviewers,
} from './offline-helpers';

const PUBLIC_URL = 'https://dj.example.edu.cn';
const MAX_DOCUMENT_BYTES = 200 * 1024;

describeOnDialects(
  'the electronic agreement document of every kind',
  (context) => {
    const reviewers = async (): Promise<Reviewers> => ({
      college: await loggedInAt(context().app, 'college1'),
      school: await loggedInAt(context().app, 'school1'),
    });
    const storedBytes = async (fileId: number | null) => {
      const { app, db } = context();
      expect(fileId).not.toBeNull();
      const file = await db.selectFrom('stored_file').select('sha256').where('id', '=', fileId!).executeTakeFirstOrThrow();
      return app.files.read(file.sha256);
    };
    const renderAgain = async (id: number, version: 'agreement' | 'preseal') => {
      const { app, db } = context();
      return renderAgreementDocument(await agreementDocumentInput(db, app.config, app.files, await agreementRow(db, id), version));
    };

    it('an effective 线下签约 agreement has its final document (已生效 + the sealed pages); downloads and 验真 give it, the pre-seal one stays 待盖章协议书', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const people = await reviewers();
      const id = await awaitingScan(app, student.client, people);
      const approved = await agreementRow(db, id);
      expect(approved.pdf_file_id).toBeNull();
      const preseal = await storedBytes(approved.preseal_pdf_file_id);
      const presealText = await pdfText(preseal);
      expect(presealText).toContain('待用人单位盖章');
      expect(presealText).toContain(`验证码:${approved.verification_code}`);
      expect(preseal.length).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);
      expect(preseal.equals(await renderAgain(id, 'preseal'))).toBe(true);
      writePagePngs(preseal, 'agreement-offline-preseal');

      // Before the seal, 下载协议 gives the document to print, under its own name; 验真 certifies no document yet.
      const printable = await student.client.download(`/api/student/agreements/${id}/pdf`);
      expect(printable.bytes.equals(preseal)).toBe(true);
      expect(decodeURIComponent(String(printable.headers['content-disposition']))).toContain(`待盖章协议书-${approved.agreement_number}.pdf`);
      const visitor = await loggedInAt(app, 'school1');
      expect((await visitor.get(`/api/public/verify/${approved.verification_code}`)).body).toMatchObject({
        statusLabel: '就业协议审核通过,待回传协议书',
        pdfSha256: null,
        sealedPages: [],
      });
      // The employer's link downloads the same pre-seal document.
      const { token } = await sendLink(db, student.client, id);
      expect((await student.client.download(`/api/public/return/${token}/pdf`)).bytes.equals(preseal)).toBe(true);

      const scans = [
        { filename: '盖章页.png', contentType: 'image/png', content: scannedPagePng(1) },
        { filename: '盖章页.pdf', contentType: 'application/pdf', content: await scannedPagePdf() },
      ];
      const uploaded = await uploadOwnScan(student.client, id, scans);
      expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
      expect(await decided(people.college, id, 'approved')).toBe('scan_school_review');
      expect(await decided(people.school, id, 'approved')).toBe('effective');

      // Until the final document is made, nothing is served as the agreement — never the draft.
      const early = await student.client.get(`/api/student/agreements/${id}/pdf`);
      expectRefusal(early, 409, 'STALE_STATE');
      expect(early.body.message).toMatch(/正在生成/);
      expect((await student.client.get(`/api/student/agreements/${id}`)).body.agreement).toMatchObject({ hasPdf: false, hasPresealPdf: true });
      await app.jobs.runDue();

      const effective = await agreementRow(db, id);
      expect(effective.preseal_pdf_file_id).toBe(approved.preseal_pdf_file_id);
      const final = await storedBytes(effective.pdf_file_id);
      expect(final.equals(preseal)).toBe(false);
      const finalText = await pdfText(final);
      expect(finalText).not.toContain('待用人单位盖章');
      expect(finalText).toContain('签约状态已生效');
      expect(finalText).toContain('生效时间');
      expect(finalText).toContain(`验证码:${effective.verification_code}`);
      expect(finalText).toContain('学校签约审核');
      expect(finalText).toContain('附件甲方盖章协议书扫描件第1份,共2份');
      expect(finalText).toContain('盖章协议书扫描件共2份,经丙方审核通过,附于本协议之后');
      expect(finalText).toContain(sha256Hex(scans[0]!.content));
      expect(finalText).toContain(sha256Hex(scans[1]!.content));
      expect(finalText).not.toContain('无法');
      expect(await pdfPageCount(final)).toBe((await pdfPageCount(preseal)) + 2);
      expect(new Set(await pdfPageSizes(final))).toEqual(new Set(['595x842']));
      expect(final.equals(await renderAgain(id, 'agreement'))).toBe(true);
      writePagePngs(final, 'agreement-offline-final');

      // 下载协议 for the student and the school, and 验真, give the final document; the pre-seal one keeps its name.
      expect((await student.client.get(`/api/student/agreements/${id}`)).body.agreement).toMatchObject({ hasPdf: true, hasPresealPdf: true });
      // The form's 统一社会信用代码 is that of a registered employer: it sees the agreement too.
      expect(effective.employer_id).toBe((await employerOf(db, EMPLOYERS.first.phone)).employerId);
      for (const [client, base] of [
        [student.client, `/api/student/agreements/${id}`],
        [await loggedInAt(app, EMPLOYERS.first.phone), `/api/employer/agreements/${id}`],
        [people.school, `/api/review/agreements/${id}`],
        [people.college, `/api/review/agreements/${id}`],
      ] as const) {
        const download = await client.download(`${base}/pdf`);
        expect(download.status, base).toBe(200);
        expect(download.bytes.equals(final)).toBe(true);
        expect(decodeURIComponent(String(download.headers['content-disposition']))).toContain(`就业协议书-${effective.agreement_number}.pdf`);
        const before = await client.download(`${base}/pdf?document=preseal`);
        expect(before.bytes.equals(preseal)).toBe(true);
        expect(decodeURIComponent(String(before.headers['content-disposition']))).toContain(`待盖章协议书-${effective.agreement_number}.pdf`);
      }
      expect((await visitor.get(`/api/public/verify/${effective.verification_code}`)).body).toMatchObject({
        statusLabel: '已生效',
        pdfSha256: sha256Hex(final),
        sealedPages: [
          { page: 1, sha256: sha256Hex(scans[0]!.content) },
          { page: 2, sha256: sha256Hex(scans[1]!.content) },
        ],
      });

      // The job ran once per document: running it again stores nothing new.
      const stored = await db.selectFrom('stored_file').select('id').execute();
      await app.jobs.runDue({ sweep: true });
      expect(await db.selectFrom('stored_file').select('id').execute()).toEqual(stored);
      const events = await db
        .selectFrom('audit_event')
        .select('action')
        .where('entity_id', '=', id)
        .where('action', 'like', 'agreement.%pdf_generated')
        .execute();
      expect(events.map((event) => event.action).sort()).toEqual(['agreement.pdf_generated', 'agreement.preseal_pdf_generated']);
    });

    it('an online agreement prints the electronic acts of each party, its 验证码 and a QR link to PUBLIC_URL', async () => {
      const { app, db } = context();
      const student = await confirmedStudent(db);
      const employer = await loggedInAt(app, EMPLOYERS.first.phone);
      const id = await acceptedAgreement(employer, await loggedInAt(app, student.phone), student);
      const people = await reviewers();
      expect((await decide(people.college, id, 'approved', '院系同意')).status).toBe(200);
      expect((await decide(people.school, id, 'approved', '同意')).status).toBe(200);
      await app.jobs.runDue();
      const row = await agreementRow(db, id);
      const bytes = await storedBytes(row.pdf_file_id);
      expect(bytes.length).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);
      const text = await pdfText(bytes);
      for (const expected of [
        '毕业生就业协议书',
        `验证码:${row.verification_code}`,
        `${PUBLIC_URL}/verify/${row.verification_code}`,
        '一、协议各方',
        '二、约定事项',
        '四、协议条款',
        '违约金为人民币5,000元',
        '解约',
        '争议',
        '报到',
        '甲方(用人单位):示例信息科技有限公司',
        '在本系统中向乙方发起签约邀请',
        '邀约时间',
        '应约有效期:5天',
        '重新输入登录密码验证身份后接受签约邀请',
        '院系审核:示例大学计算机学院于',
        '学校审核:示例大学毕业生就业工作部门于',
        '由甲方在全国高校毕业生毕业去向登记系统',
      ]) {
        expect(text, expected).toContain(expected);
      }
      expect(text).not.toContain('甲方(盖章)');
      // Only an offline agreement has a pre-seal document; an unknown document is refused in Chinese.
      const graduate = await loggedInAt(app, student.phone);
      const noPreseal = await graduate.get(`/api/student/agreements/${id}/pdf?document=preseal`);
      expectRefusal(noPreseal, 404, 'NOT_FOUND');
      expect(noPreseal.body.message).toMatch(/没有待盖章协议书/);
      expectRefusal(await graduate.get(`/api/student/agreements/${id}/pdf?document=draft`), 400, 'INVALID_INPUT');
      // A4, with both weights of the CJK font embedded: no reader shows boxes for the glyphs.
      expect(new Set(await pdfPageSizes(bytes))).toEqual(new Set(['595x842']));
      const { fonts, embedded } = embeddedFontFiles(bytes);
      expect(fonts).toBe(2);
      expect(embedded).toBe(fonts);
      writePagePngs(bytes, 'agreement-online');

      // The dispute clause is the school's own text, stored as data.
      const clause = '因履行本协议发生争议的,各方协商解决;协商不成的,提交北京仲裁委员会仲裁。';
      await db.updateTable('school').set({ dispute_clause: clause }).where('id', '=', row.school_id).execute();
      expect(await pdfText(await renderAgain(id, 'agreement'))).toContain(`第九条${clause}`);
    });

    it('a 纸质三方 record prints its 纸质协议书编号 and 验证码, and none of the rows of an online invitation', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const submitted = await submitPaper(student.client, [
        { filename: '协议第1页.png', contentType: 'image/png', content: scannedPagePng(2) },
      ]);
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
      const id = submitted.body.agreement.id as number;
      const people = await reviewers();
      expect(await decided(people.college, id, 'approved')).toBe('school_review');
      expect(await decided(people.school, id, 'approved')).toBe('effective');
      await app.jobs.runDue();
      const row = await agreementRow(db, id);
      const bytes = await storedBytes(row.pdf_file_id);
      const text = await pdfText(bytes);
      expect(text).toContain(`纸质协议书编号${PAPER_NUMBER}`);
      expect(text).toContain(`验证码:${row.verification_code}`);
      for (const online of ['邀约时间', '应约有效期', '应约截止时间', '发起签约邀请', '由甲方在全国高校毕业生毕业去向登记系统中发起']) {
        expect(text, online).not.toContain(online);
      }
      writePagePngs(bytes, 'agreement-paper');
    });

    it('an offline agreement has an empty 甲方(盖章) box and none of the rows of an online invitation', async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const id = await awaitingScan(app, student.client, await reviewers());
      const text = await pdfText(await storedBytes((await agreementRow(db, id)).preseal_pdf_file_id));
      expect(text).toContain('甲方(盖章)');
      expect(text).toContain('提交线下签约申请及协议信息');
      for (const online of ['邀约时间', '应约有效期', '应约截止时间', '发起签约邀请', '由甲方在全国高校毕业生毕业去向登记系统中发起']) {
        expect(text, online).not.toContain(online);
      }
      // The employer's link in the message points to PUBLIC_URL as well.
      const { payload } = await sendLink(db, student.client, id);
      expect(payload.text).toContain(`${PUBLIC_URL}/return/`);
    });
  },
  { PUBLIC_URL },
);
