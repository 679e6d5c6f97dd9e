import { expect, it } from 'vitest';
import { describeOnDialects } from '../support/app';
import { TEST_COHORT } from '../support/database';
import { CHINESE, ClientAt, expectRefusal, loggedInAt } from './helpers';

describeOnDialects('staff and employer console, code tables, rate limit', (context) => {
  const countStudents = async (where: { collegeId?: number; schoolId?: number; confirmed?: boolean }) => {
    let query = context()
      .db.selectFrom('student_record')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('cohort', '=', TEST_COHORT);
    if (where.collegeId !== undefined) query = query.where('college_id', '=', where.collegeId);
    if (where.schoolId !== undefined) query = query.where('school_id', '=', where.schoolId);
    if (where.confirmed) query = query.where('confirmed_at', 'is not', null);
    return Number((await query.executeTakeFirstOrThrow()).n);
  };
  const school = () => context().db.selectFrom('school').selectAll().where('code', '=', '10001').executeTakeFirstOrThrow();
  const collegesOfSchool = async () =>
    context().db.selectFrom('college').selectAll().where('school_id', '=', (await school()).id).orderBy('code').execute();

  it('shows college1 its school and exactly its own college, with live counts of that college', async () => {
    const { app } = context();
    const [computing] = await collegesOfSchool();
    const response = await (await loggedInAt(app, 'college1')).get('/api/console');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      role: 'college_reviewer',
      username: 'college1',
      school: { code: '10001', name: '示例大学', reviewChain: 'college_school' },
      employer: null,
    });
    expect(response.body.colleges).toEqual([{ id: computing!.id, code: '01', name: '计算机学院' }]);
    const students = await countStudents({ collegeId: computing!.id });
    expect(students).toBeGreaterThan(0);
    expect(response.body.counts).toEqual({ students, confirmed: await countStudents({ collegeId: computing!.id, confirmed: true }) });
    // 13800000002's record (计算机学院) is confirmed in the demo data.
    expect(response.body.counts.confirmed).toBeGreaterThanOrEqual(1);
  });

  it('shows college2 only 经济管理学院; the two colleges add up to the school', async () => {
    const { app } = context();
    const [, economics] = await collegesOfSchool();
    const college1 = (await (await loggedInAt(app, 'college1')).get('/api/console')).body;
    const college2 = (await (await loggedInAt(app, 'college2')).get('/api/console')).body;
    expect(college2.colleges).toEqual([{ id: economics!.id, code: '02', name: '经济管理学院' }]);
    expect(college2.counts.students).toBe(await countStudents({ collegeId: economics!.id }));
    const schoolTotal = await countStudents({ schoolId: (await school()).id });
    expect(college1.counts.students + college2.counts.students).toBe(schoolTotal);
  });

  it('shows school1 both colleges and the school total', async () => {
    const { app } = context();
    const response = await (await loggedInAt(app, 'school1')).get('/api/console');
    expect(response.status).toBe(200);
    expect(response.body.role).toBe('school_admin');
    expect(response.body.school).toEqual({ code: '10001', name: '示例大学', reviewChain: 'college_school' });
    expect(response.body.colleges.map((college: { name: string }) => college.name)).toEqual(['计算机学院', '经济管理学院']);
    const total = await countStudents({ schoolId: (await school()).id });
    expect(total).toBe(240);
    expect(response.body.counts).toEqual({ students: total, confirmed: await countStudents({ confirmed: true }) });
  });

  it('follows the data: a confirmation raises the confirmed count', async () => {
    const { app } = context();
    const schoolAdmin = await loggedInAt(app, 'school1');
    const before = (await schoolAdmin.get('/api/console')).body.counts;
    const student = await loggedInAt(app, '13800000001');
    expect((await student.post('/api/student/record/confirm', {})).status).toBe(200);
    const after = (await schoolAdmin.get('/api/console')).body.counts;
    expect(after).toEqual({ students: before.students, confirmed: before.confirmed + 1 });
  });

  it('shows the employer its own unit with a masked 统一社会信用代码 and its verification', async () => {
    const { app, db } = context();
    const employer = await db.selectFrom('employer').selectAll().where('name', '=', '示例信息科技有限公司').executeTakeFirstOrThrow();
    const response = await (await loggedInAt(app, '13900000001')).get('/api/console');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ role: 'employer', realName: '王经理', school: null, colleges: [], counts: null });
    expect(response.body.employer.name).toBe('示例信息科技有限公司');
    expect(response.body.employer.verificationStatus).toBe('verified');
    expect(response.body.employer.usccMasked).toContain('*');
    expect(response.body.employer.usccMasked).not.toBe(employer.uscc);
    expect(response.body.employer.usccMasked).toHaveLength(employer.uscc.length);
    expect(JSON.stringify(response.body)).not.toContain(employer.uscc);
  });

  it('shows the platform admin its role and the counts across all schools', async () => {
    const { app, db } = context();
    const response = await (await loggedInAt(app, 'admin')).get('/api/console');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ role: 'platform_admin', cohort: 2027, username: 'admin', school: null, employer: null });
    const all = await db.selectFrom('student_record').select('id').where('cohort', '=', 2027).execute();
    expect(response.body.counts.students).toBe(all.length);
  });

  it('refuses a student the console with 403 and an anonymous caller with 401', async () => {
    const { app } = context();
    for (const phone of ['13800000001', '13800000002']) {
      expectRefusal(await (await loggedInAt(app, phone)).get('/api/console'), 403, 'FORBIDDEN');
    }
    expectRefusal(await new ClientAt(app).get('/api/console'), 401, 'UNAUTHENTICATED');
  });

  it('serves the code tables: 民族 01 汉族, 深圳市 under 广东省, and a Chinese 404 for an unknown table', async () => {
    const client = new ClientAt(context().app);
    const ethnicity = await client.get('/api/codes/ethnicity');
    expect(ethnicity.status).toBe(200);
    expect(ethnicity.body.dictionary).toBe('ethnicity');
    expect(ethnicity.body.items).toContainEqual({ code: '01', name: '汉族', parentCode: null });
    expect(ethnicity.body.items.length).toBeGreaterThanOrEqual(56);

    const guangdong = await client.get('/api/codes/region?parent=440000');
    expect(guangdong.status).toBe(200);
    expect(guangdong.body.items).toContainEqual({ code: '440300', name: '深圳市', parentCode: '440000' });
    expect(guangdong.body.items.every((item: { parentCode: string }) => item.parentCode === '440000')).toBe(true);

    const unknown = await client.get('/api/codes/nope');
    expectRefusal(unknown, 404, 'NOT_FOUND');
    expect(unknown.body.message).toContain('nope');
  });

  it('rate-limits the captcha: the 61st request in a minute from one address gets 429 RATE_LIMITED', async () => {
    const { app } = context();
    const client = new ClientAt(app);
    const statuses: number[] = [];
    let last: { status: number; body: any } | undefined;
    for (let index = 0; index < 61; index += 1) {
      last = await client.get('/api/auth/captcha');
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true);
    expectRefusal(last!, 429, 'RATE_LIMITED');
    expect(last!.body.message).toMatch(CHINESE);

    // Another address is not affected.
    expect((await new ClientAt(app).get('/api/auth/captcha')).status).toBe(200);
  });
});
