import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Image, Space } from 'antd';

/**
 * 营业执照 inline: an image, or the PDF in a frame, by the type the profile states (licenseMediaType);
 * always with a link to open it in a new tab.
 */
export function LicensePreview({ employerId, mediaType }: { employerId: number; mediaType: string | null }) {
  const url = `/api/platform/employers/${employerId}/license`;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button icon={<ExportOutlined />} href={url} target="_blank" rel="noopener">
        在新窗口打开营业执照
      </Button>
      {mediaType === null ? (
        <Alert type="warning" showIcon title="该单位没有上传营业执照" />
      ) : mediaType.startsWith('image/') ? (
        <Image src={url} alt="营业执照" style={{ maxWidth: '100%', maxHeight: 560, objectFit: 'contain' }} />
      ) : (
        <iframe title="营业执照" src={url} className="license-frame" />
      )}
    </Space>
  );
}
