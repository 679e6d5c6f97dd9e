import { holdsSlot } from '../../../../src/domain/agreement/status';
import type { AgreementView } from '../../common/types';

/** The agreement holding the student's one signing slot (DOMAIN §5.1), if any. */
export function slotHolder(items: readonly AgreementView[]): AgreementView | undefined {
  return items.find((item) => holdsSlot(item.status));
}

/** Why no new agreement can be started while `holder` holds the slot, in the student's words. */
export function slotHeldReason(holder: AgreementView): string {
  const employer = `「${holder.employer.name}」`;
  if (holder.status === 'effective') {
    return `你已与${employer}签约成功(协议已生效)。每人只有一次签约机会,不能再登记其他协议。`;
  }
  if (holder.status === 'returned') {
    return `你与${employer}的协议已被退回修改,请打开该协议按审核意见修改后重新提交,无需重新填写。`;
  }
  return `你与${employer}的协议当前为「${holder.statusLabel}」。每人只有一次签约机会,一次只能有一份协议,现在不能再申请其他协议。`;
}
