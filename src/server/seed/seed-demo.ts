import type { Kysely } from 'kysely';
import { makeUscc } from '../../domain/validators';
import { hashPassword } from '../auth/passwords';
import { insertAccount, insertRoleGrant } from '../db/repositories/account-repository';
import { appendAuditEvent } from '../db/repositories/audit-repository';
import { insertEmployer } from '../db/repositories/employer-repository';
import { nowIso } from '../db/repositories/executor';
import { hasNoSchool, insertCollege, insertSchool } from '../db/repositories/school-repository';
import { insertStudentRecords, linkConfirmedRecord } from '../db/repositories/student-record-repository';
import type { Database, NewStudentRecord, Role } from '../db/schema';
import { makeDemoPerson, pick, seededRandom, type DemoPerson } from './demo-people';

export const DEMO_PASSWORD = 'Demo@2026';

/** The fixed demo logins, printed at start and listed in the README. */
export const DEMO_LOGINS = [
  { login: '13800000001', role: '学生(学生信息待确认)' },
  { login: '13800000002', role: '学生(已确认)' },
  { login: '13900000001', role: '用人单位(已认证)' },
  { login: '13900000004', role: '用人单位(待资质认证)' },
  { login: 'college1', role: '院系审核员(计算机学院)' },
  { login: 'college2', role: '院系审核员(经济管理学院)' },
  { login: 'school1', role: '学校管理员(示例大学)' },
  { login: 'admin', role: '平台管理员' },
] as const;

type Major = readonly [code: string, name: string];
type LevelGroup = 'doctor' | 'master' | 'bachelor' | 'associate';

// 专业 by 层次, each from its own catalogue: 研究生 from the 学位授予和人才培养学科目录 (一级学科 and 专业学位),
// 本科 from the 普通高等学校本科专业目录, 专科 from the 职业教育专业目录 (高职专科).
const COLLEGES: readonly { code: string; name: string; majors: Record<LevelGroup, readonly Major[]> }[] = [
  {
    code: '01',
    name: '计算机学院',
    majors: {
      doctor: [['081200', '计算机科学与技术'], ['083500', '软件工程']],
      master: [['081200', '计算机科学与技术'], ['083500', '软件工程'], ['085404', '计算机技术']],
      bachelor: [['080901', '计算机科学与技术'], ['080902', '软件工程'], ['080910T', '数据科学与大数据技术']],
      associate: [['510201', '计算机应用技术'], ['510203', '软件技术'], ['510205', '大数据技术']],
    },
  },
  {
    code: '02',
    name: '经济管理学院',
    majors: {
      doctor: [['020200', '应用经济学'], ['120200', '工商管理']],
      master: [['020200', '应用经济学'], ['120200', '工商管理'], ['125300', '会计']],
      bachelor: [['020101', '经济学'], ['120201K', '工商管理'], ['120203K', '会计学']],
      associate: [['530302', '大数据与会计'], ['530605', '市场营销'], ['530701', '电子商务']],
    },
  },
];

// 层次: 学历代码, its catalogue, how many demo students, birth year and 学制 for the 届别 being registered.
const LEVELS = [
  { code: '01', group: 'doctor', count: 20, age: 28, years: 4 },
  { code: '11', group: 'master', count: 50, age: 25, years: 3 },
  { code: '31', group: 'bachelor', count: 130, age: 22, years: 4 },
  { code: '41', group: 'associate', count: 40, age: 21, years: 3 },
] as const;

const EMPLOYERS = [
  { name: '示例信息科技有限公司', first17: '91110108MA01A2B3C', nature: '39', industry: '34', region: '110108', address: '中关村大街 1 号' },
  { name: '示例市第一人民医院', first17: '12110000400000001', nature: '23', industry: '43', region: '110105', address: '朝阳路 100 号' },
  { name: '示例制造集团股份有限公司', first17: '91320102MA1X2Y3W4', nature: '31', industry: '22', region: '320102', address: '中山路 88 号' },
] as const;

export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  return hasNoSchool(db);
}

