import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import type { ChangeEvent } from 'react';
import type { Captcha } from './use-captcha';

interface CaptchaInputProps {
  captcha: Captcha;
  id?: string;
  value?: string;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
  placeholder?: string;
}

/** The 验证码 input with its image beside it; clicking the image shows a new one. */
export function CaptchaInput({ captcha, id, value, onChange, placeholder = '验证码' }: CaptchaInputProps) {
  return (
    <div className="captcha-row">
      <Input
        id={id}
        value={value}
        onChange={onChange}
        prefix={<SafetyCertificateOutlined />}
        placeholder={placeholder}
        aria-label={placeholder}
        autoComplete="off"
        maxLength={8}
      />
      <button
        type="button"
        className="captcha-image"
        onClick={captcha.refresh}
        title="看不清?点击换一张"
        aria-label="看不清?换一张验证码"
      >
        {captcha.imageSrc ? (
          <img src={captcha.imageSrc} alt="图形验证码" />
        ) : (
          <span>{captcha.failed ? '加载失败,点击重试' : '加载中…'}</span>
        )}
      </button>
    </div>
  );
}
