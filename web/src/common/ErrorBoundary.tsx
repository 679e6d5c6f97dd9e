import { Component, type ErrorInfo, type ReactNode } from 'react';
import './page-status.css';

interface State {
  failed: boolean;
}

/** Catches render errors and failed chunk loads (e.g. after a new release) and offers a reload. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="page-status" role="alert">
        <p>页面加载失败,请刷新后重试</p>
        <button type="button" className="page-status__button" onClick={() => window.location.reload()}>
          刷新页面
        </button>
      </div>
    );
  }
}
