import { useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, Form, Input, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, call } from '../../common/api';
import { showApiError } from '../../common/form-errors';
import { scanFormData } from '../../common/scan-files';
import { ScanPicker } from '../../common/ScanPicker';
import type { AgreementResponse, AgreementView, StudentRecord } from '../../common/types';
import { useCodes } from '../../common/use-codes';
import { StudentHeader } from '../StudentHeader';
import { agreementQueryKey, AGREEMENTS_QUERY_KEY } from '../use-student-record';
import { AttachmentList } from './AttachmentList';
import { ChoiceField, DateField, EmployerNameField, RegionField, SelectField, StudentBrief } from './form-fields';
import { FORM_FIELDS, fromEmployer, RULES, toBody, type FormKind, type OfflineFormValues } from './form-values';
import { draftQueryKey } from './use-offline';

export const SUPPLEMENT_MAX_LENGTH = 1000;

export const OFFLINE_TIP =
  '提示:协议书生成后,需单位盖章、学校审核后才能正式生效。协议书一旦生效,无法与其他单位进行网上签约,且一次只能生成一份协议书。';
export const PAPER_TIP =
  '提示:请按已签订的纸质就业协议书如实填写,并上传协议书各页的扫描件或照片(须含单位盖章页)。学校审核通过后即登记生效;一旦生效,无法再与其他单位签约。';

/** "*单位名称": the seed puts the asterisk before the label; screen readers hear only the words. */
function Label({ text, required = false }: { text: string; required?: boolean }) {
  return (
    <>
      {required ? (
        <span className="form-required" aria-hidden="true">
          *
        </span>
      ) : null}
      {text}
    </>
  );
}

