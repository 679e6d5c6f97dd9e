import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  REVIEW_CHAINS,
  REVIEW_RESULTS,
  REVIEW_STAGES,
} from '../../src/domain/agreement/status';
import { VERIFICATION_STATUSES } from '../../src/domain/employer/verification';
import { ACCOUNT_STATUSES, ROLES } from '../../src/domain/roles';
import { JOB_STATUSES, OUTBOX_STATUSES } from '../../src/server/db/schema';
import { enqueueJob } from '../../src/server/db/repositories/job-repository';
import { describeOnDialects } from '../support/app';
import { confirmedStudent, EMPLOYERS, invited, loggedInAt } from './helpers';

/** Each code list of the domain against the column the database checks it on. */
const COLUMNS: { table: string; column: string; values: readonly string[] }[] = [
  { table: 'agreement', column: 'status', values: AGREEMENT_STATUSES },
  { table: 'agreement', column: 'kind', values: AGREEMENT_KINDS },
  { table: 'outbox', column: 'status', values: OUTBOX_STATUSES },
  { table: 'job', column: 'status', values: JOB_STATUSES },
  { table: 'employer', column: 'verification_status', values: VERIFICATION_STATUSES },
  { table: 'review_step', column: 'stage', values: REVIEW_STAGES },
  { table: 'review_step', column: 'result', values: REVIEW_RESULTS },
  { table: 'role_grant', column: 'role', values: ROLES },
  { table: 'account', column: 'status', values: ACCOUNT_STATUSES },
  { table: 'school', column: 'review_chain', values: REVIEW_CHAINS },
];

describeOnDialects('the database refuses a status outside the domain’s list', (context) => {
  beforeAll(async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const agreementId = await invited(await loggedInAt(app, EMPLOYERS.first.phone), student);
    const agreement = await db
      .selectFrom('agreement')
      .selectAll()
      .where('id', '=', agreementId)
      .executeTakeFirstOrThrow();
    const account = await db.selectFrom('account').select('id').executeTakeFirstOrThrow();
    await enqueueJob(db, { kind: 'status-check', payload: {} });
    await db
      .insertInto('review_step')
      .values({
        subject_type: 'agreement',
        subject_id: agreementId,
        school_id: agreement.school_id,
        round: 1,
        stage: 'college',
        result: 'approved',
        comment: null,
        reviewer_account_id: account.id,
        reviewer_name: '审核员',
        decided_at: new Date().toISOString(),
      })
      .execute();
  });

  for (const { table, column, values } of COLUMNS) {
    it(`${table}.${column}: every listed value is accepted, any other refused`, async () => {
      const { db } = context();
      const row = await sql<{ id: number }>`select id from ${sql.table(table)} order by id limit 1`.execute(db);
      const id = row.rows[0]!.id;
      const setTo = (value: string) =>
        sql`update ${sql.table(table)} set ${sql.ref(column)} = ${value} where id = ${id}`.execute(db);
      const current = await sql<
        Record<string, string>
      >`select ${sql.ref(column)} from ${sql.table(table)} where id = ${id}`.execute(db);
      for (const value of values) await setTo(value);
      await expect(setTo('not_a_status')).rejects.toThrow(/check|constraint/i);
      await setTo(current.rows[0]![column]!);
      const after = await sql<
        Record<string, string>
      >`select ${sql.ref(column)} from ${sql.table(table)} where id = ${id}`.execute(db);
      expect(after.rows[0]![column]).toBe(current.rows[0]![column]);
    });
  }

  it('a new agreement or outbox row with an unknown status is refused', async () => {
    const { db } = context();
    for (const table of ['agreement', 'outbox'] as const) {
      const { id: _id, ...row } = await db.selectFrom(table).selectAll().orderBy('id').executeTakeFirstOrThrow();
      const before = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      await expect(
        db
          .insertInto(table)
          .values({ ...row, status: 'not_a_status' } as never)
          .execute(),
      ).rejects.toThrow(/check|constraint/i);
      const after = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      expect(Number(after.count)).toBe(Number(before.count));
    }
  });
});
