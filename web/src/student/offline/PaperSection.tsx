import { Form, Input } from 'antd-mobile';
import { ScanPicker } from '../../common/ScanPicker';
import { AttachmentList } from './AttachmentList';
import { RULES } from './form-values';
import { Label } from './form-label';

/** 纸质协议书: its number and the scans; a returned one lists the scans already uploaded. */
export function PaperSection({ returnedId }: { returnedId: number | undefined }) {
  const editing = returnedId !== undefined;
  return (
    <>
      <Form.Header>纸质协议书</Form.Header>
      <Form.Item name="paperAgreementNumber" label={<Label text="纸质协议书编号" required />} rules={RULES.paperNumber}>
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
      {editing ? <AttachmentList agreementId={returnedId} title="已上传的扫描件" /> : null}
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
