import { Dialog, Input } from 'antd-mobile';
import { useState } from 'react';
import { errorMessage } from '../common/api';
import type { AgreementView } from '../common/types';
import { useAcceptInvitation } from './use-student-record';

/**
 * 接受 is the student's own act (DOMAIN §4.1): the login password again, then the acceptance. A wrong
 * password is said under the input and the dialog stays open.
 */
export function AcceptDialog({
  agreement,
  visible,
  onClose,
  onAccepted,
}: {
  agreement: AgreementView;
  visible: boolean;
  onClose: () => void;
  onAccepted: (agreement: AgreementView) => void;
}) {
  const [password, setPassword] = useState('');
  const [missingPassword, setMissingPassword] = useState(false);
  const acceptInvitation = useAcceptInvitation(agreement.id);
  // A wrong password: the server's sentence says how many tries remain before the lockout.
  const error = missingPassword ? '请输入登录密码' : acceptInvitation.error ? errorMessage(acceptInvitation.error) : '';

  function clearError() {
    setMissingPassword(false);
    acceptInvitation.reset();
  }

  function close() {
    setPassword('');
    clearError();
    onClose();
  }

  async function accept() {
    clearError();
    if (!password) {
      setMissingPassword(true);
      return;
    }
    try {
      const response = await acceptInvitation.mutateAsync(password);
      setPassword('');
      onAccepted(response.agreement);
    } catch {
      // The refusal is shown under the input (the mutation's error).
    }
  }

  return (
    <Dialog
      visible={visible}
      title="确认接受签约邀请"
      onClose={close}
      closeOnMaskClick
      content={
        <div className="accept-dialog">
          <p>
            接受「{agreement.employer.name}」的签约邀请(岗位:{agreement.terms.positionTitle}
            )后,将进入院系、学校审核,审核通过即签约成功。
            <strong>每人只有一次签约机会。</strong>
          </p>
          <p>为确认是你本人操作,请输入登录密码。</p>
          <label htmlFor="accept-password" className="accept-dialog__label">
            登录密码
          </label>
          <Input
            id="accept-password"
            type="password"
            placeholder="请输入登录密码"
            value={password}
            onChange={(value) => {
              setPassword(value);
              clearError();
            }}
            onEnterPress={() => void accept()}
            autoComplete="current-password"
            className="accept-dialog__input"
          />
          {error ? (
            <div className="accept-dialog__error" role="alert">
              {error}
            </div>
          ) : null}
        </div>
      }
      actions={[
        [
          { key: 'cancel', text: '取消', onClick: close },
          { key: 'confirm', text: '确认接受', bold: true, onClick: accept },
        ],
      ]}
    />
  );
}
