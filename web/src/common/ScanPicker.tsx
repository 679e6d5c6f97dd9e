import { ImageViewer } from 'antd-mobile';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { addScanFiles, formatSize, SCAN_ACCEPT, SCAN_MAX_PAGES, type ScanPage } from './scan-files';
import './scan-picker.css';

/**
 * Several pages of a scan (phone pages: the student's forms and the employer's return link): each page
 * previewed (images as thumbnails that open full size, PDFs as a tile that opens in a new tab),
 * removable, checked for type and size as it is added.
 */
export function ScanPicker({
  pages,
  onChange,
  addLabel = '添加扫描件',
  disabled = false,
  id,
}: {
  pages: ScanPage[];
  onChange: (pages: ScanPage[]) => void;
  addLabel?: string;
  disabled?: boolean;
  id?: string;
}) {
  const [problems, setProblems] = useState<string[]>([]);
  const hintId = useId();
  const latest = useRef(pages);
  latest.current = pages;
  // The previews' object URLs live as long as the picker.
  useEffect(() => () => latest.current.forEach((page) => URL.revokeObjectURL(page.url)), []);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length === 0) return;
    const result = addScanFiles(pages, files);
    setProblems(result.problems);
    onChange(result.pages);
  }

  function remove(page: ScanPage) {
    URL.revokeObjectURL(page.url);
    setProblems([]);
    onChange(pages.filter((item) => item.key !== page.key));
  }

  function preview(page: ScanPage) {
    if (page.isPdf) {
      window.open(page.url, '_blank', 'noopener');
      return;
    }
    const images = pages.filter((item) => !item.isPdf);
    ImageViewer.Multi.show({ images: images.map((item) => item.url), defaultIndex: images.indexOf(page) });
  }

  return (
    <div className="scan-picker">
      <ul className="scan-picker__grid" aria-label="已选择的页面">
        {pages.map((page, index) => (
          <li key={page.key} className="scan-tile">
            <button
              type="button"
              className="scan-tile__preview"
              onClick={() => preview(page)}
              aria-label={`预览第 ${index + 1} 页:${page.file.name}`}
            >
              {page.isPdf ? (
                <span className="scan-tile__pdf">PDF</span>
              ) : (
                <img src={page.url} alt={`第 ${index + 1} 页`} className="scan-tile__image" />
              )}
            </button>
            <span className="scan-tile__caption">
              第 {index + 1} 页 · {formatSize(page.file.size)}
            </span>
            {disabled ? null : (
              <button
                type="button"
                className="scan-tile__remove"
                onClick={() => remove(page)}
                aria-label={`删除第 ${index + 1} 页`}
              >
                ×
              </button>
            )}
          </li>
        ))}
        {pages.length < SCAN_MAX_PAGES && !disabled ? (
          <li className="scan-tile scan-tile--add">
            <label className="scan-tile__add">
              <input
                id={id}
                type="file"
                multiple
                accept={SCAN_ACCEPT}
                onChange={choose}
                className="scan-picker__input"
                aria-label={addLabel}
                aria-describedby={hintId}
              />
              <span className="scan-tile__plus" aria-hidden="true">
                +
              </span>
              <span>{pages.length === 0 ? addLabel : '继续添加'}</span>
            </label>
          </li>
        ) : null}
      </ul>
      <p id={hintId} className="scan-picker__hint">
        JPG、PNG 或 PDF,每个文件不超过 10 MB,最多 {SCAN_MAX_PAGES} 页;多页请按页码顺序添加,可拍照上传。
      </p>
      {problems.length > 0 ? (
        <div className="scan-picker__problems" role="alert">
          {problems.map((problem) => (
            <div key={problem}>{problem}</div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
