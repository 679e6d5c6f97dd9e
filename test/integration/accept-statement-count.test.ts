import SQLite from 'better-sqlite3';
import pg from 'pg';
import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import { agreementRow, confirmedStudent, EMPLOYERS, invited, loggedInAt } from './helpers';

/** BEGIN / COMMIT / ROLLBACK / SAVEPOINT: the transaction's frame, not work of the use case. */
const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;

/**
 * The SQL both drivers are handed while `work` runs, caught where Kysely hands it over (better-sqlite3
 * `prepare`, pg `Client#query`), so every statement of the request counts, whichever layer issues it.
 */
async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const prepare = SQLite.prototype.prepare;
  const query = pg.Client.prototype.query;
  SQLite.prototype.prepare = function (this: SQLite.Database, source: string) {
    statements.push(source);
    return prepare.call(this, source);
  } as typeof prepare;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0];
    statements.push(typeof first === 'string' ? first : String((first as { text?: string }).text));
    return (query as (...rest: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await work();
  } finally {
    SQLite.prototype.prepare = prepare;
    pg.Client.prototype.query = query;
  }
  return statements.filter((statement) => !TRANSACTION_CONTROL.test(statement));
}

/**
 * 20 before (the agreement and its record's owner read twice, the student's name and 学生信息 read again
 * after the request had his record); 15 since the accept returns the changed row and reuses the record.
 */
const ACCEPT_STATEMENT_LIMIT = 15;

describeOnDialects('接受 costs a bounded number of SQL statements', (context) => {
  it('one POST …/accept issues at most the counted statements and still takes the slot', async () => {
    const { app, db } = context();
    const student = await confirmedStudent(db);
    const id = await invited(await loggedInAt(app, EMPLOYERS.first.phone), student);
    const graduate = await loggedInAt(app, student.phone);
    expect((await graduate.post('/api/auth/reauthenticate', { password: 'Demo@2026' })).status).toBe(200);
    expect((await agreementRow(db, id)).status).toBe('invited');

    let status = 0;
    const statements = await statementsDuring(async () => {
      status = (await graduate.post(`/api/student/agreements/${id}/accept`)).status;
    });

    expect(status).toBe(200);
    expect((await agreementRow(db, id)).status).toBe('college_review');
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(ACCEPT_STATEMENT_LIMIT);
  });
});
