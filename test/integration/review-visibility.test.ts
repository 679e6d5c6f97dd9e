// What a reviewer cannot read (an unanswered or ended invitation, another college's agreement, a
// missing id) answers the same 404 to a decision, a batch approve and a file download, never a 409
// that tells its status.
import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import {
  agreementRow,
  confirmedStudent,
  decide,
  EMPLOYERS,
  expectRefusal,
  invited,
  loggedInAt,
  stateCounts,
} from './helpers';

describeOnDialects('a reviewer learns nothing of agreements he cannot see', (context) => {
  it('answers 404 alike to reading, deciding, batch approving and downloading', async () => {
    const { app, db } = context();
    const own = await confirmedStudent(db);
    const other = await confirmedStudent(db, { collegeName: '经济管理学院' });
    const employer = await loggedInAt(app, EMPLOYERS.first.phone);
    const unanswered = await invited(employer, own);
    const withdrawn = await invited(await loggedInAt(app, EMPLOYERS.second.phone), own);
    expect((await employer.post(`/api/employer/agreements/${withdrawn}/withdraw`)).status).not.toBe(500);
    const otherCollege = await invited(await loggedInAt(app, EMPLOYERS.third.phone), other);

    for (const login of ['college1', 'school1']) {
      const reviewer = await loggedInAt(app, login);
      const missing = await reviewer.get('/api/review/agreements/99999999');
      expectRefusal(missing, 404, 'NOT_FOUND');
      const ids = [unanswered, withdrawn, otherCollege];
      const before = await stateCounts(db);
      for (const id of ids) {
        const status = (await agreementRow(db, id)).status;
        for (const response of [
          await reviewer.get(`/api/review/agreements/${id}`),
          await decide(reviewer, id, 'approved'),
          await decide(reviewer, id, 'rejected', '不同意'),
          await reviewer.get(`/api/review/agreements/${id}/pdf`),
          await reviewer.get(`/api/review/agreements/${id}/files`),
          await reviewer.get(`/api/review/agreements/${id}/files/1`),
        ]) {
          expect(response.status, `${login} #${id} (${status}) ${JSON.stringify(response.body)}`).toBe(404);
          expect(response.body).toEqual(missing.body);
        }
        const batch = await reviewer.post('/api/review/agreements/batch-approve', { ids: [id] });
        expect(batch.status).toBe(200);
        expect(batch.body).toEqual({ approved: [], skipped: [{ id, message: missing.body.message }] });
        expect((await agreementRow(db, id)).status).toBe(status);
      }
      expect(await stateCounts(db)).toEqual(before);
    }
  });
});
