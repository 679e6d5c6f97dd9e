import { expect, it } from 'vitest';
import { formatChinaTime } from '../../src/domain/agreement/deadline';
import { describeOnDialects } from '../support/app';
import { loggedInAt } from './helpers';
import { auditOf, decided, freshStudent, OFFLINE_FORM, submitOffline } from './offline-helpers';

// DOMAIN §7: the reviewer's queue shows when each item was handed in; after 退回修改 and a resubmission that
// is the resubmission, not the first 提交 (the item carries 需重审).
describeOnDialects('审核列表 提交时间', (context) => {
  it('after 退回修改 → resubmit, 提交时间 is the resubmission', async () => {
    const { app, db } = context();
    const student = await freshStudent(app, db);
    const college = await loggedInAt(app, 'college1');
    const id = (await submitOffline(student.client)).body.agreement.id as number;
    // The row dated an hour back: 提交时间 must come from the resubmission, not from when the row was made.
    const anHourAgo = new Date(Date.now() - 3600_000).toISOString();
    await db.updateTable('agreement').set({ created_at: anHourAgo }).where('id', '=', id).execute();
    const itemOf = async () => {
      const queue = await college.get('/api/review/agreements?status=pending&pageSize=200');
      return (queue.body.items as { id: number; submittedAt: string; needsRereview: boolean }[]).find((item) => item.id === id)!;
    };
    const submission = (await auditOf(db, id)).find((event) => event.action === 'agreement.submitted')!;
    expect((await itemOf()).submittedAt).toBe(formatChinaTime(submission.occurred_at));

    expect(await decided(college, id, 'returned', '请补充岗位名称')).toBe('returned');
    const resubmitted = await student.client.post(`/api/student/agreements/${id}/resubmit`, { ...OFFLINE_FORM, positionTitle: '算法工程师' });
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);
    const resubmission = (await auditOf(db, id)).find((event) => event.action === 'agreement.resubmitted')!;
    const item = await itemOf();
    expect(item.needsRereview).toBe(true);
    expect(item.submittedAt).toBe(formatChinaTime(resubmission.occurred_at));
    expect(item.submittedAt).not.toBe(formatChinaTime(anHourAgo));
  });
});