/** Brings the first field with an error into view (after the form has drawn it). */
function scrollToFirstError() {
  window.setTimeout(() => {
    const field = document.querySelector('.adm-form-item-has-error');
    if (field) field.scrollIntoView({ block: 'center', behavior: 'smooth' });
    else document.querySelector('.form-error')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, 60);
}

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
export function AgreementForm({
  kind,
  initial,
  record,
  agreement,
  hasDraft: initialHasDraft = false,
  notice,
}: AgreementFormProps) {
  const [form] = Form.useForm<OfflineFormValues>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const nature = useCodes('employer-nature');
  const industry = useCodes('industry');
  const position = useCodes('position-category');
  const hukou = useCodes('hukou-handling');
  const [hasDraft, setHasDraft] = useState(initialHasDraft);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const editing = agreement !== undefined;
  const isPaper = kind === 'paper';
  const title = editing ? '修改协议信息' : isPaper ? '纸质协议书登记' : '申请签约';
  const backTo = editing ? `/student/agreements/${agreement.id}` : '/student';
  const returnedComment =
    agreement?.reviews.filter((review) => review.result === 'returned').at(-1)?.comment ?? agreement?.failureReason;

  function clearErrors() {
    setError('');
    form.setFields(FORM_FIELDS.map((name) => ({ name, errors: [] })));
  }

  function failed(caught: unknown) {
    const message = showApiError(form, caught, FORM_FIELDS);
    setError(message);
    if (caught instanceof ApiError && caught.fields.length === 0) Toast.show({ icon: 'fail', content: caught.message });
    scrollToFirstError();
  }

  async function save() {
    clearErrors();
    setBusy('save');
    try {
      await call('saveDraft', { params: { kind }, body: toBody(form.getFieldsValue(true), kind) });
      setHasDraft(true);
      void queryClient.invalidateQueries({ queryKey: draftQueryKey(kind) });
      Toast.show({
        icon: 'success',
        content: isPaper ? '已暂存。扫描件不会暂存,提交前请重新选择' : '已暂存,下次打开会自动载入',
      });
    } catch (caught) {
      failed(caught);
    } finally {
      setBusy(null);
    }
  }

  async function submit(values: OfflineFormValues) {
    clearErrors();
    setBusy('submit');
    const body = toBody(values, kind);
    try {
      const response = editing
        ? await call('resubmit', {
            params: { id: agreement.id },
            body: isPaper ? scanFormData('scans', values.scans ?? [], body) : body,
          })
        : isPaper
          ? await call('submitPaper', { body: scanFormData('scans', values.scans ?? [], body) })
          : await call('submitOffline', { body });
      queryClient.setQueryData<AgreementResponse>(agreementQueryKey(response.agreement.id), response);
      void queryClient.invalidateQueries({ queryKey: AGREEMENTS_QUERY_KEY });
      void queryClient.invalidateQueries({ queryKey: draftQueryKey(kind) });
      Toast.show({ icon: 'success', content: '提交成功,等待审核' });
      navigate(`/student/agreements/${response.agreement.id}`, { replace: true });
    } catch (caught) {
      failed(caught);
      setBusy(null);
    }
  }

  function cancel() {
    const content = editing
      ? '修改的内容不会保存。确定放弃修改吗?'
      : hasDraft
        ? '取消后,暂存的内容将被删除。确定取消本次申请吗?'
        : '已填写的内容不会保存。确定取消本次申请吗?';
    void Dialog.confirm({
      title: editing ? '放弃修改' : '取消申请',
      content,
      confirmText: '确定',
      cancelText: '继续填写',
      onConfirm: async () => {
        if (!editing && hasDraft) {
          try {
            await call('cancelDraft', { params: { kind } });
          } catch (caught) {
            // Already gone (cancelled in another tab): nothing left to delete.
            if (!(caught instanceof ApiError && caught.status === 404)) {
              Toast.show({
                icon: 'fail',
                content: caught instanceof ApiError ? caught.message : '取消失败,请稍后重试',
              });
              return;
            }
          }
          queryClient.setQueryData(draftQueryKey(kind), { draft: null });
        }
        navigate(backTo, { replace: true });
      },
    });
  }

  return (
    <>
      <StudentHeader
        title={title}
        backLabel="返回"
        onBack={() => (form.isFieldsTouched() ? cancel() : navigate(backTo))}
      />
      {editing ? (
        <div className="status-banner status-banner--failed" role="alert">
          <strong>退回修改</strong>
          <p>审核意见:{returnedComment || '未说明'}</p>
          <p className="status-banner__hint">请按意见修改后重新提交,提交后将重新进入院系、学校审核。</p>
        </div>
      ) : null}
      <p className="offline-tip">{isPaper ? PAPER_TIP : OFFLINE_TIP}</p>
      {notice ? (
        <p className="offline-notice" role="status">
          {notice}
        </p>
      ) : null}
      {error ? (
        <div className="student-alert form-error" role="alert">
          {error}
        </div>
      ) : null}
      <Form
        form={form}
        layout="horizontal"
        requiredMarkStyle="none"
        initialValues={initial}
        onFinish={(values) => void submit(values)}
        onFinishFailed={() => scrollToFirstError()}
        className="offline-form"
      >
        {isPaper ? (
          <>
            <Form.Header>纸质协议书</Form.Header>
            <Form.Item
              name="paperAgreementNumber"
              label={<Label text="纸质协议书编号" required />}
              rules={RULES.paperNumber}
            >
              <Input placeholder="请填写协议书上的编号" clearable />
            </Form.Item>
            <Form.Item
              name="scans"
              label={<Label text="协议书扫描件" required={!editing} />}
              layout="vertical"
              valuePropName="pages"
              initialValue={[]}
              description={
                editing ? '已上传的扫描件见下方;不重新上传则沿用已上传的扫描件,重新上传则以新上传的为准。' : undefined
              }
              rules={
                editing
                  ? []
                  : [
                      {
                        validator: (_rule: unknown, pages: unknown[] | undefined) =>
                          pages && pages.length > 0
                            ? Promise.resolve()
                            : Promise.reject(new Error('请上传纸质协议书扫描件(JPG/PNG/PDF,可多页)')),
                      },
                    ]
              }
            >
              <ScanPickerField />
            </Form.Item>
            {editing ? <AttachmentList agreementId={agreement.id} title="已上传的扫描件" /> : null}
          </>
        ) : null}
        <Form.Header>单位信息</Form.Header>
        <Form.Item name="employerName" label={<Label text="单位名称" required />} rules={RULES.fill('单位名称')}>
          <EmployerNameField
            onPickRegistered={(item) => {
              Toast.show({ content: '已填入该单位的信息。该单位已在本系统注册,也可请单位在系统中向你发起线上签约。' });
              form.setFieldsValue(fromEmployer(item));
              form.setFields(
                Object.keys(fromEmployer(item)).map((name) => ({ name: name as keyof OfflineFormValues, errors: [] })),
              );
            }}
          />
        </Form.Item>
        <Form.Item name="employerUscc" label={<Label text="统一社会信用代码" required />} rules={RULES.uscc}>
          <Input placeholder="请填写" clearable maxLength={18} />
        </Form.Item>
        <Form.Item name="employerNatureCode" label={<Label text="单位性质" required />} rules={RULES.pick('单位性质')}>
          <SelectField label="单位性质" items={nature.data?.items} loading={nature.isLoading} />
        </Form.Item>
        <Form.Item
          name="employerIndustryCode"
          label={<Label text="单位行业" required />}
          rules={RULES.pick('单位行业')}
        >
          <SelectField label="单位行业" items={industry.data?.items} loading={industry.isLoading} />
        </Form.Item>
        <Form.Item
          name="employerRegionCode"
          label={<Label text="通讯地址" required />}
          rules={[{ required: true, message: '请选择通讯地址所在省市' }]}
        >
          <RegionField />
        </Form.Item>
        <Form.Item
          name="employerAddress"
          label={<span className="visually-hidden">详细地址</span>}
          rules={RULES.fill('详细的通讯地址')}
          className="offline-form__address"
        >
          <Input placeholder="请填写详细的通讯地址" clearable />
        </Form.Item>
        <Form.Header>签约信息</Form.Header>
        <Form.Item
          name="positionCategoryCode"
          label={<Label text="职位类别" required />}
          rules={RULES.pick('职位类别')}
        >
          <SelectField label="职位类别" items={position.data?.items} loading={position.isLoading} />
        </Form.Item>
        <Form.Item name="positionTitle" label={<Label text="岗位名称" required />} rules={RULES.fill('岗位名称')}>
          <Input placeholder="请填写" clearable maxLength={50} />
        </Form.Item>
        <Form.Item name="contactName" label={<Label text="单位联系人" required />} rules={RULES.fill('单位联系人')}>
          <Input placeholder="请填写" clearable maxLength={30} />
        </Form.Item>
        <Form.Item name="contactPhone" label={<Label text="联系人电话" />} rules={RULES.contactPhone}>
          <Input placeholder="选填" clearable maxLength={20} type="tel" />
        </Form.Item>
        <Form.Item name="contactMobile" label={<Label text="联系人手机" required />} rules={RULES.mobile}>
          <Input placeholder="请填写" clearable maxLength={11} type="tel" />
        </Form.Item>
        <Form.Item name="contactEmail" label={<Label text="联系人邮箱" required />} rules={RULES.email}>
          <Input placeholder="请填写" clearable type="email" />
        </Form.Item>
        <Form.Item name="probation" label={<Label text="试用期" />}>
          <Input placeholder="选填,例如:1个月" clearable maxLength={20} />
        </Form.Item>
        <Form.Item name="probationSalary" label={<Label text="试用起薪" />} extra="元" rules={RULES.money('试用起薪')}>
          <Input placeholder="选填,例如:1000" inputMode="numeric" />
        </Form.Item>
        <Form.Item name="regularSalary" label={<Label text="转正起薪" />} extra="元" rules={RULES.money('转正起薪')}>
          <Input placeholder="选填,例如:1000" inputMode="numeric" />
        </Form.Item>
        <Form.Item name="breachPenalty" label={<Label text="违约金" />} extra="元" rules={RULES.money('违约金')}>
          <Input placeholder="选填,例如:1000" inputMode="numeric" />
        </Form.Item>
        <Form.Item name="reportLocation" label={<Label text="报到地点" />}>
          <Input placeholder="选填" clearable maxLength={100} />
        </Form.Item>
        <Form.Item name="reportDeadline" label={<Label text="报到期限" />} rules={RULES.reportDeadline}>
          <DateField />
        </Form.Item>
        <Form.Item name="workLocation" label={<Label text="实际工作地点" />}>
          <Input placeholder="选填" clearable maxLength={100} />
        </Form.Item>
        <Form.Item
          name="hukouHandlingCode"
          label={<Label text="单位是否解决户档" required />}
          rules={RULES.pick('单位是否解决户档')}
          className="offline-form__hukou"
        >
          <ChoiceField name="hukouHandlingCode" items={hukou.data?.items} />
        </Form.Item>
        <Form.Item name="supplement" label={<Label text="协议补充内容" />} layout="vertical">
          <TextArea
            placeholder="选填"
            maxLength={SUPPLEMENT_MAX_LENGTH}
            showCount
            autoSize={{ minRows: 3, maxRows: 8 }}
          />
        </Form.Item>
      </Form>
      <StudentBrief record={record} />
      <div className="offline-form__buttons">
        {editing ? null : (
          <Button block size="large" loading={busy === 'save'} disabled={busy !== null} onClick={() => void save()}>
            暂存
          </Button>
        )}
        <Button
          block
          size="large"
          color="primary"
          loading={busy === 'submit'}
          disabled={busy !== null}
          onClick={() => form.submit()}
        >
          提交
        </Button>
        <Button block size="large" disabled={busy !== null} onClick={cancel}>
          取消
        </Button>
      </div>
    </>
  );
}

/** The scans as a form value (antd-mobile's Form passes `pages` and `onChange`). */
function ScanPickerField({
  id,
  pages = [],
  onChange,
}: {
  id?: string;
  pages?: Parameters<typeof ScanPicker>[0]['pages'];
  onChange?: Parameters<typeof ScanPicker>[0]['onChange'];
}) {
  return <ScanPicker id={id} pages={pages} onChange={(next) => onChange?.(next)} addLabel="添加扫描件" />;
}
