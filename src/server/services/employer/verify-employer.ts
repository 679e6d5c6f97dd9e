import { AppError, AppErrorCode, RefusalReason, refused } from '../../../domain/errors';
import { findEmployer, transitionEmployer } from '../../db/repositories/employer-repository';
import { nowIso } from '../../db/repositories/executor';
import type { ServiceContext } from '../context';
import { recordEvent } from '../notifications/record-event';

/** 资质认证: the platform admin approves (the employer may invite) or rejects with a reason. Once. */
export async function verifyEmployer(
  context: ServiceContext,
  employerId: number,
  decision: { result: 'approved' | 'rejected'; comment?: string | undefined },
) {
  const { db } = context;
  const employer = await findEmployer(db, employerId);
  if (!employer) throw new AppError(AppErrorCode.NotFound, '单位不存在');
  if (employer.verification_status !== 'pending') {
    throw refused(RefusalReason.VerificationDecided, '该单位的资质认证已处理,请刷新后查看');
  }
  const to = decision.result === 'approved' ? 'verified' : 'rejected';
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const decided = await transitionEmployer(trx, employerId, 'pending', {
        verification_status: to,
        verification_comment: decision.comment ?? null,
        verified_at: to === 'verified' ? now : null,
        updated_at: now,
    });
    if (!decided) throw refused(RefusalReason.VerificationDecided, '该单位的资质认证已处理,请刷新后查看');
    await recordEvent(
      trx,
      {
        actor: context.actor,
        entityType: 'employer',
        entityId: employerId,
        action: `employer.${to}`,
        fromStatus: 'pending',
        toStatus: to,
        comment: decision.comment ?? null,
      },
      {
        notices: [
          {
            to: { employer: employerId },
            message: {
              title: to === 'verified' ? '单位资质认证已通过' : '单位资质认证未通过',
              body: to === 'verified' ? '你单位已通过资质认证,现在可以向毕业生发起签约邀请' : `原因:${decision.comment ?? ''}`,
              link: '/employer',
            },
          },
        ],
      },
    );
  });
}
