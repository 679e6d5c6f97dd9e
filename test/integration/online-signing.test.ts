import { extractText, getDocumentProxy } from 'unpdf';
import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import { loggedInAt, TERMS } from './helpers';

describeOnDialects('线上签约 from invitation to the effective agreement', (context) => {
  it('invites, accepts with the password again, passes both reviews and yields a verifiable PDF', async () => {
    const { app, db } = context();
    const student = await db
      .selectFrom('student_record')
      .innerJoin('account', 'account.id', 'student_record.account_id')
      .select(['student_record.name', 'student_record.id_number'])
      .where('account.phone', '=', '13800000002')
      .executeTakeFirstOrThrow();

    const employer = await loggedInAt(app, '13900000001');
    const lookup = await employer.post('/api/employer/students/lookup', { name: student.name, idNumber: student.id_number });
    expect(lookup.status).toBe(200);
    expect(lookup.body.idNumberMasked).toContain('*');
    const invited = await employer.post('/api/employer/invitations', {
      ...TERMS,
      studentName: student.name,
      studentIdNumber: student.id_number,
    });
    expect(invited.status).toBe(200);
    const id = invited.body.agreement.id;
    expect(invited.body.agreement).toMatchObject({ status: 'invited', statusLabel: '未生效(待应约)', kindName: '线上签约' });

    const graduate = await loggedInAt(app, '13800000002');
    const list = await graduate.get('/api/student/agreements');
    expect(list.body.items.map((item: { id: number }) => item.id)).toContain(id);
    const detail = await graduate.get(`/api/student/agreements/${id}`);
    expect(detail.body.agreement.canAnswer).toBe(true);
    expect(detail.body.agreement.terms.positionCategoryName).toBe('工程技术人员');

    expect((await graduate.post(`/api/student/agreements/${id}/accept`)).body.code).toBe('REAUTHENTICATION_REQUIRED');
    expect((await graduate.post('/api/auth/reauthenticate', { password: 'Demo@2026' })).status).toBe(200);
    const accepted = await graduate.post(`/api/student/agreements/${id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.agreement.status).toBe('college_review');

    const college = await loggedInAt(app, 'college1');
    const queue = await college.get('/api/review/agreements');
    expect(queue.body.items.map((item: { id: number }) => item.id)).toContain(id);
    expect((await college.post(`/api/review/agreements/${id}/decision`, { result: 'approved' })).body.agreement.status).toBe('school_review');

    const school = await loggedInAt(app, 'school1');
    const approved = await school.post(`/api/review/agreements/${id}/decision`, { result: 'approved', comment: '同意' });
    expect(approved.body.agreement.status).toBe('effective');
    const number = approved.body.agreement.agreementNumber;
    expect(number).toMatch(/^2027100013100001$/);

    await app.jobs.runDue();
    const pdf = await graduate.request({ method: 'GET', url: `/api/student/agreements/${id}/pdf` });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const stored = await db
      .selectFrom('agreement')
      .innerJoin('stored_file', 'stored_file.id', 'agreement.pdf_file_id')
      .select(['stored_file.sha256', 'agreement.verification_code'])
      .where('agreement.id', '=', id)
      .executeTakeFirstOrThrow();
    const content = app.files.read(stored.sha256);
    const text = (await extractText(await getDocumentProxy(new Uint8Array(content)), { mergePages: true })).text;
    expect(text).toContain(number);
    expect(text).toContain(student.name);
    expect(text).toContain('示例信息科技有限公司');

    const verified = await graduate.get(`/api/public/verify/${stored.verification_code}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ agreementNumber: number, statusLabel: '已生效', employerName: '示例信息科技有限公司' });
    expect(verified.body.studentIdNumber).toContain('*');
  });
});
