import { searchVerifiedEmployers } from '../../db/repositories/employer-repository';
import type { Executor } from '../../db/repositories/executor';

/** 单位名称 search over registered, verified employers, so the form fills the rest of 单位信息. */
export async function searchEmployers(db: Executor, keyword: string) {
  const rows = await searchVerifiedEmployers(db, keyword);
  return rows.map((row) => ({
    employerName: row.name,
    employerUscc: row.uscc,
    employerNatureCode: row.nature_code,
    employerIndustryCode: row.industry_code,
    employerRegionCode: row.region_code,
    employerAddress: row.address,
  }));
}
