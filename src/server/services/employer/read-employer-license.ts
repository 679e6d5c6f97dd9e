import { AppError, AppErrorCode } from '../../../domain/errors';
import type { Executor } from '../../db/repositories/executor';
import { findEmployer } from '../../db/repositories/employer-repository';
import { findStoredFile } from '../../db/repositories/stored-file-repository';
import type { FileStore } from '../../files/file-store';
import { EXTENSIONS, type AcceptedMediaType } from '../../files/sniff';

/** 营业执照扫描件 of an employer, as the platform admin opens it. */
export async function readEmployerLicense(db: Executor, files: FileStore, employerId: number) {
  const employer = await findEmployer(db, employerId);
  if (!employer?.license_file_id) throw new AppError(AppErrorCode.NotFound, '该单位没有上传营业执照');
  const file = await findStoredFile(db, employer.license_file_id);
  const extension = EXTENSIONS[file.media_type as AcceptedMediaType] ?? 'bin';
  return { mediaType: file.media_type, fileName: `license-${employer.id}.${extension}`, content: files.read(file.sha256) };
}
