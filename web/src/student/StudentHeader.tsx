import type { ReactNode } from 'react';

/**
 * The top bar of a student's inner page, as on the seed's screens: ‹ back, the title, an action on the
 * right. (antd-mobile's NavBar gives its back arrow no accessible name, so this one is written out.)
 */
export function StudentHeader({
  title,
  onBack,
  backLabel = '返回',
  right,
}: {
  title: string;
  onBack: () => void;
  backLabel?: string;
  right?: ReactNode;
}) {
  return (
    <header className="student-header">
      <button type="button" className="student-header__back" onClick={onBack} aria-label={backLabel}>
        <span className="student-header__arrow" aria-hidden="true" />
      </button>
      <h1 className="student-header__title">{title}</h1>
      <div className="student-header__right">{right}</div>
    </header>
  );
}
