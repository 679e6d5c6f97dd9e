import type { AgreementView } from '../../contract/agreement';

/** How each kind of agreement comes into force: the one sentence of the clauses that differs by kind. */
const TAKES_EFFECT: Record<AgreementView['kind'], string> = {
  online: '本协议由甲方在全国高校毕业生毕业去向登记系统(以下简称“本系统”)中发起签约邀请,经乙方本人确认接受、丙方审核通过后生效。',
  offline: '本协议经乙方在全国高校毕业生毕业去向登记系统(以下简称“本系统”)中提交、丙方审核协议信息,甲方盖章,并经丙方审核盖章协议书后生效。',
  paper: '本协议以各方签字盖章的纸质就业协议书为准,经乙方在全国高校毕业生毕业去向登记系统(以下简称“本系统”)中登记、丙方审核通过后生效。',
};

/**
 * 协议条款: the standard clauses of the national 就业协议书 (REFERENCE §1), worded for this system —
 * each party's undertakings, 报到, the extra terms, 违约责任, 解约 and lapse, disputes, and where it is made.
 */
export function standardClauses(agreement: AgreementView, disputeClause: string): string[] {
  const penalty = agreement.terms.breachPenalty;
  const penaltyText =
    penalty === null
      ? '甲乙双方未约定违约金,违约方应赔偿守约方因此受到的实际损失'
      : `甲乙双方约定违约金为人民币 ${penalty.toLocaleString('zh-CN')} 元,违约方应向守约方支付`;
  return [
    '乙方应如实向甲方介绍本人情况,按期取得毕业资格,并在约定的报到期限内持报到证明材料到甲方报到;因故不能按期报到的,应事先征得甲方同意。',
    '甲方应如实向乙方介绍本单位情况和岗位、薪酬、工作地点等录用条件,做好接收准备,按“单位是否解决户档”的约定办理乙方的户口、档案接收手续,并在乙方报到后依法与乙方订立劳动(聘用)合同,合同约定的条件不低于本协议的约定。',
    '丙方应如实向甲方介绍、推荐乙方,审核本协议,并在乙方取得毕业资格后按国家有关规定办理就业报到及档案、户口转递手续。',
    '乙方未取得毕业资格,或毕业前体检不符合甲方录用条件的,本协议自动解除;乙方报到后一个月内经甲方复查不符合录用条件的,经丙方同意,甲方可将乙方退回丙方。',
    '本协议约定事项和协议补充内容是本协议的组成部分,与本协议条款具有同等效力;补充内容不得违反国家法律法规和毕业生就业政策。',
    `任何一方无正当理由不履行本协议的,应承担违约责任。${penaltyText}。`,
    '本协议生效后,经甲乙双方协商一致可以解除(解约):乙方申请解约的,须取得甲方同意解约的书面意见(解约函),由丙方在本系统中审核后解除;解约后原协议不再履行,乙方可重新登记毕业去向。',
    '乙方按期报到并被甲方正式接收,或甲乙双方依法订立劳动(聘用)合同后,本协议履行完毕;协议补充内容约定的情形(如乙方被录取为研究生、录用为公务员或出国出境深造)出现时,本协议失效。',
    disputeClause,
    `${TAKES_EFFECT[agreement.kind]}本协议的变更须经各方协商一致。本协议在本系统中订立,甲、乙、丙三方均可在本系统中下载本协议,下载件与本系统记录一致,可凭二维码或验证码验证真伪。`,
  ];
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

export function clauseNumber(index: number): string {
  return `第${NUMERALS[index]}条`;
}
