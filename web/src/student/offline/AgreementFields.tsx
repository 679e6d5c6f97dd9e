import { Form, Input, TextArea, Toast } from 'antd-mobile';
import { useCodes } from '../../common/use-codes';
import { ChoiceField, DateField, EmployerNameField, RegionField, SelectField } from './form-fields';
import { Label } from './form-label';
import { fromEmployer, RULES, type OfflineFormValues } from './form-values';
import type { useAgreementForm } from './use-agreement-form';

const SUPPLEMENT_MAX_LENGTH = 1000;

/** 单位信息 and 签约信息, field by field in the seed's order: the part every agreement form has. */
export function AgreementFields({ form }: { form: ReturnType<typeof useAgreementForm>['form'] }) {
  const nature = useCodes('employer-nature');
  const industry = useCodes('industry');
  const position = useCodes('position-category');
  const hukou = useCodes('hukou-handling');
  return (
    <>
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
      <Form.Item name="employerIndustryCode" label={<Label text="单位行业" required />} rules={RULES.pick('单位行业')}>
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
      <Form.Item name="positionCategoryCode" label={<Label text="职位类别" required />} rules={RULES.pick('职位类别')}>
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
    </>
  );
}
