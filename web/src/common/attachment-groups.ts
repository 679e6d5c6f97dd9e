import type { Attachment } from './types';

export interface AttachmentGroup {
  key: string;
  purpose: Attachment['purpose'];
  round: number;
  /** e.g. 盖章协议书 · 第 2 次回传(用人单位协助回传) */
  title: string;
  uploadedAt: string;
  items: Attachment[];
}

/** The attached pages by submission: newest first, pages in order. */
export function groupAttachments(items: readonly Attachment[]): AttachmentGroup[] {
  const groups = new Map<string, AttachmentGroup>();
  for (const item of items) {
    const key = `${item.purpose}-${item.round}`;
    let group = groups.get(key);
    if (!group) {
      const title =
        item.purpose === 'paper_scan'
          ? `纸质协议书扫描件 · 第 ${item.round} 次提交`
          : `盖章协议书 · 第 ${item.round} 次回传(${item.uploadedVia === 'employer_link' ? '用人单位协助回传' : '本人回传'})`;
      group = { key, purpose: item.purpose, round: item.round, title, uploadedAt: item.createdAt, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, items: [...group.items].sort((a, b) => a.page - b.page) }))
    .sort((a, b) => b.round - a.round || a.purpose.localeCompare(b.purpose));
}

export const isImage = (item: Pick<Attachment, 'mediaType'>) => item.mediaType.startsWith('image/');
