/** Drawing helpers for the agreement's A4 pages: headings, paragraphs and bordered grids that break across pages. */

export const PAGE_MARGIN = 56;
/** Kept free at the foot of every page for the 协议编号 / page-number line. */
const FOOTER_SPACE = 24;
const CELL_PADDING = 5;
const LINE_GAP = 2;
const BORDER = '#444';
const LABEL_FILL = '#f1f1f1';

export const REGULAR = 'cjk';
export const BOLD = 'cjk-bold';

export type Cell = { text: string; width: number; label?: boolean; align?: 'left' | 'center' };

export function contentWidth(document: PDFKit.PDFDocument): number {
  return document.page.width - PAGE_MARGIN * 2;
}

function bottomLimit(document: PDFKit.PDFDocument): number {
  return document.page.height - PAGE_MARGIN - FOOTER_SPACE;
}

/** Starts a new page when the next `height` points would not fit above the footer; says whether it did. */
export function ensureSpace(document: PDFKit.PDFDocument, height: number): boolean {
  if (document.y + height <= bottomLimit(document)) return false;
  document.addPage();
  document.y = PAGE_MARGIN;
  return true;
}

/** 一、协议各方 …: a numbered section title, kept on the page with the first `keepWith` points under it. */
export function heading(document: PDFKit.PDFDocument, title: string, keepWith = 60): void {
  ensureSpace(document, keepWith + 30);
  document.moveDown(0.6);
  document.font(BOLD).fontSize(12.5).fillColor('#000').text(title, PAGE_MARGIN, document.y, { width: contentWidth(document) });
  document.moveDown(0.3);
}

export function subheading(document: PDFKit.PDFDocument, title: string): void {
  ensureSpace(document, 50);
  document.font(BOLD).fontSize(10.5).fillColor('#000').text(title, PAGE_MARGIN, document.y + 7, { width: contentWidth(document) });
  document.moveDown(0.2);
}

/** Body text; a paragraph longer than the page continues on the next one. */
export function paragraph(
  document: PDFKit.PDFDocument,
  text: string,
  options: { size?: number; indent?: number; color?: string; align?: 'left' | 'justify' | 'center' } = {},
): void {
  const size = options.size ?? 10;
  const indent = options.indent ?? 0;
  const width = contentWidth(document) - indent;
  document.font(REGULAR).fontSize(size).fillColor(options.color ?? '#000');
  ensureSpace(document, Math.min(document.heightOfString(text, { width, lineGap: LINE_GAP + 1 }), size * 3));
  document.text(text, PAGE_MARGIN + indent, document.y, { width, lineGap: LINE_GAP + 1, align: options.align ?? 'justify' });
  document.moveDown(0.25);
}

function cellHeight(document: PDFKit.PDFDocument, cell: Cell, size: number): number {
  document.font(cell.label ? BOLD : REGULAR).fontSize(size);
  return document.heightOfString(cell.text || ' ', { width: cell.width - CELL_PADDING * 2, lineGap: LINE_GAP }) + CELL_PADDING * 2;
}

export function rowHeight(document: PDFKit.PDFDocument, cells: Cell[], size = 9.5): number {
  return Math.max(22, ...cells.map((cell) => cellHeight(document, cell, size)));
}

/**
 * One bordered row of a grid; label cells are shaded. A row never splits: it moves whole to the next page,
 * where `onNewPage` can first repeat a table's header.
 */
export function gridRow(document: PDFKit.PDFDocument, cells: Cell[], size = 9.5, onNewPage?: () => void): void {
  const height = rowHeight(document, cells, size);
  if (ensureSpace(document, height)) onNewPage?.();
  const top = document.y;
  let x = PAGE_MARGIN;
  for (const cell of cells) {
    if (cell.label) document.rect(x, top, cell.width, height).fill(LABEL_FILL);
    document.rect(x, top, cell.width, height).lineWidth(0.6).stroke(BORDER);
    const textHeight = cellHeight(document, cell, size) - CELL_PADDING * 2;
    document
      .font(cell.label ? BOLD : REGULAR)
      .fontSize(size)
      .fillColor(cell.label ? '#333' : '#000')
      .text(cell.text || ' ', x + CELL_PADDING, top + Math.max(CELL_PADDING, (height - textHeight) / 2), {
        width: cell.width - CELL_PADDING * 2,
        lineGap: LINE_GAP,
        align: cell.align ?? 'left',
      });
    x += cell.width;
  }
  document.x = PAGE_MARGIN;
  document.y = top + height;
}

/** Label/value pairs, two per row; a pair given alone spans the whole row. */
export function fieldGrid(document: PDFKit.PDFDocument, rows: ([string, string] | [string, string, string, string])[]): void {
  const width = contentWidth(document);
  const label = 96;
  const value = (width - label * 2) / 2;
  for (const row of rows) {
    const cells: Cell[] =
      row.length === 2
        ? [
            { text: row[0], width: label, label: true },
            { text: row[1], width: width - label },
          ]
        : [
            { text: row[0], width: label, label: true },
            { text: row[1], width: value },
            { text: row[2], width: label, label: true },
            { text: row[3], width: value },
          ];
    gridRow(document, cells);
  }
}
