import type { Executor } from '../../db/repositories/executor';
import { storeUpload, type FileStore, type ReceivedFile } from '../../files/file-store';

export type Upload = ReceivedFile & { fileName: string };

/** Each page checked (type by content, size) and stored; returns the rows to attach, in page order. */
export async function storeScans(db: Executor, files: FileStore, uploads: Upload[], field: string, label: string) {
  const stored: { id: number; fileName: string }[] = [];
  for (const upload of uploads) {
    const file = await storeUpload(db, files, upload, {
      field,
      label: `${label}「${upload.fileName}」`,
      accept: ['application/pdf', 'image/png', 'image/jpeg'],
    });
    stored.push({ id: file.id, fileName: upload.fileName });
  }
  return stored;
}
