import { useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, Toast } from 'antd-mobile';
import { call, errorMessage } from '../../common/api';
import type { AgreementView } from '../../common/types';
import { agreementQueryKey, AGREEMENTS_QUERY_KEY } from '../use-student-record';

/** 撤回 of a submitted application while no reviewer has decided on it; the signing slot is freed. */
export function WithdrawButton({ agreement }: { agreement: AgreementView }) {
  const queryClient = useQueryClient();
  const what = agreement.kind === 'paper' ? '纸质协议书登记' : '线下签约申请';

  function confirm() {
    void Dialog.confirm({
      title: `确认撤回${what}`,
      content: `撤回后学校不再审核该申请,它将显示为「已撤回」;如仍需签约,可重新填写提交。`,
      confirmText: '撤回',
      cancelText: '取消',
      onConfirm: async () => {
        try {
          const { agreement: withdrawn } = await call('withdrawSubmission', { params: { id: agreement.id } });
          queryClient.setQueryData(agreementQueryKey(agreement.id), { agreement: withdrawn });
          Toast.show({ icon: 'success', content: '已撤回' });
        } catch (error) {
          Toast.show({ icon: 'fail', content: errorMessage(error) });
          void queryClient.invalidateQueries({ queryKey: agreementQueryKey(agreement.id) });
        }
        void queryClient.invalidateQueries({ queryKey: AGREEMENTS_QUERY_KEY });
      },
    });
  }

  return (
    <Button block size="large" onClick={confirm}>
      撤回申请
    </Button>
  );
}
