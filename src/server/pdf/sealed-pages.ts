import { PDFDocument } from '@cantoo/pdf-lib';
import { contentWidth, PAGE_MARGIN, paragraph, REGULAR, BOLD } from './layout';

/** One approved page of the employer-sealed agreement, as stored. */
export type SealedPage = { page: number; sha256: string; mediaType: string; content: Buffer };

/** Where a page of a sealed PDF is drawn once PDFKit has laid out its A4 page. */
export type PdfSlot = { pageIndex: number; source: Buffer; sourcePage: number; box: { x: number; top: number; width: number; height: number } };

/** The pages of each sealed file: a PDF's own page count, one for an image; null when the PDF cannot be read. */
export async function countSealedPages(pages: SealedPage[]): Promise<(number | null)[]> {
  return Promise.all(
    pages.map(async (page) => {
      if (page.mediaType !== 'application/pdf') return 1;
      try {
        return (await PDFDocument.load(page.content, { ignoreEncryption: true, updateMetadata: false })).getPageCount();
      } catch {
        return null;
      }
    }),
  );
}

/**
 * 附件: the sealed scan after the agreement, each on its own A4 page under a caption with its SHA-256.
 * Images are placed by PDFKit; a PDF's pages get a reserved box that `drawPdfSlots` fills afterwards.
 */
export function sealedPageSections(
  document: PDFKit.PDFDocument,
  pages: SealedPage[],
  counts: (number | null)[],
): PdfSlot[] {
  const slots: PdfSlot[] = [];
  const total = pages.length;
  pages.forEach((page, index) => {
    const sourcePages = counts[index] ?? 1;
    for (let sourcePage = 0; sourcePage < sourcePages; sourcePage += 1) {
      document.addPage();
      document.font(BOLD).fontSize(12).fillColor('#000');
      const part = sourcePages > 1 ? `(该文件第 ${sourcePage + 1} 页,共 ${sourcePages} 页)` : '';
      document.text(`附件  甲方盖章协议书扫描件  第 ${page.page} 份,共 ${total} 份${part}`, PAGE_MARGIN, PAGE_MARGIN, {
        width: contentWidth(document),
      });
      document.font(REGULAR).fontSize(8).fillColor('#555').text(`SHA-256:${page.sha256}`, { width: contentWidth(document) });
      const top = document.y + 8;
      const box = { x: PAGE_MARGIN, top, width: contentWidth(document), height: document.page.height - PAGE_MARGIN - 28 - top };
      if (counts[index] === null) {
        unreadable(document, '该 PDF 文件无法读取');
      } else if (page.mediaType === 'application/pdf') {
        slots.push({ pageIndex: document.bufferedPageRange().count - 1, source: page.content, sourcePage, box });
      } else {
        try {
          document.image(page.content, box.x, box.top, { fit: [box.width, box.height], align: 'center' });
        } catch {
          unreadable(document, '该图像无法显示');
        }
      }
    }
  });
  return slots;
}

function unreadable(document: PDFKit.PDFDocument, what: string): void {
  document.moveDown(2);
  paragraph(document, `${what},原件已按上方 SHA-256 保存在本系统中,可在系统中查看。`, { color: '#900', align: 'left' });
}

/** Draws each sealed PDF page into its reserved box; the rest of the document is kept byte for byte as laid out. */
export async function drawPdfSlots(rendered: Buffer, slots: PdfSlot[]): Promise<Buffer> {
  if (slots.length === 0) return rendered;
  const document = await PDFDocument.load(rendered, { updateMetadata: false });
  for (const slot of slots) {
    const [embedded] = await document.embedPdf(slot.source, [slot.sourcePage]);
    const page = document.getPage(slot.pageIndex);
    const scale = Math.min(slot.box.width / embedded!.width, slot.box.height / embedded!.height);
    const width = embedded!.width * scale;
    const height = embedded!.height * scale;
    page.drawPage(embedded!, {
      x: slot.box.x + (slot.box.width - width) / 2,
      y: page.getHeight() - slot.box.top - height,
      width,
      height,
    });
  }
  return Buffer.from(await document.save({ useObjectStreams: false }));
}
