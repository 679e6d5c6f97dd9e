import { ExportOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Image, Skeleton, Space, Tag, Typography } from 'antd';
import { groupAttachments, isImage } from '../common/attachment-groups';
import { call, errorMessage } from '../common/api';
import { formatSize } from '../common/scan-files';
import { REVIEW_QUERY_ROOT } from './use-review';

/**
 * The pages attached to an agreement (纸质协议书扫描件, 盖章协议书), by submission, newest first: images
 * as thumbnails in one preview group, PDFs inline in a frame, each with a link to open it alone.
 */
export function ReviewAttachments({ agreementId }: { agreementId: number }) {
  const files = useQuery({
    queryKey: [...REVIEW_QUERY_ROOT, 'files', agreementId],
    queryFn: () => call('reviewFiles', { params: { id: agreementId } }),
  });
  if (files.isPending) {
    return (
      <Card title="附件" size="small">
        <Skeleton active paragraph={{ rows: 3 }} />
      </Card>
    );
  }
  if (files.isError) {
    return (
      <Card title="附件" size="small">
        <Alert type="error" showIcon title={errorMessage(files.error)} />
      </Card>
    );
  }
  if (files.data.items.length === 0) return null;
  const url = (fileId: number) => `/api/review/agreements/${agreementId}/files/${fileId}`;
  const groups = groupAttachments(files.data.items);
  const latestRound = (purpose: string) =>
    Math.max(...groups.filter((group) => group.purpose === purpose).map((group) => group.round));

  return (
    <Card title="附件" size="small" className="review-attachments">
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {groups.map((group) => {
          const latest = group.round === latestRound(group.purpose);
          return (
            <section key={group.key} aria-label={group.title}>
              <div className="review-attachments__head">
                <Typography.Text strong>{group.title}</Typography.Text>
                {latest ? <Tag color="blue">最新</Tag> : <Tag>此前的上传</Tag>}
                <Typography.Text type="secondary">上传时间 {group.uploadedAt}</Typography.Text>
              </div>
              <Image.PreviewGroup>
                <div className="review-attachments__images">
                  {group.items.filter(isImage).map((item) => (
                    <figure key={item.id} className="review-attachments__figure">
                      <Image
                        src={url(item.id)}
                        alt={`${group.title} 第 ${item.page} 页`}
                        width={150}
                        height={200}
                        style={{ objectFit: 'contain', background: '#fafafa' }}
                      />
                      <figcaption>
                        第 {item.page} 页 · {formatSize(item.size)}
                      </figcaption>
                    </figure>
                  ))}
                </div>
              </Image.PreviewGroup>
              {group.items
                .filter((item) => !isImage(item))
                .map((item) => (
                  <div key={item.id} className="review-attachments__pdf">
                    <Space style={{ marginBottom: 8 }}>
                      <FilePdfOutlined />
                      <span>
                        第 {item.page} 页 · {item.fileName} · {formatSize(item.size)}
                      </span>
                      <Button size="small" icon={<ExportOutlined />} href={url(item.id)} target="_blank" rel="noopener">
                        在新窗口打开
                      </Button>
                    </Space>
                    {latest ? (
                      <iframe
                        title={`${group.title} 第 ${item.page} 页`}
                        src={url(item.id)}
                        className="review-attachments__frame"
                      />
                    ) : null}
                  </div>
                ))}
            </section>
          );
        })}
      </Space>
    </Card>
  );
}
