import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import { acceptedAgreement, confirmedStudent, EMPLOYERS, loggedInAt, stateCounts } from './helpers';
import {
  agreementRow,
  auditOf,
  decide,
  decided,
  expectError,
  freshStudent,
  PAPER_NUMBER,
  OFFLINE_FORM,
  pngPages,
  submitOffline,
  submitPaper,
} from './offline-helpers';

// A student may take back (撤回) an offline or paper application he submitted, while no reviewer has decided
// on it: it ends as 已撤回 (src/domain/agreement/status.ts), frees the one signing slot (DOMAIN §5.1), is
// audited (§5.5) and leaves the reviewers' queue; a decision at the same moment → exactly one wins (§5.6).
describeOnDialects('撤回 of a submitted offline or paper application', (context) => {
  const reviewers = async () => ({
    college: await loggedInAt(context().app, 'college1'),
    school: await loggedInAt(context().app, 'school1'),
  });
  const queueIds = async (reviewer: Awaited<ReturnType<typeof loggedInAt>>, status = 'pending') => {
    const response = await reviewer.get(`/api/review/agreements?status=${status}&pageSize=200`);
    expect(response.status).toBe(200);
    return (response.body.items as { id: number }[]).map((item) => item.id);
  };

  it('院系审核中 → 撤回: 已撤回, audited, gone from the queue, the slot free for a new submission', async () => {
    const { app, db } = context();
    const student = await freshStudent(app, db);
    const { college } = await reviewers();
    const submitted = await submitOffline(student.client);
    const id = submitted.body.agreement.id as number;
    expect(submitted.body.agreement).toMatchObject({ status: 'college_review', canWithdraw: true });
    expect(await queueIds(college)).toContain(id);

    const response = await student.client.post(`/api/student/agreements/${id}/withdraw`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.agreement).toMatchObject({ status: 'withdrawn', statusLabel: '已撤回', canWithdraw: false, canEdit: false });
    expect((await agreementRow(db, id)).status).toBe('withdrawn');
    const events = await auditOf(db, id);
    expect(events.at(-1)).toMatchObject({
      action: 'agreement.submission_withdrawn',
      from_status: 'college_review',
      to_status: 'withdrawn',
      actor_role: 'student',
      actor_account_id: student.accountId,
    });
    expect(await queueIds(college)).not.toContain(id);
    expect(await queueIds(college, 'all')).not.toContain(id);
    // A withdrawn application is no longer the reviewer's: deciding it answers like a missing one.
    expectError(await decide(college, id, 'approved'), 404, 'NOT_FOUND');

    // The slot is free: a new offline application goes in.
    const again = await submitOffline(student.client);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
  });

  it('a paper registration is withdrawn the same way', async () => {
    const { app, db } = context();
    const student = await freshStudent(app, db);
    const submitted = await submitPaper(student.client, pngPages(1), { ...OFFLINE_FORM, paperAgreementNumber: PAPER_NUMBER });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const id = submitted.body.agreement.id as number;
    expect((await student.client.post(`/api/student/agreements/${id}/withdraw`)).status).toBe(200);
    expect((await agreementRow(db, id)).status).toBe('withdrawn');
  });

  it('once a reviewer decided (院系 通过, 退回修改, 待回传) → 409, nothing changed; a resubmission can be withdrawn again', async () => {
    const { app, db } = context();
    const student = await freshStudent(app, db);
    const { college, school } = await reviewers();
    const id = (await submitOffline(student.client)).body.agreement.id as number;
    const refused = async (status: string) => {
      expect((await student.client.get(`/api/student/agreements/${id}`)).body.agreement.canWithdraw).toBe(false);
      const before = await stateCounts(db);
      expectError(await student.client.post(`/api/student/agreements/${id}/withdraw`), 409, 'STALE_STATE');
      expect(await stateCounts(db)).toEqual(before);
      expect((await agreementRow(db, id)).status).toBe(status);
    };
    expect(await decided(college, id, 'approved')).toBe('school_review');
    await refused('school_review');
    expect(await decided(school, id, 'returned', '请补充岗位名称')).toBe('returned');
    await refused('returned');
    const resubmitted = await student.client.post(`/api/student/agreements/${id}/resubmit`, { ...OFFLINE_FORM, positionTitle: '算法工程师' });
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);
    expect(resubmitted.body.agreement).toMatchObject({ status: 'college_review', reviewRound: 2, canWithdraw: true });
    expect((await student.client.post(`/api/student/agreements/${id}/withdraw`)).status).toBe(200);
    expect((await agreementRow(db, id)).status).toBe('withdrawn');
  });

  it('an online agreement and another student’s application cannot be withdrawn this way', async () => {
    const { app, db } = context();
    const owner = await freshStudent(app, db);
    const other = await freshStudent(app, db);
    const id = (await submitOffline(owner.client)).body.agreement.id as number;
    expectError(await other.client.post(`/api/student/agreements/${id}/withdraw`), 404, 'NOT_FOUND');
    expect((await agreementRow(db, id)).status).toBe('college_review');

    const graduate = await confirmedStudent(db);
    const client = await loggedInAt(app, graduate.phone);
    const online = await acceptedAgreement(await loggedInAt(app, EMPLOYERS.first.phone), client, graduate);
    expectError(await client.post(`/api/student/agreements/${online}/withdraw`), 409, 'STALE_STATE');
    expect((await client.get(`/api/student/agreements/${online}`)).body.agreement.canWithdraw).toBe(false);
    expect((await agreementRow(db, online)).status).toBe('college_review');
  });

  for (const result of ['approved', 'returned', 'rejected'] as const) {
    it(`撤回 and a college ${result} at the same moment → exactly one wins`, async () => {
      const { app, db } = context();
      const student = await freshStudent(app, db);
      const { college } = await reviewers();
      const id = (await submitOffline(student.client)).body.agreement.id as number;
      const [withdrawal, decision] = await Promise.all([
        student.client.post(`/api/student/agreements/${id}/withdraw`),
        decide(college, id, result, result === 'approved' ? undefined : '单位信息不完整'),
      ]);
      // The loser is refused: 409 when the other change landed between its read and its update, 404 when the
      // decision read an application already withdrawn (no longer the reviewer's to see).
      const statuses = [withdrawal.status, decision.status].sort();
      expect(statuses.filter((status) => status === 200), JSON.stringify([withdrawal.body, decision.body])).toHaveLength(1);
      expect([409, 404], JSON.stringify([withdrawal.body, decision.body])).toContain(statuses.find((status) => status !== 200));
      const row = await agreementRow(db, id);
      const steps = await db.selectFrom('review_step').selectAll().where('subject_id', '=', id).execute();
      const events = (await auditOf(db, id)).map((event) => event.action);
      if (withdrawal.status === 200) {
        expect(row.status).toBe('withdrawn');
        expect(steps).toEqual([]);
        expect(events).not.toContain(`agreement.college_review_${result}`);
      } else {
        expect(row.status).not.toBe('withdrawn');
        expect(steps).toHaveLength(1);
        expect(events).not.toContain('agreement.submission_withdrawn');
      }
    });
  }
});
