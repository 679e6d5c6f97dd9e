import type { EmployerProfile } from '../../../contract/employer';
import { codeName, regionPath } from '../../../domain/codes';
import type { Employer } from '../../db/schema';

export function presentEmployer(employer: Employer & { license_media_type: string | null }): EmployerProfile {
  return {
    id: employer.id,
    name: employer.name,
    uscc: employer.uscc,
    natureCode: employer.nature_code,
    natureName: codeName('employer-nature', employer.nature_code) ?? employer.nature_code,
    industryCode: employer.industry_code,
    industryName: codeName('industry', employer.industry_code) ?? employer.industry_code,
    regionCode: employer.region_code,
    regionName: regionPath(employer.region_code),
    address: employer.address,
    contactName: employer.contact_name,
    contactPhone: employer.contact_phone,
    contactMobile: employer.contact_mobile,
    contactEmail: employer.contact_email,
    verificationStatus: employer.verification_status,
    verificationComment: employer.verification_comment,
    createdAt: employer.created_at,
    hasLicense: employer.license_file_id !== null,
    licenseMediaType: employer.license_media_type,
  };
}
