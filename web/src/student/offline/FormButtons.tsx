import { Button } from 'antd-mobile';

/** 暂存 (new applications only) / 提交 / 取消; all wait while one is pending. */
export function FormButtons({
  canSave,
  busy,
  onSave,
  onSubmit,
  onCancel,
}: {
  canSave: boolean;
  busy: 'save' | 'submit' | null;
  onSave: () => void;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="offline-form__buttons">
      {canSave ? (
        <Button block size="large" loading={busy === 'save'} disabled={busy !== null} onClick={onSave}>
          暂存
        </Button>
      ) : null}
      <Button
        block
        size="large"
        color="primary"
        loading={busy === 'submit'}
        disabled={busy !== null}
        onClick={onSubmit}
      >
        提交
      </Button>
      <Button block size="large" disabled={busy !== null} onClick={onCancel}>
        取消
      </Button>
    </div>
  );
}
