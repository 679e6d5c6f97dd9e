/**
 * The pages of a scanned agreement as the student or the employer picks them: JPG, PNG or PDF, each at
 * most 10 MB, at most 10 pages (as the server: MAX_SCAN_PAGES, MAX_UPLOAD_BYTES). The server checks the
 * bytes again; this only saves a wasted upload.
 */
export const SCAN_MAX_BYTES = 10 * 1024 * 1024;
export const SCAN_MAX_PAGES = 10;
export const SCAN_ACCEPT = '.jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf';

const EXTENSIONS = /\.(jpe?g|png|pdf)$/i;
const TYPES = ['image/jpeg', 'image/png', 'application/pdf'];

export interface ScanPage {
  key: string;
  file: File;
  /** object URL for the preview (revoked when the page is removed) */
  url: string;
  isPdf: boolean;
}

/** Why this file cannot be a page of the scan, or null. */
export function scanFileProblem(file: { name: string; type: string; size: number }): string | null {
  const typeOk = (file.type === '' || TYPES.includes(file.type)) && EXTENSIONS.test(file.name);
  if (!typeOk) return `「${file.name}」不是 JPG、PNG 或 PDF 文件`;
  if (file.size === 0) return `「${file.name}」是空文件,请重新选择`;
  if (file.size > SCAN_MAX_BYTES) return `「${file.name}」超过 10 MB,请压缩后重新选择`;
  return null;
}

let sequence = 0;

/** Adds chosen files to the pages: the acceptable ones in order, and the reasons for the others. */
export function addScanFiles(pages: ScanPage[], chosen: File[]): { pages: ScanPage[]; problems: string[] } {
  const problems: string[] = [];
  const next = [...pages];
  for (const file of chosen) {
    const problem = scanFileProblem(file);
    if (problem) {
      problems.push(problem);
      continue;
    }
    if (next.length >= SCAN_MAX_PAGES) {
      problems.push(`最多上传 ${SCAN_MAX_PAGES} 页,「${file.name}」未添加`);
      continue;
    }
    sequence += 1;
    next.push({
      key: `${Date.now()}-${sequence}`,
      file,
      url: URL.createObjectURL(file),
      isPdf: file.type === 'application/pdf' || /\.pdf$/i.test(file.name),
    });
  }
  return { pages: next, problems };
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A multipart body: `data` as JSON (when given) and each page under `field`. */
export function scanFormData(field: string, pages: ScanPage[], data?: unknown): FormData {
  const form = new FormData();
  if (data !== undefined) form.append('data', JSON.stringify(data));
  for (const page of pages) form.append(field, page.file, page.file.name);
  return form;
}
