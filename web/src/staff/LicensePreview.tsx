import { ExportOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Image, Skeleton, Space } from 'antd';

/** The stored file's type, from a HEAD request (the file itself is shown by the browser). */
async function licenseType(url: string): Promise<string> {
  const response = await fetch(url, { method: 'HEAD', credentials: 'same-origin' });
  if (!response.ok) throw new Error(response.status === 404 ? '该单位没有上传营业执照' : '营业执照加载失败,请稍后重试');
  return response.headers.get('content-type') ?? '';
}

/** 营业执照 inline: an image, or the PDF in a frame; always with a link to open it in a new tab. */
export function LicensePreview({ employerId }: { employerId: number }) {
  const url = `/api/platform/employers/${employerId}/license`;
  const type = useQuery({ queryKey: ['platform', 'license-type', employerId], queryFn: () => licenseType(url), retry: false });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button icon={<ExportOutlined />} href={url} target="_blank" rel="noopener">
        在新窗口打开营业执照
      </Button>
      {type.isPending ? (
        <Skeleton.Image active />
      ) : type.isError ? (
        <Alert type="warning" showIcon title={type.error.message} />
      ) : type.data.startsWith('image/') ? (
        <Image src={url} alt="营业执照" style={{ maxWidth: '100%', maxHeight: 560, objectFit: 'contain' }} />
      ) : (
        <iframe title="营业执照" src={url} className="license-frame" />
      )}
    </Space>
  );
}
