import { ImageViewer, List } from 'antd-mobile';
import { groupAttachments, isImage } from '../../common/attachment-groups';
import { formatSize } from '../../common/scan-files';
import { useAgreementFiles } from './use-offline';

/** 已回传的协议书 / 扫描件: each submission's pages, images as thumbnails, PDFs as links. */
export function AttachmentList({ agreementId, title = '已回传的协议书' }: { agreementId: number; title?: string }) {
  const files = useAgreementFiles(agreementId);
  const items = files.data?.items ?? [];
  if (items.length === 0) return null;
  const url = (fileId: number) => `/api/student/agreements/${agreementId}/files/${fileId}`;
  const groups = groupAttachments(items);
  const isLatest = (purpose: string, round: number) =>
    !groups.some((other) => other.purpose === purpose && other.round > round);
  return (
    <List header={title} className="agreement-info attachment-list">
      {groups.map((group) => {
        const images = group.items.filter(isImage);
        return (
          <List.Item
            key={group.key}
            description={`上传时间 ${group.uploadedAt}${isLatest(group.purpose, group.round) ? '' : ' · 此前的上传'}`}
          >
            <div className="attachment-list__title">{group.title}</div>
            <ul className="attachment-list__pages">
              {group.items.map((item) => (
                <li key={item.id}>
                  {isImage(item) ? (
                    <button
                      type="button"
                      className="attachment-list__thumb"
                      aria-label={`查看第 ${item.page} 页`}
                      onClick={() =>
                        ImageViewer.Multi.show({
                          images: images.map((image) => url(image.id)),
                          defaultIndex: images.indexOf(item),
                        })
                      }
                    >
                      <img src={url(item.id)} alt={`第 ${item.page} 页`} loading="lazy" />
                    </button>
                  ) : (
                    <a className="attachment-list__pdf" href={url(item.id)} target="_blank" rel="noopener">
                      <span>PDF</span>第 {item.page} 页
                    </a>
                  )}
                  <span className="attachment-list__size">
                    第 {item.page} 页 · {formatSize(item.size)}
                  </span>
                </li>
              ))}
            </ul>
          </List.Item>
        );
      })}
    </List>
  );
}
