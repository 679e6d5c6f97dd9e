import { Form } from 'antd-mobile';
import type { AgreementView, StudentRecord } from '../../common/types';
import { StudentHeader } from '../StudentHeader';
import { AgreementFields } from './AgreementFields';
import { StudentBrief } from './form-fields';
import type { FormKind, OfflineFormValues } from './form-values';
import { FormButtons } from './FormButtons';
import { PaperSection } from './PaperSection';
import { ReturnedBanner } from './ReturnedBanner';
import { scrollToFirstError, useAgreementForm } from './use-agreement-form';

export const OFFLINE_TIP =
  '提示:协议书生成后,需单位盖章、学校审核后才能正式生效。协议书一旦生效,无法与其他单位进行网上签约,且一次只能生成一份协议书。';
export const PAPER_TIP =
  '提示:请按已签订的纸质就业协议书如实填写,并上传协议书各页的扫描件或照片(须含单位盖章页)。学校审核通过后即登记生效;一旦生效,无法再与其他单位签约。';

export interface AgreementFormProps {
  kind: FormKind;
  initial: OfflineFormValues;
  record: StudentRecord | null;
  /** absent: a new 申请签约 (暂存 / 提交 / 取消); present: 退回修改 of this agreement */
  agreement?: AgreementView;
  hasDraft?: boolean;
  /** a line above the form, e.g. that the 暂存 draft was loaded */
  notice?: string;
}

/**
 * 申请签约 (线下签约) and 纸质协议书登记: the seed's form, field by field in its order, with 暂存 / 提交 / 取消.
 * A returned agreement (退回修改) opens here with its values and the reviewer's comment.
 */
export function AgreementForm({ kind, initial, record, agreement, hasDraft = false, notice }: AgreementFormProps) {
  const model = useAgreementForm({ kind, agreement, hasDraft });
  const isPaper = kind === 'paper';
  const title = model.editing ? '修改协议信息' : isPaper ? '纸质协议书登记' : '申请签约';

  return (
    <>
      <StudentHeader title={title} backLabel="返回" onBack={model.back} />
      {agreement ? <ReturnedBanner agreement={agreement} /> : null}
      <p className="offline-tip">{isPaper ? PAPER_TIP : OFFLINE_TIP}</p>
      {notice ? (
        <p className="offline-notice" role="status">
          {notice}
        </p>
      ) : null}
      {model.error ? (
        <div className="student-alert form-error" role="alert">
          {model.error}
        </div>
      ) : null}
      <Form
        form={model.form}
        layout="horizontal"
        requiredMarkStyle="none"
        initialValues={initial}
        onFinish={model.submit}
        onFinishFailed={() => scrollToFirstError()}
        className="offline-form"
      >
        {isPaper ? <PaperSection returnedId={agreement?.id} /> : null}
        <AgreementFields form={model.form} />
      </Form>
      <StudentBrief record={record} />
      <FormButtons
        canSave={!model.editing}
        busy={model.busy}
        onSave={model.save}
        onSubmit={() => model.form.submit()}
        onCancel={model.cancel}
      />
    </>
  );
}
