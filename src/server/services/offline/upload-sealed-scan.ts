import { agreementVisibleTo } from '../../auth/access';
import type { FileStore } from '../../files/file-store';
import type { ServiceContext } from '../context';
import { attachSealedScan } from './attach-sealed-scan';
import type { Upload } from './store-scans';

/** 本人回传协议书: the student uploads the sealed agreement's pages himself. */
export async function uploadSealedScan(
  context: ServiceContext & { files: FileStore },
  accountId: number,
  agreementId: number,
  pages: Upload[],
): Promise<void> {
  const agreement = await agreementVisibleTo(context.db, agreementId, { accountId, role: 'student' });
  await context.db.transaction().execute((trx) =>
    attachSealedScan(trx, context.files, agreement, { pages, via: 'student', actor: context.actor }),
  );
}
