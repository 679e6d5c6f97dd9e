import { AGREEMENT_KIND_NAMES, AGREEMENT_STATUS_LABELS } from '../../../domain/agreement/status';
import { formatChinaTime } from '../../../domain/agreement/deadline';
import { AppError, AppErrorCode } from '../../../domain/errors';
import { maskIdNumber, maskName } from '../../../domain/masking';
import { listAgreementFiles } from '../../db/repositories/agreement-file-repository';
import { findVerifiableAgreement } from '../../db/repositories/agreement-repository';
import type { Executor } from '../../db/repositories/executor';

/** 验真: what anyone holding the code (or the QR) may see, with personal data masked, and the hashes of the agreement's pages. */
export async function verifyAgreement(db: Executor, code: string) {
  const row = await findVerifiableAgreement(db, code.trim().toUpperCase());
  if (!row?.agreement_number) {
    throw new AppError(AppErrorCode.NotFound, '未找到该验证码对应的就业协议,请核对验证码是否完整正确');
  }
  // The sealed pages are part of the agreement only once their review made it effective.
  const sealedPages =
    row.kind === 'offline' && row.status === 'effective'
      ? (await listAgreementFiles(db, row.id))
          .filter((file) => file.purpose === 'sealed_scan' && file.round === row.scan_round)
          .map((file) => ({ page: file.page, sha256: file.sha256 }))
      : [];
  return {
    agreementNumber: row.agreement_number,
    statusLabel: AGREEMENT_STATUS_LABELS[row.status],
    kindName: AGREEMENT_KIND_NAMES[row.kind],
    employerName: row.employer_name,
    studentName: maskName(row.student_name),
    studentIdNumber: maskIdNumber(row.id_number),
    schoolName: row.school_name,
    effectiveAt: row.effective_at ? formatChinaTime(row.effective_at) : null,
    pdfSha256: row.sha256,
    sealedPages,
  };
}
