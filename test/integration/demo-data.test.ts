import { expect, it } from 'vitest';
import { validateIdCard, validateUscc } from '../../src/domain/validators';
import { seedPendingEmployer } from '../../src/server/seed/demo-pending-employer';
import { describeOnDialects } from '../support/app';
import { loggedInAt } from './helpers';

describeOnDialects('demo data', (context) => {
  it('has 示例大学 with 2 colleges, at least 200 students on all four levels with valid 身份证号, and 3 verified employers', async () => {
    const { db } = context();
    const school = await db.selectFrom('school').selectAll().where('code', '=', '10001').executeTakeFirstOrThrow();
    expect(school.name).toBe('示例大学');
    expect(await db.selectFrom('college').select('id').where('school_id', '=', school.id).execute()).toHaveLength(2);
    const students = await db.selectFrom('student_record').select(['id_number', 'education_level_code', 'birth_date']).execute();
    expect(students.length).toBeGreaterThanOrEqual(200);
    expect(new Set(students.map((student) => student.education_level_code))).toEqual(new Set(['01', '11', '31', '41']));
    for (const student of students) {
      const result = validateIdCard(student.id_number);
      expect(result.ok, student.id_number).toBe(true);
      if (result.ok) expect(result.birthDate).toBe(student.birth_date);
    }
    expect(new Set(students.map((student) => student.id_number)).size).toBe(students.length);
    const employers = await db.selectFrom('employer').select(['uscc', 'verification_status']).execute();
    expect(employers).toHaveLength(3);
    for (const employer of employers) {
      expect(validateUscc(employer.uscc).ok).toBe(true);
      expect(employer.verification_status).toBe('verified');
    }
  });

  it('adds, on start, an employer waiting for 资质认证 whose license the platform admin can open', async () => {
    const { app, db } = context();
    await seedPendingEmployer(db, app.files);
    const admin = await loggedInAt(app, 'admin');
    const queue = await admin.get('/api/platform/employers');
    const pending = queue.body.items.find((item: { name: string }) => item.name === '示例新能源科技有限公司');
    expect(pending).toMatchObject({ verificationStatus: 'pending', licenseMediaType: 'application/pdf' });
    expect(validateUscc(pending.uscc).ok).toBe(true);
    const license = await admin.request({ method: 'GET', url: `/api/platform/employers/${pending.id}/license` });
    expect(license.status).toBe(200);
    expect(license.headers['content-type']).toBe('application/pdf');
    expect((await loggedInAt(app, '13900000004')).hasCookie('sid')).toBe(true);
  });
});
