import { errorMessage } from './api';
import './page-status.css';

/** A light loading indicator for the main bundle (the UI libraries load with each role's pages). */
export function PageLoading({ label = '加载中…' }: { label?: string }) {
  return (
    <div className="page-status" role="status" aria-live="polite">
      <span className="page-status__spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function PageFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div className="page-status" role="alert">
      <p>{errorMessage(error)}</p>
      <button type="button" className="page-status__button" onClick={onRetry}>
        重试
      </button>
    </div>
  );
}
