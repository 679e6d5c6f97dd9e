import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import {
  acceptedAgreement,
  agreementRow,
  CHINESE,
  type ClientAt,
  confirmedStudent,
  decide,
  DEMO_PASSWORD,
  EMPLOYERS,
  invite,
  invited,
  loggedInAt,
  notificationsOf,
  type Student,
} from './helpers';

/** Each race runs this many times, with fresh students and invitations, so that it is a real race. */
const ROUNDS = 5;
const HOLDING = ['college_review', 'school_review', 'effective'] as const;

describeOnDialects('concurrent requests (Promise.all over app.inject)', (context) => {
  const employerClient = (which: keyof typeof EMPLOYERS) => loggedInAt(context().app, EMPLOYERS[which].phone);

  /** A logged-in session of the student whose password was just typed again. */
  const reauthenticatedSession = async (student: Student) => {
    const client = await loggedInAt(context().app, student.phone);
    const again = await client.post('/api/auth/reauthenticate', { password: DEMO_PASSWORD });
    expect(again.status).toBe(200);
    return client;
  };

  const auditActions = (ids: number[], action: string) =>
    context()
      .db.selectFrom('audit_event')
      .select(['entity_id', 'action'])
      .where('entity_type', '=', 'agreement')
      .where('entity_id', 'in', ids)
      .where('action', '=', action)
      .execute();

  const expectOneWinner = (responses: { status: number; body: any }[]) => {
    const statuses = responses.map((response) => response.status);
    expect([...statuses].sort(), JSON.stringify(responses.map((response) => response.body))).toEqual([200, 409]);
    const loser = responses.find((response) => response.status === 409)!;
    expect(loser.body.message).toMatch(CHINESE);
    return { winner: statuses.indexOf(200), loser };
  };

  it('two invitations accepted at the same moment by one student: exactly one takes the signing slot', async () => {
    const { db } = context();
    const first = await employerClient('first');
    const second = await employerClient('second');
    for (let round = 0; round < ROUNDS; round += 1) {
      const student = await confirmedStudent(db);
      const ids = [await invited(first, student), await invited(second, student)];
      const sessions = [await reauthenticatedSession(student), await reauthenticatedSession(student)];
      const responses = await Promise.all(
        ids.map((id, index) => sessions[index]!.post(`/api/student/agreements/${id}/accept`)),
      );

      const { winner, loser } = expectOneWinner(responses);
      expect(loser.body.code).toBe('CONFLICT');
      expect(loser.body.message).toMatch(/签约.*每人只能/);
      expect(responses[winner]!.body.agreement).toMatchObject({ id: ids[winner], status: 'college_review' });
      const holding = await db
        .selectFrom('agreement')
        .select('id')
        .where('student_record_id', '=', student.recordId)
        .where('status', 'in', [...HOLDING])
        .execute();
      expect(holding, `round ${round}`).toEqual([{ id: ids[winner] }]);
      expect((await agreementRow(db, ids[1 - winner]!)).status).toBe('invited');
      const accepted = await auditActions(ids, 'agreement.accepted');
      expect(accepted, `round ${round}`).toEqual([{ entity_id: ids[winner], action: 'agreement.accepted' }]);
    }
  });

  it('a double click on 接受 from two sessions: one 200, one 409, one transition', async () => {
    const { db } = context();
    const employer = await employerClient('third');
    for (let round = 0; round < ROUNDS; round += 1) {
      const student = await confirmedStudent(db);
      const id = await invited(employer, student);
      const sessions = [await reauthenticatedSession(student), await reauthenticatedSession(student)];
      const responses = await Promise.all(
        sessions.map((session) => session.post(`/api/student/agreements/${id}/accept`)),
      );
      const { loser } = expectOneWinner(responses);
      expect(['STALE_STATE', 'CONFLICT']).toContain(loser.body.code);
      expect((await agreementRow(db, id)).status).toBe('college_review');
      expect(await auditActions([id], 'agreement.accepted')).toHaveLength(1);
    }
  });

  it('the same employer sending one invitation twice at once: one row, one 409', async () => {
    const { db } = context();
    const employer = await employerClient('first');
    for (let round = 0; round < ROUNDS; round += 1) {
      const student = await confirmedStudent(db);
      const responses = await Promise.all([invite(employer, student), invite(employer, student)]);
      const { loser } = expectOneWinner(responses);
      expect(loser.body.code).toBe('CONFLICT');
      const rows = await db
        .selectFrom('agreement')
        .select('status')
        .where('student_record_id', '=', student.recordId)
        .execute();
      expect(rows).toEqual([{ status: 'invited' }]);
      const messages = (await notificationsOf(db, student.accountId)).filter(
        (message) => message.title === '新的签约邀请',
      );
      expect(messages).toHaveLength(1);
    }
  });

  it('two college reviewers deciding the same stage at once (通过 vs 不通过): one decision, one review_step', async () => {
    const { app, db } = context();
    const employer = await employerClient('second');
    const reviewers = [await loggedInAt(app, 'college1'), await loggedInAt(app, 'college1')];
    for (let round = 0; round < ROUNDS; round += 1) {
      const student = await confirmedStudent(db);
      const id = await acceptedAgreement(employer, await loggedInAt(app, student.phone), student);
      const decisions = round % 2 === 0 ? (['approved', 'rejected'] as const) : (['rejected', 'approved'] as const);
      const responses = await Promise.all(
        decisions.map((result, index) =>
          decide(reviewers[index]!, id, result, result === 'rejected' ? '材料不全' : undefined),
        ),
      );
      const { winner, loser } = expectOneWinner(responses);
      expect(loser.body.code).toBe('STALE_STATE');
      const steps = await db
        .selectFrom('review_step')
        .select(['stage', 'result'])
        .where('subject_id', '=', id)
        .where('subject_type', '=', 'agreement')
        .execute();
      expect(steps, `round ${round}`).toEqual([{ stage: 'college', result: decisions[winner] }]);
      expect((await agreementRow(db, id)).status).toBe(decisions[winner] === 'approved' ? 'school_review' : 'failed');
      const events = await db
        .selectFrom('audit_event')
        .select('action')
        .where('entity_type', '=', 'agreement')
        .where('entity_id', '=', id)
        .where('action', 'like', '%college_review%')
        .execute();
      expect(events).toHaveLength(1);
    }
  });

  it('the school approving the same agreement twice at once: one 协议编号, one serial, one PDF job', async () => {
    const { app, db } = context();
    const employer = await employerClient('third');
    const college = await loggedInAt(app, 'college1');
    const schools = [await loggedInAt(app, 'school1'), await loggedInAt(app, 'school1')];
    for (let round = 0; round < ROUNDS; round += 1) {
      const student = await confirmedStudent(db);
      const id = await acceptedAgreement(employer, await loggedInAt(app, student.phone), student);
      expect((await decide(college, id, 'approved')).status).toBe(200);
      const serialBefore = await db
        .selectFrom('agreement_serial')
        .select('last_serial')
        .where('education_level_code', '=', student.educationLevelCode)
        .executeTakeFirst();
      const responses = await Promise.all(schools.map((school) => decide(school, id, 'approved', '同意')));
      const { winner, loser } = expectOneWinner(responses);
      expect(loser.body.code).toBe('STALE_STATE');
      const row = await agreementRow(db, id);
      expect(row.status).toBe('effective');
      expect(responses[winner]!.body.agreement.agreementNumber).toBe(row.agreement_number);
      const serialAfter = await db
        .selectFrom('agreement_serial')
        .select('last_serial')
        .where('education_level_code', '=', student.educationLevelCode)
        .executeTakeFirstOrThrow();
      expect(serialAfter.last_serial).toBe((serialBefore?.last_serial ?? 0) + 1);
      expect(Number(row.agreement_number!.slice(-5))).toBe(serialAfter.last_serial);
      const steps = await db
        .selectFrom('review_step')
        .select('stage')
        .where('subject_id', '=', id)
        .where('subject_type', '=', 'agreement')
        .execute();
      expect(steps.map((step) => step.stage).sort()).toEqual(['college', 'school']);
      const jobs = await db.selectFrom('job').select('id').where('dedupe_key', '=', `agreement_pdf:${id}`).execute();
      expect(jobs).toHaveLength(1);
    }
  });

  it('撤回 and 接受 of one invitation at the same moment: exactly one wins', async () => {
    const { db } = context();
    const employer = await employerClient('first');
    for (let round = 0; round < ROUNDS; round += 1) {
      const student = await confirmedStudent(db);
      const id = await invited(employer, student);
      const graduate = await reauthenticatedSession(student);
      const withdraw = () => employer.post(`/api/employer/agreements/${id}/withdraw`);
      const accept = () => graduate.post(`/api/student/agreements/${id}/accept`);
      const [withdrawn, accepted] =
        round % 2 === 0
          ? await Promise.all([withdraw(), accept()])
          : (await Promise.all([accept(), withdraw()])).reverse();
      const { loser } = expectOneWinner([withdrawn!, accepted!]);
      expect(loser.body.code).toBe('STALE_STATE');
      const row = await agreementRow(db, id);
      const withdrawEvents = await auditActions([id], 'agreement.withdrawn');
      const acceptEvents = await auditActions([id], 'agreement.accepted');
      if (withdrawn!.status === 200) {
        expect(row.status).toBe('withdrawn');
        expect([withdrawEvents.length, acceptEvents.length]).toEqual([1, 0]);
        expect(row.answered_at).toBeNull();
      } else {
        expect(row.status).toBe('college_review');
        expect([withdrawEvents.length, acceptEvents.length]).toEqual([0, 1]);
        const told = (await notificationsOf(db, student.accountId)).filter(
          (message) => message.title === '签约邀请已撤回',
        );
        expect(told).toHaveLength(0);
      }
    }
  });

  it('接受 around the deadline: 200 before, 409 after, never 500, never accepted and expired', async () => {
    const { app, db } = context();
    const employers = [await employerClient('first'), await employerClient('second'), await employerClient('third')];
    // Relative to the deadline: requests from 150 ms before it to 150 ms after it, and sweeps in between.
    const offsets = [-150, -90, -30, 30, 90, 150];
    const sweeps = [-60, 10, 60];
    const outcomes = { before: 0, after: 0 };
    for (let round = 0; round < ROUNDS; round += 1) {
      const students: Student[] = [];
      const ids: number[] = [];
      const sessions: ClientAt[] = [];
      for (const [index] of offsets.entries()) {
        const student = await confirmedStudent(db);
        students.push(student);
        ids.push(await invited(employers[index % employers.length]!, student));
        sessions.push(await reauthenticatedSession(student));
      }
      const deadline = Date.now() + 300;
      await db
        .updateTable('agreement')
        .set({ deadline_at: new Date(deadline).toISOString() })
        .where('id', 'in', ids)
        .execute();
      const at = (offset: number) =>
        new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline + offset - Date.now())));

      const sweeping = Promise.all(
        sweeps.map(async (offset) => at(offset).then(() => app.jobs.runDue({ sweep: true }))),
      );
      const results = await Promise.all(
        offsets.map(async (offset, index) => {
          await at(offset);
          const sentAt = Date.now();
          const response = await sessions[index]!.post(`/api/student/agreements/${ids[index]}/accept`);
          return { sentAt, response };
        }),
      );
      await sweeping;

      for (const [index, { sentAt, response }] of results.entries()) {
        const label = `round ${round}, offset ${offsets[index]}, sent ${sentAt - deadline} ms from the deadline`;
        expect([200, 409], `${label}: ${JSON.stringify(response.body)}`).toContain(response.status);
        if (sentAt >= deadline) expect(response.status, label).toBe(409);
        if (response.status === 200) {
          expect(sentAt, label).toBeLessThan(deadline);
          outcomes.before += 1;
        } else {
          expect(response.body.code, label).toBe('STALE_STATE');
          expect(response.body.message, label).toMatch(/截止|失效/);
          outcomes.after += 1;
        }
        const row = await agreementRow(db, ids[index]!);
        const accepted = await auditActions([ids[index]!], 'agreement.accepted');
        const expired = await auditActions([ids[index]!], 'agreement.expired');
        if (response.status === 200) {
          expect(row.status, label).toBe('college_review');
          expect([accepted.length, expired.length], label).toEqual([1, 0]);
        } else {
          expect(['invited', 'expired'], label).toContain(row.status);
          expect(accepted, label).toHaveLength(0);
          expect(expired.length, label).toBe(row.status === 'expired' ? 1 : 0);
        }
      }
      // A last sweep settles every unanswered one as 已失效 and leaves the accepted ones alone.
      await app.jobs.runDue({ sweep: true });
      for (const [index, { response }] of results.entries()) {
        expect((await agreementRow(db, ids[index]!)).status).toBe(
          response.status === 200 ? 'college_review' : 'expired',
        );
      }
    }
    // Requests sent 150 ms after the deadline are always refused; those well before it normally pass.
    expect(outcomes.after).toBeGreaterThanOrEqual(ROUNDS * 3);
    expect(outcomes.before).toBeGreaterThan(0);
  });
});
