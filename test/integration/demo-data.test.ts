import { expect, it } from 'vitest';
import { validateIdCard, validateUscc } from '../../src/domain/validators';
import { seedPendingEmployer } from '../../src/server/seed/demo-pending-employer';
import { describeOnDialects } from '../support/app';
import { loggedInAt } from './helpers';

/**
 * Which catalogue a 专业代码 belongs to, by its shape: 研究生 一级学科 (e.g. 081200) and 专业学位 (e.g. 085404,
 * 125300) end in a 00 class or sit in a 专业学位 class (xx5x); 本科 codes have a non-zero 专业 number and may
 * carry T/K (080910T); 高职专科 codes start with 4 or 5 (510201).
 */
function catalogueOf(code: string): 'graduate' | 'bachelor' | 'associate' | 'unknown' {
  if (/^[45]\d{5}$/.test(code)) return 'associate';
  if (/^(0[1-9]|1[0-4])\d{2}00$/.test(code) || /^(0[1-9]|1[0-4])5\d{3}$/.test(code)) return 'graduate';
  if (/^(0[1-9]|1[0-4])\d{2}(0[1-9]|[1-9]\d)[TK]{0,2}$/.test(code)) return 'bachelor';
  return 'unknown';
}
const CATALOGUE_OF_LEVEL: Record<string, string> = { '01': 'graduate', '11': 'graduate', '31': 'bachelor', '41': 'associate' };
const YEARS_OF_LEVEL: Record<string, number> = { '01': 4, '11': 3, '31': 4, '41': 3 };

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

  it('gives every student a 专业 of his own 层次: 研究生 disciplines for 博士/硕士, 本科 and 专科 catalogue codes', async () => {
    const { db } = context();
    const students = await db
      .selectFrom('student_record')
      .innerJoin('college', 'college.id', 'student_record.college_id')
      .select(['education_level_code', 'major_code', 'major_name', 'study_years', 'college.name as college_name'])
      .execute();
    for (const student of students) {
      const catalogue = catalogueOf(student.major_code ?? '');
      expect(catalogue, `${student.education_level_code} ${student.major_code} ${student.major_name}`).toBe(
        CATALOGUE_OF_LEVEL[student.education_level_code],
      );
      expect(student.study_years, student.education_level_code).toBe(YEARS_OF_LEVEL[student.education_level_code]);
    }
    // One 专业代码 names one 专业 throughout.
    const names = new Map<string, Set<string>>();
    for (const student of students) {
      const code = student.major_code ?? '';
      names.set(code, (names.get(code) ?? new Set()).add(student.major_name));
    }
    for (const [code, set] of names) expect([...set], code).toHaveLength(1);
    // Each college has students on every level.
    for (const college of new Set(students.map((student) => student.college_name))) {
      const levels = new Set(students.filter((student) => student.college_name === college).map((student) => student.education_level_code));
      expect(levels, college).toEqual(new Set(['01', '11', '31', '41']));
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
