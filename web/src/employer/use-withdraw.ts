import { App } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { call, errorMessage } from '../common/api';
import type { AgreementView } from '../common/types';

/** 撤回: asks first, then withdraws an unanswered invitation and refreshes the lists. */
export function useWithdraw() {
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  return (agreement: Pick<AgreementView, 'id' | 'student'>) => {
    modal.confirm({
      title: '撤回签约邀请',
      content: `确定撤回发给 ${agreement.student.name} 的签约邀请吗?撤回后学生将不能再接受该邀请。`,
      okText: '撤回',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await call('withdrawInvitation', { params: { id: agreement.id } });
          void message.success('签约邀请已撤回');
        } catch (error) {
          void message.error(errorMessage(error));
        } finally {
          await queryClient.invalidateQueries({ queryKey: ['employer'] });
        }
      },
    });
  };
}
