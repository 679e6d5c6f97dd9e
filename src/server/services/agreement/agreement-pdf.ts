import { holdsSlot } from '../../../domain/agreement/status';
import { AppError, AppErrorCode, RefusalReason, refused } from '../../../domain/errors';
import type { Agreement } from '../../db/schema';
import type { Executor } from '../../db/repositories/executor';
import { findStoredFile } from '../../db/repositories/stored-file-repository';
import type { FileStore } from '../../files/file-store';
import type { DocumentVersion } from '../../pdf/agreement-document';

const NAME_OF: Record<DocumentVersion, string> = { agreement: '就业协议书', preseal: '待盖章协议书' };

/**
 * Which stored document a request gets. The agreement is the final document once effective; until then an
 * offline agreement has only its pre-seal document, which is always served under its own name.
 */
function documentOf(agreement: Agreement, requested: DocumentVersion): { version: DocumentVersion; fileId: number | null } {
  if (requested === 'preseal') {
    if (agreement.kind !== 'offline') throw new AppError(AppErrorCode.NotFound, '该协议没有待盖章协议书,请下载协议');
    return { version: 'preseal', fileId: agreement.preseal_pdf_file_id };
  }
  if (agreement.kind === 'offline' && agreement.status !== 'effective') return { version: 'preseal', fileId: agreement.preseal_pdf_file_id };
  return { version: 'agreement', fileId: agreement.pdf_file_id };
}

/** A stored PDF of an agreement the caller may see, with a download name that says which document it is. */
export async function agreementPdf(db: Executor, files: FileStore, agreement: Agreement, requested: DocumentVersion = 'agreement') {
  if (!holdsSlot(agreement.status) || agreement.agreement_number === null) {
    throw refused(RefusalReason.AgreementNotApproved, '协议尚未审核通过,审核通过后才能预览和下载协议书');
  }
  const { version, fileId } = documentOf(agreement, requested);
  if (fileId === null) {
    throw refused(RefusalReason.DocumentNotReady, '协议书正在生成,请稍候刷新重试');
  }
  const file = await findStoredFile(db, fileId);
  return {
    content: files.read(file.sha256),
    sha256: file.sha256,
    fileName: `${NAME_OF[version]}-${agreement.agreement_number}.pdf`,
    mediaType: 'application/pdf',
  };
}
