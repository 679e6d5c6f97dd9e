import { App } from 'antd';
import { errorMessage } from '../common/api';
import type { AgreementView } from '../common/types';
import { useWithdrawInvitation } from './use-employer';

/** 撤回: asks first, then withdraws an unanswered invitation and refreshes the lists. */
export function useWithdraw() {
  const { modal, message } = App.useApp();
  const withdraw = useWithdrawInvitation();
  return (agreement: Pick<AgreementView, 'id' | 'student'>) => {
    modal.confirm({
      title: '撤回签约邀请',
      content: `确定撤回发给 ${agreement.student.name} 的签约邀请吗?撤回后学生将不能再接受该邀请。`,
      okText: '撤回',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await withdraw.mutateAsync(agreement.id);
          void message.success('签约邀请已撤回');
        } catch (error) {
          void message.error(errorMessage(error));
        }
      },
    });
  };
}
