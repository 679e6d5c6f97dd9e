import { AGREEMENT_STATUS_LABELS, applyChain, nextStatus } from '../../../domain/agreement/status';
import { invalidField, RefusalReason, refused } from '../../../domain/errors';
import { schoolOf } from '../../auth/access';
import type { Agreement } from '../../db/schema';
import { transitionAgreement } from '../../db/repositories/agreement-repository';
import { insertAgreementFiles } from '../../db/repositories/agreement-file-repository';
import type { AuditActor } from '../../db/repositories/audit-repository';
import type { Executor } from '../../db/repositories/executor';
import { nowIso } from '../../db/repositories/executor';
import { revokeLiveLinks } from '../../db/repositories/return-link-repository';
import { accountIdOfRecord } from '../../db/repositories/student-record-repository';
import type { FileStore } from '../../files/file-store';
import { recordEvent } from '../notifications/record-event';
import { storeScans, type Upload } from './store-scans';
import { MAX_SCAN_PAGES } from './submit-agreement';

/** The sealed agreement can be returned now: approved and waiting, or its scan was returned. */
export function acceptsScan(agreement: Agreement): boolean {
  return agreement.kind === 'offline' && nextStatus(agreement.status, 'upload_scan', 'offline') !== undefined;
}

/** Refuses (409, naming the status) when the scan cannot be returned now. */
export function requireAwaitingScan(agreement: Agreement): void {
  if (!acceptsScan(agreement)) {
    throw refused(
      RefusalReason.ScanNotExpected,
      `该协议当前为「${AGREEMENT_STATUS_LABELS[agreement.status]}」,现在不能回传协议书`,
    );
  }
}

/**
 * 回传协议书: the sealed scan's pages (by the student, or by the employer through a link) are stored and
 * the agreement goes to 签约审核 as a new scan round, in the caller's transaction; every live return link
 * of the agreement is revoked with it.
 */
export async function attachSealedScan(
  db: Executor,
  files: FileStore,
  agreement: Agreement,
  upload: { pages: Upload[]; via: 'student' | 'employer_link'; actor: AuditActor },
): Promise<void> {
  requireAwaitingScan(agreement);
  if (upload.pages.length === 0) throw invalidField('pages', '请上传盖章后的协议书扫描件(JPG/PNG/PDF)');
  if (upload.pages.length > MAX_SCAN_PAGES) throw invalidField('pages', `协议书扫描件最多 ${MAX_SCAN_PAGES} 页`);
  const school = await schoolOf(db, agreement.school_id);
  const to = applyChain(nextStatus(agreement.status, 'upload_scan', 'offline')!, school.review_chain);
  const round = agreement.scan_round + 1;
  const stored = await storeScans(db, files, upload.pages, 'pages', '协议书扫描件');
  // The pages are in: no link may still open the agreement (with the 身份证号) or upload again. Links
  // are locked before the agreement, in the order a link upload takes them, so the two cannot deadlock.
  const revokedLinks = await revokeLiveLinks(db, agreement.id, nowIso());
  if (!(await transitionAgreement(db, agreement.id, agreement.status, { status: to, scan_round: round, failure_reason: null }))) {
    throw refused(RefusalReason.ScanNotExpected, '协议书已回传或状态已变化,请刷新后查看');
  }
  await insertAgreementFiles(db, {
    agreementId: agreement.id,
    schoolId: agreement.school_id,
    purpose: 'sealed_scan',
    round,
    storedFileIds: stored,
    via: upload.via,
    accountId: upload.via === 'student' ? upload.actor.accountId : null,
  });
  // The student uploads his own scan and needs no message about it; an upload through the link is news to him.
  const notices =
    upload.via === 'employer_link'
      ? [
          {
            to: { student: await accountIdOfRecord(db, agreement.student_record_id) },
            message: {
              title: '用人单位已回传协议书',
              body: `${agreement.employer_name}已回传盖章的协议书,等待学校审核`,
              link: `/student/agreements/${agreement.id}`,
            },
          },
        ]
      : [];
  await recordEvent(
    db,
    {
      actor: upload.actor,
      entityType: 'agreement',
      entityId: agreement.id,
      schoolId: agreement.school_id,
      action: 'agreement.scan_uploaded',
      fromStatus: agreement.status,
      toStatus: to,
      details: { round, pages: stored.length, via: upload.via, returnLinksRevoked: revokedLinks },
    },
    { notices },
  );
}
