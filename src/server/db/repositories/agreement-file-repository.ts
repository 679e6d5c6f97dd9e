import type { AgreementFilePurpose } from '../schema';
import type { Executor } from './executor';
import { nowIso } from './executor';

export async function insertAgreementFiles(
  db: Executor,
  files: {
    agreementId: number;
    schoolId: number;
    purpose: AgreementFilePurpose;
    round: number;
    storedFileIds: { id: number; fileName: string }[];
    via: 'student' | 'employer_link';
    accountId: number | null;
  },
): Promise<void> {
  const now = nowIso();
  await db
    .insertInto('agreement_file')
    .values(
      files.storedFileIds.map((file, index) => ({
        agreement_id: files.agreementId,
        school_id: files.schoolId,
        purpose: files.purpose,
        round: files.round,
        page: index + 1,
        stored_file_id: file.id,
        file_name: file.fileName,
        uploaded_via: files.via,
        uploaded_by_account_id: files.accountId,
        created_at: now,
      })),
    )
    .execute();
}

/** Attached pages with their stored file's hash, type and size. */
function filesOf(db: Executor, agreementId: number) {
  return db
    .selectFrom('agreement_file')
    .innerJoin('stored_file', 'stored_file.id', 'agreement_file.stored_file_id')
    .selectAll('agreement_file')
    .select(['stored_file.sha256', 'stored_file.media_type', 'stored_file.size'])
    .where('agreement_file.agreement_id', '=', agreementId);
}

export async function listAgreementFiles(db: Executor, agreementId: number) {
  return filesOf(db, agreementId)
    .orderBy('agreement_file.round')
    .orderBy('agreement_file.purpose')
    .orderBy('agreement_file.page')
    .execute();
}

export async function findAgreementFile(db: Executor, agreementId: number, fileId: number) {
  return filesOf(db, agreementId).where('agreement_file.id', '=', fileId).executeTakeFirst();
}

/** Whether any file (scan, attachment) belongs to the agreement. */
export async function hasAgreementFiles(db: Executor, agreementId: number): Promise<boolean> {
  return (await db.selectFrom('agreement_file').select('id').where('agreement_id', '=', agreementId).executeTakeFirst()) !== undefined;
}
