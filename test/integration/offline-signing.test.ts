import { extractText, getDocumentProxy } from 'unpdf';
import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import { loggedInAt, multipartBody, readOutbox } from './helpers';
import { OFFLINE_FORM, pngPages, scanPng, uploadThroughLink } from './offline-helpers';

describeOnDialects('线下签约 and 纸质三方 from the form to 签约成功', (context) => {
  it('offline: submit, 退回修改, resubmit, approve, employer returns the sealed scan by link, approve', async () => {
    const { app, db } = context();
    const graduate = await loggedInAt(app, '13800000002');
    const draft = {
      employerName: '北京某某',
      probation: '3个月',
      reportLocation: '北京',
      supplement: '包食宿',
      reportDeadline: '2027-07-01',
    };
    expect((await graduate.post('/api/student/drafts/offline', draft)).status).toBe(200);
    const saved = await graduate.get('/api/student/drafts/offline');
    expect(saved.status).toBe(200);
    expect(saved.body.draft.data).toMatchObject(draft);

    const submitted = await graduate.post('/api/student/agreements/offline', OFFLINE_FORM);
    expect(submitted.status).toBe(200);
    const id = submitted.body.agreement.id;
    expect(submitted.body.agreement).toMatchObject({ kind: 'offline', status: 'college_review' });
    expect((await graduate.get('/api/student/drafts/offline')).body.draft).toBeNull();

    const college = await loggedInAt(app, 'college1');
    const returned = await college.post(`/api/review/agreements/${id}/decision`, {
      result: 'returned',
      comment: '岗位名称请写全称',
    });
    expect(returned.body.agreement.status).toBe('returned');
    const editable = await graduate.get(`/api/student/agreements/${id}`);
    expect(editable.body.agreement.canEdit).toBe(true);
    const resubmitted = await graduate.post(`/api/student/agreements/${id}/resubmit`, {
      ...OFFLINE_FORM,
      positionTitle: '管理咨询顾问',
    });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.agreement).toMatchObject({ status: 'college_review', reviewRound: 2 });
    const queue = await college.get('/api/review/agreements');
    expect(queue.body.items.find((item: { id: number }) => item.id === id).needsRereview).toBe(true);

    expect((await college.post(`/api/review/agreements/${id}/decision`, { result: 'approved' })).status).toBe(200);
    const school = await loggedInAt(app, 'school1');
    const approved = await school.post(`/api/review/agreements/${id}/decision`, { result: 'approved' });
    expect(approved.body.agreement.status).toBe('awaiting_scan');
    expect(approved.body.agreement.agreementNumber).toMatch(/^2027100013\d{6}$/);

    await app.jobs.runDue();
    const row = await db
      .selectFrom('agreement')
      .innerJoin('stored_file', 'stored_file.id', 'agreement.preseal_pdf_file_id')
      .select('stored_file.sha256')
      .where('agreement.id', '=', id)
      .executeTakeFirstOrThrow();
    const text = (
      await extractText(await getDocumentProxy(new Uint8Array(app.files.read(row.sha256))), { mergePages: true })
    ).text;
    expect(text).toContain('待用人单位盖章');
    expect(text).toContain('管理咨询顾问');

    const sent = await graduate.post(`/api/student/agreements/${id}/return-links`, { channel: 'email' });
    expect(sent.status).toBe(200);
    expect(sent.body.items[0]).toMatchObject({ channel: 'email', state: 'active' });
    const outbox = await readOutbox(graduate);
    const message = outbox.body.items.find(
      (item: { recipient: string }) => item.recipient === OFFLINE_FORM.contactEmail,
    );
    const token = /\/return\/([\w-]+)/.exec(message.text)![1]!;

    const employer = (await import('../support/app')).TestClient;
    const visitor = await new employer(app).open();
    const summary = await visitor.get(`/api/public/return/${token}`);
    expect(summary.status).toBe(200);
    expect(summary.body.employerName).toBe(OFFLINE_FORM.employerName);
    expect((await visitor.get(`/api/public/return/${token}/pdf`)).status).toBe(200);
    const uploaded = await uploadThroughLink(visitor, token, pngPages(2));
    expect(uploaded.status).toBe(200);
    const again = await uploadThroughLink(visitor, token, pngPages(1));
    expect(again.status).toBe(410);
    expect(again.body.message).toMatch(/已使用/);

    const files = await college.get(`/api/review/agreements/${id}/files`);
    expect(files.body.items).toHaveLength(2);
    const page = await college.request({
      method: 'GET',
      url: `/api/review/agreements/${id}/files/${files.body.items[0].id}`,
    });
    expect(page.headers['content-type']).toBe('image/png');
    expect(page.headers['x-content-type-options']).toBe('nosniff');

    expect(
      (await college.post(`/api/review/agreements/${id}/decision`, { result: 'approved' })).body.agreement.status,
    ).toBe('scan_school_review');
    const effective = await school.post(`/api/review/agreements/${id}/decision`, { result: 'approved' });
    expect(effective.body.agreement.status).toBe('effective');
    const history = (await graduate.get(`/api/student/agreements/${id}`)).body.agreement.reviews;
    expect(
      history.map((review: { stageName: string; resultName: string }) => `${review.stageName}${review.resultName}`),
    ).toEqual(['院系审核退回修改', '院系审核通过', '学校审核通过', '院系签约审核通过', '学校签约审核通过']);
  });

  it('paper: the agreement fields, the paper number and scans, reviewed to 已生效', async () => {
    const { app } = context();
    // The other demo graduate: 13800000002 already holds his one signing slot from the test above.
    const graduate = await loggedInAt(app, '13800000001');
    expect((await graduate.post('/api/student/record/confirm')).status).toBe(200);
    const voidable = await graduate.post('/api/student/agreements/offline', OFFLINE_FORM);
    expect(voidable.status).toBe(200);
    expect((await graduate.post('/api/student/agreements/offline', OFFLINE_FORM)).body.code).toBe('CONFLICT');
    await (
      await loggedInAt(app, 'college1')
    ).post(`/api/review/agreements/${voidable.body.agreement.id}/decision`, {
      result: 'rejected',
      comment: '单位信息与营业执照不符',
    });
    expect((await graduate.get(`/api/student/agreements/${voidable.body.agreement.id}`)).body.agreement.status).toBe(
      'voided',
    );
    const { payload, headers } = multipartBody([
      { name: 'data', value: JSON.stringify({ ...OFFLINE_FORM, paperAgreementNumber: 'BJ2027-000123' }) },
      { name: 'scans', filename: '协议第1页.png', contentType: 'image/png', content: scanPng() },
    ]);
    const submitted = await graduate.request({
      method: 'POST',
      url: '/api/student/agreements/paper',
      payload,
      headers,
    });
    expect(submitted.status).toBe(200);
    const id = submitted.body.agreement.id;
    expect(submitted.body.agreement).toMatchObject({ kind: 'paper', paperAgreementNumber: 'BJ2027-000123' });
    await (await loggedInAt(app, 'college1')).post(`/api/review/agreements/${id}/decision`, { result: 'approved' });
    const done = await (
      await loggedInAt(app, 'school1')
    ).post(`/api/review/agreements/${id}/decision`, { result: 'approved' });
    expect(done.body.agreement.status).toBe('effective');
  });
});
