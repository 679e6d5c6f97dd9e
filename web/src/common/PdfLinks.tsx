import { DownloadOutlined, EyeOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { AgreementView } from './types';

/**
 * 协议书预览 (a new tab, inline) and 下载协议 (attachment) for an effective agreement, and for an offline one
 * the document that was printed for the seal, under its own name; `base` is the agreement's API path,
 * e.g. /api/employer/agreements/5.
 */
export function PdfLinks({ agreement, base }: { agreement: AgreementView; base: string }) {
  if (agreement.status !== 'effective') return null;
  if (!agreement.hasPdf) {
    return (
      <Typography.Text type="secondary" role="status">
        <LoadingOutlined /> 协议书正在生成,请稍候…
      </Typography.Text>
    );
  }
  return (
    <Space wrap>
      <Button icon={<EyeOutlined />} href={`${base}/pdf?inline=1`} target="_blank" rel="noopener">
        协议书预览
      </Button>
      <Button type="primary" icon={<DownloadOutlined />} href={`${base}/pdf`} download>
        下载协议
      </Button>
      {agreement.hasPresealPdf ? (
        <Button type="link" href={`${base}/pdf?document=preseal`} download>
          待盖章协议书
        </Button>
      ) : null}
    </Space>
  );
}
