import type { StudentRecordView } from '../../../contract/student';
import { codeName, educationLevelGroup, regionPath } from '../../../domain/codes';
import { maskIdNumber } from '../../../domain/masking';
import type { StudentRecordWithNames } from '../../db/repositories/student-record-repository';

/** The 学生信息 screen's fields: codes shown by name, 身份证号 masked. */
export function presentRecord(record: StudentRecordWithNames): StudentRecordView {
  return {
    examNumber: record.exam_number,
    name: record.name,
    genderName: codeName('gender', record.gender_code) ?? record.gender_code,
    birthDate: record.birth_date,
    idNumberMasked: maskIdNumber(record.id_number),
    originRegionName: record.origin_region_code ? regionPath(record.origin_region_code) || null : null,
    ethnicityName: record.ethnicity_code ? (codeName('ethnicity', record.ethnicity_code) ?? null) : null,
    politicalStatusName: record.political_status_code
      ? (codeName('political-status', record.political_status_code) ?? null)
      : null,
    schoolName: record.school_name,
    collegeName: record.college_name,
    levelName: educationLevelGroup(record.education_level_code) ?? record.education_level_code,
    educationLevelName: codeName('education-level', record.education_level_code) ?? record.education_level_code,
    majorName: record.major_name,
    majorCode: record.major_code,
    studyYears: record.study_years,
    enrolledOn: record.enrolled_on,
    graduatingOn: record.graduating_on,
    cohort: record.cohort,
  };
}
