import { AppError, AppErrorCode } from '../../../domain/errors';
import { formatChinaTime } from '../../../domain/agreement/deadline';
import type { Agreement } from '../../db/schema';
import { findAgreementFile, listAgreementFiles } from '../../db/repositories/agreement-file-repository';
import type { Executor } from '../../db/repositories/executor';
import type { FileStore } from '../../files/file-store';

/** The pages attached to an agreement the caller may see, newest round last. */
export async function listAttachments(db: Executor, agreement: Agreement) {
  return (await listAgreementFiles(db, agreement.id)).map((file) => ({
    id: file.id,
    purpose: file.purpose,
    round: file.round,
    page: file.page,
    fileName: file.file_name,
    mediaType: file.media_type,
    size: file.size,
    sha256: file.sha256,
    uploadedVia: file.uploaded_via,
    createdAt: formatChinaTime(file.created_at),
  }));
}

/** One attached page's bytes, for the inline viewer. */
export async function readAttachment(db: Executor, files: FileStore, agreement: Agreement, fileId: number) {
  const file = await findAgreementFile(db, agreement.id, fileId);
  if (!file) throw new AppError(AppErrorCode.NotFound, '附件不存在');
  return { content: files.read(file.sha256), mediaType: file.media_type, fileName: file.file_name, sha256: file.sha256 };
}