/** Seeds 示例大学 with its colleges, students, staff and employers, in one transaction. */
export async function seedDemoData(db: Kysely<Database>, cohort: number): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const schoolId = await insertSchool(trx, { code: '10001', name: '示例大学', region_code: '110000', review_chain: 'college_school', created_at: now });
    const collegeIds: number[] = [];
    for (const college of COLLEGES) collegeIds.push(await insertCollege(trx, { school_id: schoolId, code: college.code, name: college.name, created_at: now }));

    const random = seededRandom(cohort);
    const records: NewStudentRecord[] = [];
    let sequence = 0;
    for (const level of LEVELS) {
      for (let index = 0; index < level.count; index += 1) {
        const collegeIndex = sequence % COLLEGES.length;
        const person = makeDemoPerson(random, cohort - level.age, sequence);
        const major = pick(random, COLLEGES[collegeIndex]!.majors[level.group]);
        records.push(
          studentRecord({ person, schoolId, collegeId: collegeIds[collegeIndex]!, cohort, level, major, sequence, now }),
        );
        sequence += 1;
      }
    }
    await insertStudentRecords(trx, records);

    const account = (login: { phone?: string; username?: string; idNumber?: string; realName: string }) =>
      insertAccount(trx, { ...login, idType: login.idNumber ? '1' : null, passwordHash });
    const grant = (accountId: number, role: Role, scope: { schoolId?: number; collegeId?: number; employerId?: number } = {}) =>
      insertRoleGrant(trx, { accountId, role, ...scope });

    // The two fixed student logins are the first 本科 students of 计算机学院.
    const firstBachelors = records.filter((record) => record.education_level_code === '31' && record.college_id === collegeIds[0]);
    for (const [index, phone] of ['13800000001', '13800000002'].entries()) {
      const record = firstBachelors[index]!;
      const accountId = await account({ phone, idNumber: record.id_number, realName: record.name });
      await grant(accountId, 'student');
      if (index === 1) {
        await linkConfirmedRecord(trx, { idNumber: record.id_number, cohort }, accountId, now);
      }
    }

    for (const [index, collegeId] of collegeIds.entries()) {
      const reviewer = await account({ username: `college${index + 1}`, realName: `${COLLEGES[index]!.name}审核员` });
      await grant(reviewer, 'college_reviewer', { schoolId, collegeId });
    }
    await grant(await account({ username: 'school1', realName: '示例大学就业中心' }), 'school_admin', { schoolId });
    await grant(await account({ username: 'admin', realName: '平台管理员' }), 'platform_admin');

    for (const [index, employer] of EMPLOYERS.entries()) {
      const employerId = await insertEmployer(trx, {
        name: employer.name,
        uscc: makeUscc(employer.first17),
        natureCode: employer.nature,
        industryCode: employer.industry,
        regionCode: employer.region,
        address: employer.address,
        contactName: ['王经理', '刘主任', '陈经理'][index]!,
        contactMobile: `1390000000${index + 1}`,
        contactEmail: `hr${index + 1}@example.com`,
        licenseFileId: null,
        verified: true,
      });
      const operator = await account({ phone: `1390000000${index + 1}`, realName: ['王经理', '刘主任', '陈经理'][index]! });
      await grant(operator, 'employer', { employerId });
    }

    await appendAuditEvent(trx, {
      actor: { accountId: null, role: 'system', ip: null },
      entityType: 'school',
      entityId: schoolId,
      schoolId,
      action: 'demo.seeded',
      details: { students: records.length, cohort },
    });
  });
}

function studentRecord(options: {
  person: DemoPerson;
  schoolId: number;
  collegeId: number;
  cohort: number;
  level: (typeof LEVELS)[number];
  major: Major;
  sequence: number;
  now: string;
}): NewStudentRecord {
  const { person, cohort, level } = options;
  return {
    school_id: options.schoolId,
    college_id: options.collegeId,
    cohort,
    exam_number: `${String(cohort - level.years).slice(2)}11${String(options.sequence).padStart(10, '0')}`,
    name: person.name,
    gender_code: person.genderCode,
    birth_date: person.birthDate,
    id_type: '1',
    id_number: person.idNumber,
    origin_region_code: person.regionCode,
    ethnicity_code: options.sequence % 9 === 0 ? '03' : '01',
    political_status_code: options.sequence % 4 === 0 ? '01' : '03',
    education_level_code: level.code,
    major_code: options.major[0],
    major_name: options.major[1],
    study_years: level.years,
    enrolled_on: `${cohort - level.years}09`,
    graduating_on: `${cohort}06`,
    account_id: null,
    confirmed_at: null,
    created_at: options.now,
    updated_at: options.now,
  };
}
