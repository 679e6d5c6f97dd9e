import { AppError, AppErrorCode } from '../../../domain/errors';
import { formatChinaTime } from '../../../domain/agreement/deadline';
import { maskName } from '../../../domain/masking';
import { sha256 } from '../../auth/tokens';
import { findAgreement } from '../../db/repositories/agreement-repository';
import { findReturnLinkByToken, useReturnLink } from '../../db/repositories/return-link-repository';
import { findSchool } from '../../db/repositories/school-repository';
import { nameOfRecord } from '../../db/repositories/student-record-repository';
import type { Executor } from '../../db/repositories/executor';
import { nowIso } from '../../db/repositories/executor';
import type { FileStore } from '../../files/file-store';
import type { ServiceContext } from '../context';
import { agreementPdf } from '../agreement/agreement-pdf';
import { acceptsScan, attachSealedScan } from './attach-sealed-scan';
import { returnLinkState } from './return-links';
import type { Upload } from './store-scans';

const UNAVAILABLE = {
  used: '该链接已使用,协议书已回传,无需再次上传。如需更正,请联系毕业生',
  revoked: '该链接已被毕业生撤销,请联系毕业生重新发送',
  expired: '该链接已过期(有效期 7 天),请联系毕业生重新发送',
  done: '该链接已失效:协议书已回传或协议已办结,无需再次上传。如有疑问,请联系毕业生',
} as const;

/**
 * The link a token names, if it can still be used; otherwise a clear answer why not. The upload route
 * asks this before it reads a byte of the body.
 */
export async function openLink(db: Executor, token: string) {
  const link = /^[\w-]{20,80}$/.test(token) ? await findReturnLinkByToken(db, sha256(token)) : undefined;
  if (!link) throw new AppError(AppErrorCode.NotFound, '链接无效,请核对链接是否完整,或联系毕业生重新发送');
  const state = returnLinkState(link);
  if (state !== 'active') throw new AppError(AppErrorCode.LinkUnavailable, UNAVAILABLE[state]);
  const agreement = await findAgreement(db, link.agreement_id);
  if (!agreement) throw new AppError(AppErrorCode.NotFound, '链接无效');
  // Links are revoked when the scan arrives; this also covers one that slipped past (sent meanwhile).
  if (!acceptsScan(agreement)) throw new AppError(AppErrorCode.LinkUnavailable, UNAVAILABLE.done);
  return { link, agreement };
}

/** What the employer sees without an account: who, which agreement, until when. */
export async function describeReturnLink(db: Executor, token: string) {
  const { link, agreement } = await openLink(db, token);
  const studentName = await nameOfRecord(db, agreement.student_record_id);
  const school = await findSchool(db, agreement.school_id);
  return {
    agreementNumber: agreement.agreement_number,
    employerName: agreement.employer_name,
    studentName: maskName(studentName),
    schoolName: school?.name ?? '',
    positionTitle: agreement.position_title,
    expiresAt: formatChinaTime(link.expires_at),
  };
}

export async function returnLinkPdf(db: Executor, files: FileStore, token: string) {
  const { agreement } = await openLink(db, token);
  return agreementPdf(db, files, agreement);
}

/** The employer uploads the sealed scan through the link: once; the link is used up in the same transaction. */
export async function uploadThroughReturnLink(context: ServiceContext & { files: FileStore }, token: string, pages: Upload[]) {
  const { db } = context;
  const { link, agreement } = await openLink(db, token);
  await db.transaction().execute(async (trx) => {
    if (!(await useReturnLink(trx, link.id, nowIso()))) throw new AppError(AppErrorCode.LinkUnavailable, UNAVAILABLE.used);
    await attachSealedScan(trx, context.files, agreement, {
      pages,
      via: 'employer_link',
      actor: { accountId: null, role: 'employer_link', ip: context.actor.ip },
    });
  });
}
