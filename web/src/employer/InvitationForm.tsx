import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  type FormRule,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { chinaDate, formatChinaTime, invitationDeadline } from '../../../src/domain/agreement/deadline';
import { call } from '../common/api';
import { showApiError } from '../common/form-errors';
import type { EmployerProfile, SendInvitationInput } from '../common/types';
import { codeOptions, useCodes } from '../common/use-codes';
import { isContactPhone } from '../../../src/domain/validators/contact';
import { optionalEmailRules, phoneRules } from '../login/field-rules';
import type { ChosenStudent } from './FindStudentStep';

interface InvitationValues {
  positionCategoryCode: string;
  positionTitle: string;
  validDays: number;
  probation?: string;
  probationSalary?: number | null;
  regularSalary?: number | null;
  breachPenalty?: number | null;
  reportLocation?: string;
  reportDeadline?: Dayjs | null;
  workLocation?: string;
  hukouHandlingCode: string;
  supplement?: string;
  contactName: string;
  contactPhone?: string;
  contactMobile: string;
  contactEmail?: string;
}

const FIELDS = [
  'positionCategoryCode',
  'positionTitle',
  'validDays',
  'probation',
  'probationSalary',
  'regularSalary',
  'breachPenalty',
  'reportLocation',
  'reportDeadline',
  'workLocation',
  'hukouHandlingCode',
  'supplement',
  'contactName',
  'contactPhone',
  'contactMobile',
  'contactEmail',
] as const;

const DEFAULT_VALID_DAYS = 5;
/** As SUPPLEMENT_MAX_LENGTH in src/contract/agreement (not imported: that module brings zod). */
const SUPPLEMENT_MAX_LENGTH = 1000;

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
const money = (value: number | null | undefined) => (value === null || value === undefined ? undefined : value);

function toBody(values: InvitationValues, student: ChosenStudent): SendInvitationInput {
  return {
    studentName: student.name,
    studentIdNumber: student.idNumber,
    positionCategoryCode: values.positionCategoryCode,
    positionTitle: values.positionTitle.trim(),
    validDays: values.validDays,
    probation: text(values.probation),
    probationSalary: money(values.probationSalary),
    regularSalary: money(values.regularSalary),
    breachPenalty: money(values.breachPenalty),
    reportLocation: text(values.reportLocation),
    reportDeadline: values.reportDeadline ? values.reportDeadline.format('YYYY-MM-DD') : undefined,
    workLocation: text(values.workLocation),
    hukouHandlingCode: values.hukouHandlingCode,
    supplement: text(values.supplement),
    contactName: values.contactName.trim(),
    contactPhone: text(values.contactPhone),
    contactMobile: values.contactMobile.trim(),
    contactEmail: text(values.contactEmail),
  };
}

// No `precision`: it would round 8000.5 to 8001 without a word; a decimal is refused by name instead.
const moneyRules = (label: string): FormRule[] => [
  {
    validator: (_, value: number | null | undefined) =>
      value === null || value === undefined || Number.isInteger(value)
        ? Promise.resolve()
        : Promise.reject(new Error(`${label}须为整数元,不能有小数(角分),请改为整数金额`)),
  },
];

const contactPhoneRules: FormRule[] = [
  {
    validator: (_, value: string | undefined) =>
      !value?.trim() || isContactPhone(value.trim())
        ? Promise.resolve()
        : Promise.reject(
            new Error('联系人电话格式不正确,请填写带区号的固定电话(如 010-12345678,分机写在 - 之后)或 11 位手机号'),
          ),
  },
];

const isBeforeToday = (day: Dayjs) => day.format('YYYY-MM-DD') < chinaDate(new Date());
const reportDeadlineRules: FormRule[] = [
  {
    validator: (_, value: Dayjs | null | undefined) =>
      !value || !isBeforeToday(value)
        ? Promise.resolve()
        : Promise.reject(new Error('报到期限不能早于今天,请选择今天或以后的日期')),
  },
];

function MoneyInput(props: { id?: string; value?: number | null; onChange?: (value: number | null) => void }) {
  return (
    <InputNumber
      {...props}
      min={0}
      max={1_000_000}
      step={100}
      suffix="元"
      placeholder="选填,整数元"
      style={{ width: '100%' }}
    />
  );
}

/** The deadline the student will see, computed as the server does (China time, DOMAIN §4.1). */
function DeadlineHint({ validDays }: { validDays: number | undefined }) {
  if (!validDays || validDays < 1 || validDays > 30) return null;
  const deadline = formatChinaTime(invitationDeadline(new Date(), validDays));
  return (
    <span>
      应约截止时间:<strong>{deadline}</strong>(学生须在此之前接受或拒绝,逾期邀请失效)
    </span>
  );
}

