import { InboxOutlined } from '@ant-design/icons';
import { App, Upload, type UploadFile } from 'antd';

export const LICENSE_MAX_BYTES = 10 * 1024 * 1024;
const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const ACCEPTED_EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

/** Why a chosen file cannot be the 营业执照, or null. The server checks the bytes again. */
export function licenseProblem(file: { name: string; type?: string; size?: number }): string | null {
  const typeOk = file.type ? ACCEPTED_TYPES.includes(file.type) : ACCEPTED_EXTENSIONS.test(file.name);
  if (!typeOk || !ACCEPTED_EXTENSIONS.test(file.name)) return '营业执照须为 PDF、JPG 或 PNG 文件';
  if ((file.size ?? 0) > LICENSE_MAX_BYTES) return '营业执照文件超过 10 MB,请压缩后重新上传';
  if ((file.size ?? 0) === 0) return '营业执照文件是空的,请重新选择';
  return null;
}

interface LicenseUploadProps {
  id?: string;
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
}

/** 营业执照 (或法人证书) scan: one PDF/JPG/PNG up to 10 MB, sent with the form (not uploaded alone). */
export function LicenseUpload({ id, value, onChange }: LicenseUploadProps) {
  const { message } = App.useApp();
  return (
    <Upload.Dragger
      id={id}
      accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
      maxCount={1}
      fileList={value ?? []}
      beforeUpload={(file) => {
        const problem = licenseProblem(file);
        if (problem) {
          void message.error(problem);
          return Upload.LIST_IGNORE;
        }
        return false;
      }}
      onChange={({ fileList }) => onChange?.(fileList.slice(-1))}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">点击或拖入营业执照(或法人证书)扫描件</p>
      <p className="ant-upload-hint">PDF、JPG 或 PNG,不超过 10 MB</p>
    </Upload.Dragger>
  );
}
