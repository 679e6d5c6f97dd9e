import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import { ClientAt, confirmedStudent, DEMO_PASSWORD, expectRefusal, loggedInAt, newPhone, requestSmsCode } from './helpers';

const PER_ADDRESS_LIMIT = 5;
const ACCOUNT_WIDE_LIMIT = 20;

describeOnDialects('lockout: parallel guesses, unknown identifiers, the password asked again', (context) => {
  const loginFrom = (client: ClientAt, identifier: string, password: string) =>
    client.post('/api/auth/login', { identifier, password, captchaId: 'off', captchaAnswer: '0' });

  /** How many wrong passwords of the account were actually checked: each one writes an audit event. */
  const checkedWrongPasswords = async (accountId: number) => {
    const events = await context()
      .db.selectFrom('audit_event')
      .select('action')
      .where('entity_type', '=', 'account')
      .where('entity_id', '=', accountId)
      .where('action', 'in', ['account.login_failed', 'account.locked', 'account.reauthentication_failed'])
      .execute();
    return events.length;
  };

  const statusCounts = (responses: { status: number }[]) => {
    const counts: Record<number, number> = {};
    for (const response of responses) counts[response.status] = (counts[response.status] ?? 0) + 1;
    return counts;
  };

  it('checks exactly five of twenty parallel wrong passwords, and then refuses the right one', async () => {
    const { app } = context();
    const student = await confirmedStudent(context().db);
    const client = await new ClientAt(app).open();
    expect(await checkedWrongPasswords(student.accountId)).toBe(0);

    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, index) => loginFrom(client, student.phone, `Wrong${index}pass`)),
    );
    expect(statusCounts(burst)).toEqual({ 401: PER_ADDRESS_LIMIT - 1, 423: 20 - (PER_ADDRESS_LIMIT - 1) });
    expect(await checkedWrongPasswords(student.accountId)).toBe(PER_ADDRESS_LIMIT);

    const right = await loginFrom(client, student.phone, DEMO_PASSWORD);
    expectRefusal(right, 423, 'ACCOUNT_LOCKED');
    expect(client.hasCookie('sid')).toBe(false);
    expect(await checkedWrongPasswords(student.accountId)).toBe(PER_ADDRESS_LIMIT);
  });

  it('lets a right password in a burst of twelve wrong ones in only while tries remain', async () => {
    const { app } = context();
    const student = await confirmedStudent(context().db);
    const client = await new ClientAt(app).open();
    const burst = await Promise.all([
      ...Array.from({ length: 12 }, (_, index) => loginFrom(client, student.phone, `Wrong${index}pass`)),
      loginFrom(client, student.phone, DEMO_PASSWORD),
    ]);
    const right = burst.at(-1)!;
    const checked = await checkedWrongPasswords(student.accountId);
    // Which request reaches the count first is up to the scheduler; what may happen either way is fixed.
    if (right.status === 200) {
      // It took one of the five tries; the address started again, and at most five more were checked.
      expect(checked).toBeLessThanOrEqual(2 * PER_ADDRESS_LIMIT - 1);
    } else {
      expectRefusal(right, 423, 'ACCOUNT_LOCKED');
      expect(checked).toBe(PER_ADDRESS_LIMIT);
    }
  });

  it('refuses a right password that arrives in a burst after the limit was reached', async () => {
    const { app } = context();
    const student = await confirmedStudent(context().db);
    const client = await new ClientAt(app).open();
    for (let index = 0; index < PER_ADDRESS_LIMIT; index += 1) await loginFrom(client, student.phone, `Wrong${index}pass`);

    const burst = await Promise.all([
      ...Array.from({ length: 10 }, (_, index) => loginFrom(client, student.phone, `Again${index}pass`)),
      loginFrom(client, student.phone, DEMO_PASSWORD),
    ]);
    expect(burst.map((response) => response.status)).toEqual(Array.from({ length: 11 }, () => 423));
    expect(await checkedWrongPasswords(student.accountId)).toBe(PER_ADDRESS_LIMIT);
    expect(client.hasCookie('sid')).toBe(false);
  });

  it('answers an unknown identifier exactly like an account: the same 401s, then the same 423', async () => {
    const { app } = context();
    const student = await confirmedStudent(context().db);
    const answersFor = async (identifier: string) => {
      const client = await new ClientAt(app).open();
      const answers = [];
      for (let index = 0; index <= PER_ADDRESS_LIMIT; index += 1) {
        const response = await loginFrom(client, identifier, `Wrong${index}pass`);
        answers.push({ status: response.status, body: response.body });
      }
      return answers;
    };
    const known = await answersFor(student.phone);
    const unknown = await answersFor(newPhone());
    expect(unknown).toEqual(known);
    expect(known.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 423, 423]);
    expect(known.slice(0, 4).map((answer) => answer.body.message)).toEqual([
      '账号或密码错误,还可尝试 4 次',
      '账号或密码错误,还可尝试 3 次',
      '账号或密码错误,还可尝试 2 次',
      '账号或密码错误,还可尝试 1 次',
    ]);
    expect(known[4]!.body.message).toMatch(/1[45] 分钟后再试/);
  });

  it('does not let a stranger at one address keep the owner out: the owner logs in from his own', async () => {
    const { app } = context();
    const student = await confirmedStudent(context().db);
    const stranger = await new ClientAt(app).open();
    for (let index = 0; index < PER_ADDRESS_LIMIT; index += 1) await loginFrom(stranger, student.phone, `Guess${index}pass`);
    expectRefusal(await loginFrom(stranger, student.phone, DEMO_PASSWORD), 423, 'ACCOUNT_LOCKED');

    const owner = await new ClientAt(app).login(student.phone);
    expect(owner.status, JSON.stringify(owner.body)).toBe(200);
  });

  it('stops guessing from many addresses at the account-wide limit, until 找回密码 lifts it', async () => {
    const { app } = context();
    const student = await confirmedStudent(context().db);
    for (let address = 0; address < ACCOUNT_WIDE_LIMIT / PER_ADDRESS_LIMIT; address += 1) {
      const stranger = await new ClientAt(app).open();
      for (let index = 0; index < PER_ADDRESS_LIMIT; index += 1) await loginFrom(stranger, student.phone, `Guess${index}pass`);
    }
    expect(await checkedWrongPasswords(student.accountId)).toBe(ACCOUNT_WIDE_LIMIT);

    const elsewhere = await new ClientAt(app).open();
    const refused = await loginFrom(elsewhere, student.phone, DEMO_PASSWORD);
    expectRefusal(refused, 423, 'ACCOUNT_LOCKED');
    expect(refused.body.message).toMatch(/找回密码/);
    expect(await checkedWrongPasswords(student.accountId)).toBe(ACCOUNT_WIDE_LIMIT);

    const owner = await new ClientAt(app).open();
    const code = await requestSmsCode(owner, student.phone, 'reset_password');
    const reset = await owner.post('/api/auth/reset-password', { phone: student.phone, code, newPassword: 'Owner2027back' });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    expect((await loginFrom(elsewhere, student.phone, 'Owner2027back')).status).toBe(200);
  });

  it('counts the password asked again (接受) toward the same lockout, checking no more than the limit in parallel', async () => {
    const { app } = context();
    const student = await confirmedStudent(context().db);
    const client = await loggedInAt(app, student.phone);

    const first = await client.post('/api/auth/reauthenticate', { password: 'Wrong0pass' });
    expectRefusal(first, 403, 'REAUTHENTICATION_FAILED', 'password');
    expect(first.body.message).toBe('登录密码错误,还可尝试 4 次');

    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, index) => client.post('/api/auth/reauthenticate', { password: `Wrong${index + 1}pass` })),
    );
    expect(statusCounts(burst)).toEqual({ 403: PER_ADDRESS_LIMIT - 2, 423: 8 - (PER_ADDRESS_LIMIT - 2) });
    expect(await checkedWrongPasswords(student.accountId)).toBe(PER_ADDRESS_LIMIT);

    // Locked for this address: the right password again, and logging in anew, are refused alike.
    expectRefusal(await client.post('/api/auth/reauthenticate', { password: DEMO_PASSWORD }), 423, 'ACCOUNT_LOCKED');
    const again = await loginFrom(await new ClientAt(app, client.address).open(), student.phone, DEMO_PASSWORD);
    expectRefusal(again, 423, 'ACCOUNT_LOCKED');
    const session = await context()
      .db.selectFrom('session')
      .select('reauthenticated_at')
      .where('account_id', '=', student.accountId)
      .executeTakeFirstOrThrow();
    expect(session.reauthenticated_at).toBeNull();
  });
});
