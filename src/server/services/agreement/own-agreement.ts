import { AppError, AppErrorCode } from '../../../domain/errors';
import type { Agreement, StudentRecord } from '../../db/schema';
import type { Executor } from '../../db/repositories/executor';
import { findAgreement } from '../../db/repositories/agreement-repository';

/**
 * An agreement of the student's own confirmed record (a confirmed record is linked to his account, so the
 * owner need not be read again); any other id looks exactly like a missing one (404).
 */
export async function ownAgreement(db: Executor, record: Pick<StudentRecord, 'id'>, agreementId: number): Promise<Agreement> {
  const agreement = await findAgreement(db, agreementId);
  if (!agreement || agreement.student_record_id !== record.id) throw new AppError(AppErrorCode.NotFound, '协议不存在或无权查看');
  return agreement;
}
