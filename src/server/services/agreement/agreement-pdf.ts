import { holdsSlot } from '../../../domain/agreement/status';
import { AppError, AppErrorCode } from '../../../domain/errors';
import type { Agreement } from '../../db/schema';
import type { Executor } from '../../db/repositories/executor';
import type { FileStore } from '../../files/file-store';

/** The stored PDF of an agreement the caller may see, with a download name. */
export async function agreementPdf(db: Executor, files: FileStore, agreement: Agreement) {
  if (!holdsSlot(agreement.status) || agreement.agreement_number === null) {
    throw new AppError(AppErrorCode.StaleState, '协议尚未审核通过,审核通过后才能预览和下载协议书');
  }
  if (agreement.pdf_file_id === null) {
    throw new AppError(AppErrorCode.StaleState, '协议书正在生成,请稍候刷新重试');
  }
  const file = await db.selectFrom('stored_file').selectAll().where('id', '=', agreement.pdf_file_id).executeTakeFirstOrThrow();
  return {
    content: files.read(file.sha256),
    sha256: file.sha256,
    fileName: `就业协议书-${agreement.agreement_number}.pdf`,
    mediaType: 'application/pdf',
  };
}
