import type { ReactNode } from 'react';

/** The top of a bottom sheet: its title and 取消. */
export function SheetHeader({
  title,
  onClose,
  closeText = '取消',
}: {
  title: string;
  onClose: () => void;
  closeText?: string;
}) {
  return (
    <div className="form-sheet__header">
      <span className="form-sheet__title">{title}</span>
      <button type="button" className="form-sheet__close" onClick={onClose}>
        {closeText}
      </button>
    </div>
  );
}

/** One choice in a sheet: a real button (keyboard and screen readers), with an optional second line. */
export function SheetOption({
  children,
  description,
  extra,
  selected,
  onClick,
}: {
  children: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
  selected?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={selected ? 'sheet-option sheet-option--selected' : 'sheet-option'}
      aria-pressed={selected === undefined ? undefined : selected}
      onClick={onClick}
    >
      <span className="sheet-option__main">
        <span className="sheet-option__title">{children}</span>
        {description ? <span className="sheet-option__description">{description}</span> : null}
      </span>
      {extra ? <span className="sheet-option__extra">{extra}</span> : null}
      {selected ? (
        <span className="sheet-option__check" aria-hidden="true">
          ✓
        </span>
      ) : (
        <span className="sheet-option__arrow" aria-hidden="true" />
      )}
    </button>
  );
}
