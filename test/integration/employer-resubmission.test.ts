import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import { expectRefusal, fakePdf, loggedInAt, multipartBody, registerEmployer } from './helpers';

const CORRECTED = {
  name: '测试科技(北京)有限公司',
  natureCode: '39',
  industryCode: '34',
  regionCode: '110105',
  address: '朝阳路 1 号',
};

describeOnDialects('资质认证 not passed → corrected and resubmitted', (context) => {
  const resubmit = (
    client: Awaited<ReturnType<typeof registerEmployer>>['client'],
    data: unknown,
    license: Buffer | null,
  ) => {
    const parts = [{ name: 'data', value: JSON.stringify(data) }];
    const files = license
      ? [{ name: 'license', filename: 'license-2.pdf', contentType: 'application/pdf', content: license }]
      : [];
    const { payload, headers } = multipartBody([...parts, ...files]);
    return client.request({ method: 'POST', url: '/api/employer/verification', payload, headers });
  };

  it('goes back to the platform with the corrected 单位信息 and a new license, once per rejection', async () => {
    const { app, db } = context();
    const employer = await registerEmployer(app, db);
    expectRefusal(await resubmit(employer.client, CORRECTED, fakePdf('early')), 409, 'STALE_STATE');

    const admin = await loggedInAt(app, 'admin');
    await admin.post(`/api/platform/employers/${employer.employerId}/verification`, {
      result: 'rejected',
      comment: '营业执照不清晰',
    });
    expectRefusal(await resubmit(employer.client, CORRECTED, null), 400, 'INVALID_INPUT', 'license');
    expectRefusal(
      await resubmit(employer.client, { ...CORRECTED, natureCode: '77' }, fakePdf()),
      400,
      'INVALID_INPUT',
      'natureCode',
    );

    const before = await db
      .selectFrom('employer')
      .select(['license_file_id', 'uscc'])
      .where('id', '=', employer.employerId)
      .executeTakeFirstOrThrow();
    const response = await resubmit(employer.client, CORRECTED, fakePdf('clear scan'));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      name: CORRECTED.name,
      verificationStatus: 'pending',
      verificationComment: null,
      uscc: before.uscc,
    });
    const after = await db
      .selectFrom('employer')
      .select('license_file_id')
      .where('id', '=', employer.employerId)
      .executeTakeFirstOrThrow();
    expect(after.license_file_id).not.toBe(before.license_file_id);
    const events = await db
      .selectFrom('audit_event')
      .select(['action', 'from_status', 'to_status'])
      .where('entity_type', '=', 'employer')
      .where('entity_id', '=', employer.employerId)
      .execute();
    expect(events).toContainEqual({
      action: 'employer.verification_resubmitted',
      from_status: 'rejected',
      to_status: 'pending',
    });
    const queue = await admin.get('/api/platform/employers');
    expect(queue.body.items.map((item: { id: number }) => item.id)).toContain(employer.employerId);

    expectRefusal(await resubmit(employer.client, CORRECTED, fakePdf('twice')), 409, 'STALE_STATE');
  });

  it("is the employer's own act", async () => {
    const { app } = context();
    const student = await loggedInAt(app, '13800000002');
    expectRefusal(await resubmit(student as never, CORRECTED, fakePdf()), 403, 'FORBIDDEN');
  });
});
