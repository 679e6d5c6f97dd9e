import type { ResubmitVerificationData } from '../../../contract/employer';
import { invalidField, RefusalReason, refused } from '../../../domain/errors';
import { employerIdOf } from '../../auth/access';
import { transitionEmployer } from '../../db/repositories/employer-repository';
import { nowIso } from '../../db/repositories/executor';
import { storeUpload, type FileStore, type ReceivedFile } from '../../files/file-store';
import type { ServiceContext } from '../context';
import { recordEvent } from '../notifications/record-event';

/**
 * After 不通过, the employer corrects its 单位信息 and uploads a new 营业执照; the 资质认证 waits for the
 * platform again. The 统一社会信用代码 is the employer's identity and cannot change here.
 */
export async function resubmitVerification(
  context: ServiceContext & { files: FileStore },
  accountId: number,
  input: ResubmitVerificationData,
  license: ReceivedFile | undefined,
) {
  const { db } = context;
  if (!license) throw invalidField('license', '请上传新的营业执照(或法人证书)扫描件');
  const employerId = await employerIdOf(db, accountId);
  await db.transaction().execute(async (trx) => {
    const file = await storeUpload(trx, context.files, license, {
      field: 'license',
      label: '营业执照',
      accept: ['application/pdf', 'image/png', 'image/jpeg'],
    });
    const resubmitted = await transitionEmployer(trx, employerId, 'rejected', {
        name: input.name,
        nature_code: input.natureCode,
        industry_code: input.industryCode,
        region_code: input.regionCode,
        address: input.address,
        license_file_id: file.id,
        verification_status: 'pending',
        verification_comment: null,
        updated_at: nowIso(),
    });
    if (!resubmitted) {
      throw refused(RefusalReason.VerificationDecided, '只有资质认证未通过的单位才能重新提交,请刷新后查看');
    }
    await recordEvent(
      trx,
      {
        actor: context.actor,
        entityType: 'employer',
        entityId: employerId,
        action: 'employer.verification_resubmitted',
        fromStatus: 'rejected',
        toStatus: 'pending',
        details: { licenseSha256: file.sha256 },
      },
      {
        notices: [
          {
            to: { platformAdmins: true },
            message: {
              title: '单位重新提交资质认证',
              body: `${input.name}修改信息后重新提交了资质认证`,
              link: '/platform/employers',
            },
          },
        ],
      },
    );
  });
}
