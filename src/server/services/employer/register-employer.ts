import type { AccountView } from '../../../contract/auth';
import type { RegisterEmployerData } from '../../../contract/employer';
import { AppError, AppErrorCode, invalidField } from '../../../domain/errors';
import { hashPassword } from '../../auth/passwords';
import { isUniqueViolation } from '../../db/constraint-errors';
import { findAccountById, insertAccount, insertRoleGrant, isPhoneTaken } from '../../db/repositories/account-repository';
import { insertEmployer, isUsccRegistered } from '../../db/repositories/employer-repository';
import { nowIso } from '../../db/repositories/executor';
import { storeUpload, type FileStore, type ReceivedFile } from '../../files/file-store';
import type { ServiceContext } from '../context';
import { describeAccount } from '../auth/describe-account';
import { startSession, type StartedSession } from '../auth/start-session';
import { checkVerificationCode, consumeVerificationCode } from '../auth/use-verification-code';
import { recordEvent } from '../notifications/record-event';

/**
 * 单位注册 (DOMAIN §1): the operator's account (phone proven by a code), the employer with its 营业执照, waiting
 * for the platform's 资质认证. The operator is logged in at once and sees the pending status.
 */
export async function registerEmployer(
  context: ServiceContext & { userAgent: string | null; files: FileStore },
  input: RegisterEmployerData,
  license: ReceivedFile | undefined,
): Promise<{ session: StartedSession; account: AccountView }> {
  const { db, config, actor } = context;
  if (!license) throw invalidField('license', '请上传营业执照(或法人证书)扫描件');
  const codeId = await checkVerificationCode(db, input.operatorPhone, 'register', input.code);
  if (await isPhoneTaken(db, input.operatorPhone)) {
    throw invalidField('operatorPhone', '该手机号已注册账号,请更换经办人手机号或直接登录');
  }
  if (await isUsccRegistered(db, input.uscc)) {
    throw invalidField('uscc', '该统一社会信用代码已注册,请联系本单位原经办人,或联系平台管理员');
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction().execute(async (trx) => {
      await consumeVerificationCode(trx, codeId);
      const file = await storeUpload(trx, context.files, license, {
        field: 'license',
        label: '营业执照',
        accept: ['application/pdf', 'image/png', 'image/jpeg'],
      });
      const now = nowIso();
      const accountId = await insertAccount(trx, {
        phone: input.operatorPhone,
        realName: input.operatorName,
        passwordHash,
        loggedInAt: now,
      });
      const employerId = await insertEmployer(trx, {
        name: input.name,
        uscc: input.uscc,
        natureCode: input.natureCode,
        industryCode: input.industryCode,
        regionCode: input.regionCode,
        address: input.address,
        contactName: input.operatorName,
        contactMobile: input.operatorPhone,
        contactEmail: input.contactEmail ?? null,
        licenseFileId: file.id,
        verified: false,
      });
      await insertRoleGrant(trx, { accountId, role: 'employer', employerId });
      await recordEvent(
        trx,
        {
          actor: { ...actor, accountId, role: 'employer' },
          entityType: 'employer',
          entityId: employerId,
          action: 'employer.registered',
          toStatus: 'pending',
          details: { licenseSha256: file.sha256 },
        },
        {
          notices: [
            {
              to: { platformAdmins: true },
              message: {
                title: '新的单位资质认证申请',
                body: `${input.name}提交了注册和资质认证申请`,
                link: '/platform/employers',
              },
            },
          ],
        },
      );
      const session = await startSession({ db: trx, config, accountId, ip: actor.ip, userAgent: context.userAgent });
      return { session, account: await describeAccount(trx, (await findAccountById(trx, accountId))!) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError(AppErrorCode.Conflict, '该单位或手机号刚刚已被注册,请直接登录');
    throw error;
  }
}