/** Step 2 of 发起签约: 签约信息 and the contact, prefilled from 单位信息. */
export function InvitationForm({
  student,
  profile,
  onBack,
  onSent,
}: {
  student: ChosenStudent;
  profile: EmployerProfile;
  onBack: () => void;
  onSent: (agreementId: number) => void;
}) {
  const [form] = Form.useForm<InvitationValues>();
  const validDays = Form.useWatch('validDays', form);
  const positionCategories = useCodes('position-category');
  const hukouHandling = useCodes('hukou-handling');
  const [error, setError] = useState('');
  const [isSending, setIsSending] = useState(false);
  const { message } = App.useApp();
  const errorRef = useRef<HTMLDivElement>(null);

  // The user is at the send button, below a long form: a refusal is said where he looks (a toast) and
  // the page goes to what must change — the field the server named, else the error above the form.
  async function submit(values: InvitationValues) {
    setError('');
    setIsSending(true);
    try {
      const { agreement } = await call('sendInvitation', { body: toBody(values, student) });
      onSent(agreement.id);
    } catch (caught) {
      const text = showApiError(form, caught, FIELDS);
      setError(text);
      setIsSending(false);
      const named = form.getFieldsError().find((field) => field.errors.length > 0);
      void message.error(text || named?.errors[0] || '发送失败,请稍后重试');
      if (named) form.scrollToField(named.name, { behavior: 'smooth', block: 'center', focus: true });
      else requestAnimationFrame(() => errorRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' }));
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark
      scrollToFirstError
      initialValues={{
        validDays: DEFAULT_VALID_DAYS,
        contactName: profile.contactName,
        contactPhone: profile.contactPhone ?? undefined,
        contactMobile: profile.contactMobile,
        contactEmail: profile.contactEmail ?? undefined,
      }}
      onFinish={(values) => void submit(values)}
    >
      <div ref={errorRef}>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      </div>
      <Divider titlePlacement="start">签约信息</Divider>
      <Row gutter={24}>
        <Col xs={24} md={12}>
          <Form.Item
            label="职位类别"
            name="positionCategoryCode"
            rules={[{ required: true, message: '请选择职位类别' }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="点击选择"
              loading={positionCategories.isLoading}
              options={codeOptions(positionCategories.data?.items)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="岗位名称"
            name="positionTitle"
            rules={[{ required: true, whitespace: true, message: '请填写岗位名称' }]}
          >
            <Input placeholder="例如:软件开发工程师" maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="应约有效期"
            name="validDays"
            rules={[{ required: true, message: '请填写应约有效期(1–30 天)' }]}
            extra={<DeadlineHint validDays={validDays} />}
          >
            <InputNumber min={1} max={30} precision={0} suffix="天" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="试用期" name="probation">
            <Input placeholder="选填,例如:3个月" maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="试用起薪" name="probationSalary" rules={moneyRules('试用起薪')}>
            <MoneyInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="转正起薪" name="regularSalary" rules={moneyRules('转正起薪')}>
            <MoneyInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="违约金" name="breachPenalty" rules={moneyRules('违约金')}>
            <MoneyInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="报到地点" name="reportLocation">
            <Input placeholder="选填" maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="报到期限" name="reportDeadline" rules={reportDeadlineRules}>
            <DatePicker placeholder="选填,选择日期" disabledDate={isBeforeToday} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item label="实际工作地点" name="workLocation">
            <Input placeholder="选填" maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            label="单位是否解决户档"
            name="hukouHandlingCode"
            rules={[{ required: true, message: '请选择单位是否解决户档' }]}
          >
            <Radio.Group options={codeOptions(hukouHandling.data?.items)} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item label="协议补充内容" name="supplement">
            <Input.TextArea rows={4} maxLength={SUPPLEMENT_MAX_LENGTH} showCount placeholder="选填,不超过 1000 字" />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">单位联系人</Divider>
      <Row gutter={24}>
        <Col xs={24} md={12}>
          <Form.Item
            label="单位联系人"
            name="contactName"
            rules={[{ required: true, whitespace: true, message: '请填写单位联系人' }]}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="联系人电话" name="contactPhone" rules={contactPhoneRules}>
            <Input placeholder="选填,例如:010-12345678" maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="联系人手机" name="contactMobile" rules={phoneRules} required>
            <Input maxLength={11} inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="联系人邮箱" name="contactEmail" rules={optionalEmailRules}>
            <Input placeholder="选填" inputMode="email" />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button onClick={onBack}>上一步</Button>
        <Button type="primary" htmlType="submit" loading={isSending}>
          发送签约邀请
        </Button>
      </Space>
    </Form>
  );
}
