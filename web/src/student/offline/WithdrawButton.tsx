import { Button, Dialog, Toast } from 'antd-mobile';
import { errorMessage } from '../../common/api';
import type { AgreementView } from '../../common/types';
import { useWithdrawSubmission } from './use-offline';

/** 撤回 of a submitted application while no reviewer has decided on it; the signing slot is freed. */
export function WithdrawButton({ agreement }: { agreement: AgreementView }) {
  const withdraw = useWithdrawSubmission(agreement.id);
  const what = agreement.kind === 'paper' ? '纸质协议书登记' : '线下签约申请';

  function confirm() {
    void Dialog.confirm({
      title: `确认撤回${what}`,
      content: `撤回后学校不再审核该申请,它将显示为「已撤回」;如仍需签约,可重新填写提交。`,
      confirmText: '撤回',
      cancelText: '取消',
      onConfirm: async () => {
        try {
          await withdraw.mutateAsync();
          Toast.show({ icon: 'success', content: '已撤回' });
        } catch (error) {
          Toast.show({ icon: 'fail', content: errorMessage(error) });
        }
      },
    });
  }

  return (
    <Button block size="large" onClick={confirm}>
      撤回申请
    </Button>
  );
}
