import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import {
  confirmedStudent,
  EMPLOYERS,
  expectRefusal,
  invited,
  loggedInAt,
  passDeadline,
  reauthenticateAndAccept,
} from './helpers';
import { decide, freshStudent, submitOffline } from './offline-helpers';

describeOnDialects('refusals name their case in `reason` under the family code', (context) => {
  const employerClient = (which: keyof typeof EMPLOYERS) => loggedInAt(context().app, EMPLOYERS[which].phone);

  it('an answered invitation → INVITATION_ANSWERED; a held slot → SLOT_HELD; a passed deadline → INVITATION_EXPIRED', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const accepted = await invited(await employerClient('first'), student);
    const other = await invited(await employerClient('second'), student);
    const late = await invited(await employerClient('third'), student);
    await passDeadline(db, late, 1000);
    const graduate = await loggedInAt(app, student.phone);
    expect((await reauthenticateAndAccept(graduate, accepted)).status).toBe(200);

    const again = await graduate.post(`/api/student/agreements/${accepted}/decline`);
    expectRefusal(again, 409, 'STALE_STATE');
    expect(again.body.reason).toBe('INVITATION_ANSWERED');
    const held = await graduate.post(`/api/student/agreements/${other}/decline`);
    expectRefusal(held, 409, 'CONFLICT');
    expect(held.body.reason).toBe('SLOT_HELD');
    const expired = await (await employerClient('third')).post(`/api/employer/agreements/${late}/withdraw`);
    expectRefusal(expired, 409, 'STALE_STATE');
    expect(expired.body.reason).toBe('INVITATION_EXPIRED');
  });

  it('a decision at another stage → NOT_YOUR_STAGE; a stage already decided → ALREADY_DECIDED', async () => {
    const { app, db } = context();
    const student = await freshStudent(app, db);
    const id = (await submitOffline(student.client)).body.agreement.id as number;
    const school = await loggedInAt(app, 'school1');
    const early = await decide(school, id, 'approved');
    expectRefusal(early, 409, 'STALE_STATE');
    expect(early.body.reason).toBe('NOT_YOUR_STAGE');
    const college = await loggedInAt(app, 'college1');
    const [first, second] = await Promise.all([decide(college, id, 'approved'), decide(college, id, 'approved')]);
    const loser = first.status === 200 ? second : first;
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    // The loser read the agreement at the college stage before the winner moved it on, or after it.
    expect(['ALREADY_DECIDED', 'NOT_YOUR_STAGE']).toContain(loser.body.reason);
  });
});
