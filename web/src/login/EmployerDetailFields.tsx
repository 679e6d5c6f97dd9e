import { Col, Form, Input, Select, type UploadFile } from 'antd';
import { codeOptions, useCodes } from '../common/use-codes';
import { licenseProblem, LicenseUpload } from './LicenseUpload';
import { RegionCascader } from './RegionCascader';

const licenseRules = [
  {
    validator: (_: unknown, files: UploadFile[] | undefined) => {
      const file = files?.[0]?.originFileObj;
      if (!file) return Promise.reject(new Error('请上传营业执照(或法人证书)扫描件'));
      const problem = licenseProblem(file);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  },
];

/**
 * 单位性质, 单位行业, 通讯地址, 详细地址 and the 营业执照 scan, as columns of an antd Form row: used by
 * 用人单位注册 and by the resubmission after a 资质认证 that did not pass.
 */
export function EmployerDetailFields() {
  const natures = useCodes('employer-nature');
  const industries = useCodes('industry');
  return (
    <>
      <Col xs={24} md={12}>
        <Form.Item label="单位性质" name="natureCode" rules={[{ required: true, message: '请选择单位性质' }]}>
          <Select
            placeholder="点击选择"
            loading={natures.isLoading}
            options={codeOptions(natures.data?.items)}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="单位行业" name="industryCode" rules={[{ required: true, message: '请选择单位行业' }]}>
          <Select
            placeholder="点击选择"
            loading={industries.isLoading}
            options={codeOptions(industries.data?.items)}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="通讯地址"
          name="regionCode"
          rules={[{ required: true, type: 'array', min: 1, message: '请选择通讯地址所在省市区' }]}
        >
          <RegionCascader />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="详细地址"
          name="address"
          rules={[{ required: true, whitespace: true, message: '请输入详细地址' }]}
        >
          <Input placeholder="街道、门牌号等" maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item label="营业执照" name="license" valuePropName="value" rules={licenseRules} required>
          <LicenseUpload />
        </Form.Item>
      </Col>
    </>
  );
}
