import type { Kysely } from 'kysely';
import type { Config } from '../../config';
import type { Database } from '../../db/schema';
import { findAgreement } from '../../db/repositories/agreement-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import { findSchool } from '../../db/repositories/school-repository';
import { recordFile, type FileStore } from '../../files/file-store';
import { renderAgreementDocument } from '../../pdf/agreement-document';
import { presentAgreement } from './present-agreement';

export function verifyUrl(config: Config, code: string): string {
  return `${config.publicUrl}/verify/${code}`;
}

/**
 * Job: renders an agreement's PDF once its 协议编号 is assigned, stores it with its SHA-256 and links it (DOMAIN §8).
 * Idempotent: a second run for the same agreement changes nothing.
 */
export async function generateAgreementPdf(options: {
  db: Kysely<Database>;
  config: Config;
  files: FileStore;
  agreementId: number;
}): Promise<void> {
  const { db, config, files, agreementId } = options;
  const agreement = await findAgreement(db, agreementId);
  if (!agreement?.agreement_number || agreement.pdf_file_id !== null) return;
  const record = await db
    .selectFrom('student_record')
    .select(['id_number', 'exam_number'])
    .where('id', '=', agreement.student_record_id)
    .executeTakeFirstOrThrow();
  const school = await findSchool(db, agreement.school_id);
  const content = await renderAgreementDocument({
    agreement: await presentAgreement(db, agreement, 'employer'),
    student: { idNumber: record.id_number, examNumber: record.exam_number },
    school: { name: school!.name, code: school!.code },
    verifyUrl: verifyUrl(config, agreement.verification_code!),
    // An offline agreement is printed before the seal: it says so on every page.
    mark: agreement.kind === 'offline' ? '待用人单位盖章' : undefined,
    issuedAt: new Date(agreement.effective_at ?? agreement.updated_at),
  });
  await db.transaction().execute(async (trx) => {
    const file = await recordFile(trx, files, content, 'application/pdf');
    const result = await trx
      .updateTable('agreement')
      .set({ pdf_file_id: file.id })
      .where('id', '=', agreement.id)
      .where('pdf_file_id', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return;
    await appendAuditEvent(trx, {
      actor: { accountId: null, role: 'system', ip: null },
      entityType: 'agreement',
      entityId: agreement.id,
      schoolId: agreement.school_id,
      action: 'agreement.pdf_generated',
      details: { sha256: file.sha256, size: file.size },
    });
  });
}
