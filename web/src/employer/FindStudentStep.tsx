import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { validateIdCard } from '../../../src/domain/validators/id-card';
import { ApiError, call } from '../common/api';
import { showApiError } from '../common/form-errors';
import type { FoundStudent } from '../common/types';

export interface ChosenStudent {
  name: string;
  idNumber: string;
  found: FoundStudent;
}

interface LookupValues {
  name: string;
  idNumber: string;
}

const FIELDS = ['name', 'idNumber'] as const;

const idNumberRules = [
  { required: true, whitespace: true, message: '请输入学生的身份证号' },
  {
    validator: (_: unknown, value: string | undefined) =>
      !value || validateIdCard(value.trim().toUpperCase()).ok
        ? Promise.resolve()
        : Promise.reject(new Error('身份证号格式或校验位不正确,请逐位核对(18 位,最后一位可为 X)')),
  },
];

export function StudentSummary({ found }: { found: FoundStudent }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'name', label: '姓名', children: found.name },
        { key: 'id', label: '身份证号', children: found.idNumberMasked },
        { key: 'school', label: '毕业院校', children: found.schoolName },
        { key: 'college', label: '院系', children: found.collegeName },
        { key: 'level', label: '层次', children: found.levelName },
        { key: 'major', label: '专业名称', children: found.majorName },
        { key: 'cohort', label: '届别', children: `${found.cohort}届` },
      ]}
    />
  );
}

/** Step 1 of 发起签约: the graduate named by 姓名 + 身份证号, as the system knows him. */
export function FindStudentStep({
  chosen,
  onFound,
  onNext,
}: {
  chosen: ChosenStudent | null;
  onFound: (student: ChosenStudent | null) => void;
  onNext: () => void;
}) {
  const [form] = Form.useForm<LookupValues>();
  const [error, setError] = useState('');
  const [isSearching, setIsSearching] = useState(false);

  async function lookup(values: LookupValues) {
    setError('');
    onFound(null);
    setIsSearching(true);
    const name = values.name.trim();
    const idNumber = values.idNumber.trim().toUpperCase();
    try {
      const found = await call('findStudent', { body: { name, idNumber } });
      onFound({ name, idNumber, found });
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 404) {
        // The server names the field of the invitation (studentIdNumber); here it is the pair.
        setError(caught.message);
        form.setFields([{ name: 'idNumber', errors: ['请核对学生姓名与身份证号'] }]);
      } else {
        setError(showApiError(form, caught, FIELDS));
      }
    } finally {
      setIsSearching(false);
    }
  }

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        title="请输入学生的姓名和身份证号查找学生"
        description="只能邀请已在本系统确认学生信息的应届毕业生;姓名须与身份证号对应。"
      />
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <Form
        form={form}
        layout="inline"
        initialValues={chosen ? { name: chosen.name, idNumber: chosen.idNumber } : undefined}
        onFinish={(values) => void lookup(values)}
        onValuesChange={() => setError('')}
      >
        <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请输入学生姓名' }]}>
          <Input placeholder="学生姓名" maxLength={50} autoComplete="off" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item label="身份证号" name="idNumber" rules={idNumberRules}>
          <Input placeholder="18 位身份证号" maxLength={18} autoComplete="off" style={{ width: 240 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={isSearching}>
            查找学生
          </Button>
        </Form.Item>
      </Form>
      {chosen ? (
        <>
          <StudentSummary found={chosen.found} />
          <div>
            <Button type="primary" onClick={onNext}>
              下一步:填写签约信息
            </Button>
          </div>
        </>
      ) : null}
    </Space>
  );
}
