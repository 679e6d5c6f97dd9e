import type { Kysely } from 'kysely';
import { formatChinaTime } from '../../../domain/agreement/deadline';
import type { Config } from '../../config';
import type { Agreement, Database } from '../../db/schema';
import { findAccountById } from '../../db/repositories/account-repository';
import { findAgreement, setAgreementDocument } from '../../db/repositories/agreement-repository';
import { listAgreementFiles } from '../../db/repositories/agreement-file-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import type { Executor } from '../../db/repositories/executor';
import { listReviewSteps } from '../../db/repositories/review-repository';
import { findSchool } from '../../db/repositories/school-repository';
import { findRecordIdentifiers } from '../../db/repositories/student-record-repository';
import { recordFile, type FileStore } from '../../files/file-store';
import { renderAgreementDocument, type AgreementDocumentInput, type DocumentVersion } from '../../pdf/agreement-document';
import { presentAgreement } from './present-agreement';

export function verifyUrl(config: Config, code: string): string {
  return `${config.publicUrl}/verify/${code}`;
}

const COLUMN_OF = { agreement: 'pdf_file_id', preseal: 'preseal_pdf_file_id' } as const;
const ACTION_OF = { agreement: 'agreement.pdf_generated', preseal: 'agreement.preseal_pdf_generated' } as const;

/**
 * The documents an agreement should have and does not yet: an offline one gets its pre-seal document
 * (待用人单位盖章) once approved and its final document once effective; online and paper ones one document.
 */
function missingVersions(agreement: Agreement): DocumentVersion[] {
  const versions: DocumentVersion[] = [];
  if (agreement.kind === 'offline' && agreement.preseal_pdf_file_id === null) versions.push('preseal');
  if (agreement.pdf_file_id === null && (agreement.kind !== 'offline' || agreement.status === 'effective')) {
    versions.push('agreement');
  }
  return versions;
}

/**
 * Job: renders an agreement's missing documents once its 协议编号 is assigned, stores each with its SHA-256
 * and links it (DOMAIN §8). Idempotent: a second run for the same agreement changes nothing.
 */
export async function generateAgreementPdf(options: {
  db: Kysely<Database>;
  config: Config;
  files: FileStore;
  agreementId: number;
}): Promise<void> {
  const { db, config, files, agreementId } = options;
  const agreement = await findAgreement(db, agreementId);
  if (!agreement?.agreement_number) return;
  for (const version of missingVersions(agreement)) {
    const content = await renderAgreementDocument(await agreementDocumentInput(db, config, files, agreement, version));
    await db.transaction().execute(async (trx) => {
      const file = await recordFile(trx, files, content, 'application/pdf');
      if (!(await setAgreementDocument(trx, agreement.id, COLUMN_OF[version], file.id))) return;
      await appendAuditEvent(trx, {
        actor: { accountId: null, role: 'system', ip: null },
        entityType: 'agreement',
        entityId: agreement.id,
        schoolId: agreement.school_id,
        action: ACTION_OF[version],
        details: { sha256: file.sha256, size: file.size },
      });
    });
  }
}

/** Everything one version of an agreement's document shows, read from the database. */
export async function agreementDocumentInput(
  db: Executor,
  config: Config,
  files: FileStore,
  agreement: Agreement,
  version: DocumentVersion,
): Promise<AgreementDocumentInput> {
  const record = await findRecordIdentifiers(db, agreement.student_record_id);
  const school = (await findSchool(db, agreement.school_id))!;
  const sealed =
    version === 'agreement' && agreement.kind === 'offline'
      ? (await listAgreementFiles(db, agreement.id)).filter((file) => file.purpose === 'sealed_scan' && file.round === agreement.scan_round)
      : [];
  return {
    agreement: await presentAgreement(db, agreement, 'employer'),
    version,
    verificationCode: agreement.verification_code!,
    student: { idNumber: record.id_number, examNumber: record.exam_number },
    school: { name: school.name, code: school.code, disputeClause: school.dispute_clause },
    acts: {
      invitedBy: agreement.kind === 'online' ? ((await findAccountById(db, agreement.created_by_account_id))?.real_name ?? null) : null,
      submittedAt: agreement.kind === 'online' ? null : formatChinaTime(agreement.created_at),
    },
    sealedPages: sealed.map((file) => ({ page: file.page, sha256: file.sha256, mediaType: file.media_type, content: files.read(file.sha256) })),
    verifyUrl: verifyUrl(config, agreement.verification_code!),
    issuedAt: new Date(version === 'preseal' ? await contentApprovedAt(db, agreement) : agreement.effective_at!),
  };
}

/** When the school approved the agreement's content: the fixed date of its pre-seal document. */
async function contentApprovedAt(db: Executor, agreement: Agreement): Promise<string> {
  const steps = await listReviewSteps(db, ['agreement'], agreement.id);
  const approval = steps.filter((step) => step.stage === 'school' && step.result === 'approved').at(-1);
  return approval?.decided_at ?? agreement.created_at;
}
