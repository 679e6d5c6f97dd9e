import type { AgreementView } from '../../contract/agreement';
import { BOLD, contentWidth, ensureSpace, PAGE_MARGIN, REGULAR } from './layout';

const PADDING = 8;
const SEAL_AREA = 150;

/** What each party did in the system, as printed in its block. */
export type PartyActs = {
  /** The employer's operator who sent the invitation (online). */
  invitedBy: string | null;
  /** When the student submitted an offline or paper agreement (China time). */
  submittedAt: string | null;
  /** Pages of the employer-sealed scan appended to this document (final offline agreement). */
  sealedPageCount: number;
};

type Block = { title: string; lines: string[]; seal?: { caption: string; note: string | null } };

/** 签章: one block per party; for an offline agreement the employer's block is an empty box for its seal. */
export function signatureBlocks(document: PDFKit.PDFDocument, agreement: AgreementView, schoolName: string, acts: PartyActs): void {
  for (const block of [employerBlock(agreement, acts), studentBlock(agreement, acts), schoolBlock(agreement, schoolName)]) {
    drawBlock(document, block);
  }
}

function employerBlock(agreement: AgreementView, acts: PartyActs): Block {
  const title = `甲方(用人单位):${agreement.employer.name}`;
  switch (agreement.kind) {
    case 'online':
      return {
        title,
        lines: [
          `电子签约:甲方经办人${acts.invitedBy ? ` ${acts.invitedBy} ` : ''}于 ${agreement.invitedAt ?? '—'} 在本系统中向乙方发起签约邀请。`,
          `邀约时间:${agreement.invitedAt ?? '—'}    应约有效期:${agreement.validDays ?? '—'} 天    应约截止时间:${agreement.deadlineAt ?? '—'}`,
        ],
      };
    case 'offline':
      return acts.sealedPageCount > 0
        ? {
            title,
            lines: [`甲方已在打印的本协议上加盖公章;盖章协议书扫描件共 ${acts.sealedPageCount} 份,经丙方审核通过,附于本协议之后。`],
            seal: { caption: '甲方(盖章)', note: '盖章页见附件' },
          }
        : {
            title,
            lines: ['请在右侧方框内加盖与单位名称一致的公章。', '经办人签字:', '日期:        年      月      日'],
            seal: { caption: '甲方(盖章)', note: null },
          };
    case 'paper':
      return {
        title,
        lines: [`甲方已在纸质就业协议书(编号 ${agreement.paperAgreementNumber ?? '—'})上签字盖章,扫描件经丙方审核。`],
      };
  }
}

function studentBlock(agreement: AgreementView, acts: PartyActs): Block {
  const title = `乙方(毕业生):${agreement.student.name}`;
  if (agreement.kind === 'online') {
    return {
      title,
      lines: [`电子签约:乙方本人于 ${agreement.answeredAt ?? '—'} 登录本系统,重新输入登录密码验证身份后接受签约邀请。`],
    };
  }
  const what = agreement.kind === 'offline' ? '提交线下签约申请及协议信息' : '登记纸质就业协议书信息';
  return { title, lines: [`电子确认:乙方本人于 ${acts.submittedAt ?? '—'} 登录本系统${what}。`] };
}

function schoolBlock(agreement: AgreementView, schoolName: string): Block {
  const approvals = agreement.reviews.filter((review) => review.result === 'approved');
  const unit = (stage: 'college' | 'school') =>
    stage === 'college' ? `${schoolName} ${agreement.student.collegeName}` : `${schoolName} 毕业生就业工作部门`;
  return {
    title: `丙方(学校):${schoolName}`,
    lines:
      approvals.length === 0
        ? ['尚无审核通过记录。']
        : approvals.map((review) => `${review.stageName}:${unit(review.stage)} 于 ${review.decidedAt} 审核通过。`),
  };
}

function drawBlock(document: PDFKit.PDFDocument, block: Block): void {
  const width = contentWidth(document);
  const textWidth = width - PADDING * 2 - (block.seal ? SEAL_AREA + PADDING : 0);
  document.font(BOLD).fontSize(10.5);
  const titleHeight = document.heightOfString(block.title, { width: textWidth });
  document.font(REGULAR).fontSize(9.5);
  const linesHeight = block.lines.reduce((sum, line) => sum + document.heightOfString(line, { width: textWidth, lineGap: 2 }) + 4, 0);
  const height = Math.max(titleHeight + linesHeight + PADDING * 2 + 4, block.seal ? SEAL_AREA - 10 : 0);
  ensureSpace(document, height + 8);
  const top = document.y;
  document.rect(PAGE_MARGIN, top, width, height).lineWidth(0.6).stroke('#444');
  document.font(BOLD).fontSize(10.5).fillColor('#000').text(block.title, PAGE_MARGIN + PADDING, top + PADDING, { width: textWidth });
  document.font(REGULAR).fontSize(9.5);
  let y = document.y + 4;
  for (const line of block.lines) {
    document.text(line, PAGE_MARGIN + PADDING, y, { width: textWidth, lineGap: 2 });
    y = document.y + 4;
  }
  if (block.seal) sealArea(document, PAGE_MARGIN + width - PADDING - SEAL_AREA, top + PADDING, height - PADDING * 2, block.seal);
  document.x = PAGE_MARGIN;
  document.y = top + height + 8;
}

/** The empty square the employer stamps; once sealed, a note points to the scan pages after the agreement. */
function sealArea(document: PDFKit.PDFDocument, x: number, top: number, height: number, seal: NonNullable<Block['seal']>): void {
  document.save();
  document.rect(x, top, SEAL_AREA, height).dash(3, { space: 3 }).lineWidth(0.6).stroke('#888');
  document.restore();
  document.font(BOLD).fontSize(9.5).fillColor('#333').text(seal.caption, x + 6, top + 6, { width: SEAL_AREA - 12 });
  if (seal.note) {
    document.font(REGULAR).fontSize(8.5).fillColor('#555').text(seal.note, x + 6, top + height - 34, { width: SEAL_AREA - 12, align: 'center' });
  }
  document.fillColor('#000');
}
