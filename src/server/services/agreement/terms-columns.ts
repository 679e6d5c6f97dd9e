import type { AgreementTermsInput } from '../../../contract/agreement';
import type { NewAgreement } from '../../db/schema';

type ContactInput = { contactName: string; contactPhone?: string | undefined; contactMobile: string; contactEmail?: string | undefined };

/** 签约信息 and 单位联系人 as agreement columns; shared by invitations and submitted agreements. */
export function termsColumns(input: AgreementTermsInput & ContactInput) {
  return {
    position_category_code: input.positionCategoryCode,
    position_title: input.positionTitle,
    probation: input.probation ?? null,
    probation_salary: input.probationSalary ?? null,
    regular_salary: input.regularSalary ?? null,
    breach_penalty: input.breachPenalty ?? null,
    report_location: input.reportLocation ?? null,
    report_deadline: input.reportDeadline ?? null,
    work_location: input.workLocation ?? null,
    hukou_handling_code: input.hukouHandlingCode,
    supplement: input.supplement ?? null,
    contact_name: input.contactName,
    contact_phone: input.contactPhone ?? null,
    contact_mobile: input.contactMobile,
    contact_email: input.contactEmail ?? null,
  } satisfies Partial<NewAgreement>;
}

/** The columns an agreement starts with before any answer, review or document. */
export const UNDECIDED_COLUMNS = {
  answered_at: null,
  reminder_sent_at: null,
  failure_reason: null,
  agreement_number: null,
  verification_code: null,
  pdf_file_id: null,
  effective_at: null,
} satisfies Partial<NewAgreement>;
