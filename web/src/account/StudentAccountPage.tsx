import { Form, Input, List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useAuth } from '../common/auth';
import '../login/auth-shell.css';
import { useCaptcha } from '../login/use-captcha';
import { StudentHeader } from '../student/StudentHeader';
import { MOBILE_RULES } from './mobile-rules';
import { MobileSettingsForm } from './MobileSettingsForm';
import { MobileCaptchaImage, MobileSmsCode } from './MobileSmsCode';
import { useAccountSettings } from './use-account-settings';
import './account.css';

/** 账号设置 on the student's phone: 修改密码, 更换手机号, 修改邮箱. */
export function StudentAccountPage() {
  const navigate = useNavigate();
  const { account } = useAuth();
  const settings = useAccountSettings();
  const captcha = useCaptcha();
  return (
    <>
      <StudentHeader title="账号设置" backLabel="返回我的签约" onBack={() => navigate('/student')} />
      <List mode="card" header="当前账号">
        <List.Item extra={account?.realName}>姓名</List.Item>
        <List.Item extra={account?.phoneMasked ?? '未绑定'}>手机号</List.Item>
        <List.Item extra={account?.emailMasked ?? '未绑定'}>邮箱</List.Item>
      </List>

      <MobileSettingsForm {...settings.password}>
        {() => (
          <>
            <Form.Item label="原密码" name="oldPassword" rules={MOBILE_RULES.currentPassword}>
              <Input type="password" placeholder="当前登录密码" autoComplete="current-password" />
            </Form.Item>
            <Form.Item label="新密码" name="newPassword" rules={MOBILE_RULES.newPassword}>
              <Input type="password" placeholder="至少 8 位,含字母和数字" autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              label="确认新密码"
              name="confirmPassword"
              dependencies={['newPassword']}
              rules={MOBILE_RULES.confirmPassword('newPassword')}
            >
              <Input type="password" placeholder="再次输入新密码" autoComplete="new-password" />
            </Form.Item>
          </>
        )}
      </MobileSettingsForm>

      <MobileSettingsForm {...settings.phone}>
        {(form, setError) => (
          <>
            <Form.Item label="当前登录密码" name="password" rules={MOBILE_RULES.currentPassword}>
              <Input type="password" placeholder="当前登录密码" autoComplete="current-password" />
            </Form.Item>
            <Form.Item label="新手机号" name="phone" rules={MOBILE_RULES.phone}>
              <Input placeholder="新手机号" inputMode="numeric" maxLength={11} autoComplete="tel" />
            </Form.Item>
            <Form.Item label="图形验证码" name="captchaAnswer" extra={<MobileCaptchaImage captcha={captcha} />}>
              <Input placeholder="图中字符" aria-label="图形验证码" maxLength={8} autoComplete="off" />
            </Form.Item>
            <Form.Item label="短信验证码" name="code" rules={MOBILE_RULES.smsCode}>
              <MobileSmsCode form={form} purpose="change_phone" captcha={captcha} onError={setError} />
            </Form.Item>
          </>
        )}
      </MobileSettingsForm>

      <MobileSettingsForm {...settings.email}>
        {() => (
          <>
            <Form.Item label="当前登录密码" name="password" rules={MOBILE_RULES.currentPassword}>
              <Input type="password" placeholder="当前登录密码" autoComplete="current-password" />
            </Form.Item>
            <Form.Item label="新邮箱" name="email" rules={MOBILE_RULES.email}>
              <Input placeholder="name@example.com" autoComplete="email" />
            </Form.Item>
          </>
        )}
      </MobileSettingsForm>
    </>
  );
}
