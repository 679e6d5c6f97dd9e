import { AppError, AppErrorCode, RefusalReason, refused } from '../../../domain/errors';
import { formatChinaTime } from '../../../domain/agreement/deadline';
import { maskEmail, maskPhone } from '../../../domain/masking';
import { agreementVisibleTo } from '../../auth/access';
import { randomToken, sha256 } from '../../auth/tokens';
import { isUniqueViolation } from '../../db/constraint-errors';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import { isoAfter, nowIso } from '../../db/repositories/executor';
import { enqueueOutbox } from '../../db/repositories/outbox-repository';
import { insertReturnLink, listReturnLinks, revokeLiveLinks } from '../../db/repositories/return-link-repository';
import { nameOfRecord } from '../../db/repositories/student-record-repository';
import type { ServiceContext } from '../context';
import { requireAwaitingScan } from './attach-sealed-scan';

export const RETURN_LINK_DAYS = 7;

/**
 * 用人单位协助回传协议书: sends the employer's contact an unguessable link for this agreement only, valid 7
 * days. Sending again replaces (revokes) the earlier link. The token is shown only in the message.
 */
export async function sendReturnLink(
  context: ServiceContext,
  accountId: number,
  agreementId: number,
  channel: 'email' | 'sms',
): Promise<{ id: number; url: string }> {
  const { db, config } = context;
  const agreement = await agreementVisibleTo(db, agreementId, { accountId, role: 'student' });
  requireAwaitingScan(agreement);
  const recipient = channel === 'email' ? agreement.contact_email : agreement.contact_mobile;
  if (!recipient) throw new AppError(AppErrorCode.InvalidInput, '协议中没有单位联系人的邮箱,请改用手机短信发送');
  const token = randomToken(32);
  const url = `${config.publicUrl}/return/${token}`;
  const expiresAt = isoAfter(RETURN_LINK_DAYS * 24 * 3600 * 1000);
  const studentName = await nameOfRecord(db, agreement.student_record_id);
  const id = await db
    .transaction()
    .execute(async (trx) => {
      const revoked = await revokeLiveLinks(trx, agreement.id, nowIso());
      const linkId = await insertReturnLink(trx, {
        agreementId: agreement.id,
        tokenHash: sha256(token),
        channel,
        recipient,
        expiresAt,
        accountId,
      });
      await enqueueOutbox(trx, {
        channel,
        recipient,
        template: 'return_link',
        payload: {
          subject: `请协助回传${studentName}的就业协议书`,
          text:
            `【毕业去向登记系统】${agreement.contact_name}您好:毕业生${studentName}请贵单位在就业协议书上加盖公章后回传。` +
            `请打开 ${url} 下载协议书并上传盖章后的扫描件,链接 ${formatChinaTime(expiresAt)} 前有效,仅限本协议使用。`,
        },
      });
      await appendAuditEvent(trx, {
        actor: context.actor,
        entityType: 'agreement',
        entityId: agreement.id,
        schoolId: agreement.school_id,
        action: 'agreement.return_link_sent',
        details: {
          channel,
          recipient: channel === 'email' ? maskEmail(recipient) : maskPhone(recipient),
          replaced: revoked,
        },
      });
      return linkId;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw refused(RefusalReason.LinkAlreadySent, '回传链接刚刚已发送,请刷新后查看');
      throw error;
    });
  return { id, url };
}

/** 撤销: the student withdraws the live link; whoever holds it is told it was revoked. */
export async function revokeReturnLink(context: ServiceContext, accountId: number, agreementId: number) {
  const { db } = context;
  const agreement = await agreementVisibleTo(db, agreementId, { accountId, role: 'student' });
  await db.transaction().execute(async (trx) => {
    if ((await revokeLiveLinks(trx, agreement.id, nowIso())) === 0) {
      throw refused(RefusalReason.NoLinkToRevoke, '没有可撤销的回传链接(已使用、已撤销或已过期)');
    }
    await appendAuditEvent(trx, {
      actor: context.actor,
      entityType: 'agreement',
      entityId: agreement.id,
      schoolId: agreement.school_id,
      action: 'agreement.return_link_revoked',
    });
  });
}

export type ReturnLinkState = 'active' | 'used' | 'revoked' | 'expired';

export function returnLinkState(
  link: { used_at: string | null; revoked_at: string | null; expires_at: string },
  now = new Date(),
): ReturnLinkState {
  if (link.used_at) return 'used';
  if (link.revoked_at) return 'revoked';
  return Date.parse(link.expires_at) <= now.getTime() ? 'expired' : 'active';
}

export async function presentReturnLinks(context: ServiceContext, accountId: number, agreementId: number) {
  const agreement = await agreementVisibleTo(context.db, agreementId, { accountId, role: 'student' });
  return (await listReturnLinks(context.db, agreement.id)).map((link) => ({
    id: link.id,
    channel: link.channel,
    recipientMasked: link.channel === 'email' ? maskEmail(link.recipient) : maskPhone(link.recipient),
    expiresAt: formatChinaTime(link.expires_at),
    state: returnLinkState(link),
    createdAt: formatChinaTime(link.created_at),
  }));
}
