import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { AgreementView } from '../../contract/agreement';
import { clauseNumber, standardClauses } from './clauses';
import { cjkBoldFont, cjkFont } from './fonts';
import { BOLD, contentWidth, ensureSpace, fieldGrid, gridRow, heading, PAGE_MARGIN, paragraph, REGULAR, rowHeight, subheading, type Cell } from './layout';
import { countSealedPages, drawPdfSlots, sealedPageSections, type SealedPage } from './sealed-pages';
import { signatureBlocks, type PartyActs } from './signature-blocks';

export type { SealedPage } from './sealed-pages';

/** `agreement`: the agreement itself; `preseal`: an offline agreement printed for the employer's seal. */
export type DocumentVersion = 'agreement' | 'preseal';

export type AgreementDocumentInput = {
  agreement: AgreementView;
  version: DocumentVersion;
  verificationCode: string;
  student: { idNumber: string; examNumber: string | null };
  school: { name: string; code: string; disputeClause: string };
  acts: Omit<PartyActs, 'sealedPageCount'>;
  /** The approved pages of the employer-sealed scan, appended to a final offline agreement. */
  sealedPages: SealedPage[];
  verifyUrl: string;
  /** The document's fixed date: the same content then gives the same bytes. */
  issuedAt: Date;
};

const PRESEAL_MARK = '待用人单位盖章';
const KIND_TITLES: Record<AgreementView['kind'], string> = {
  online: '线上签约',
  offline: '线下签约(向学校申请电子协议书)',
  paper: '纸质协议书登记',
};

/**
 * The 电子就业协议书 (DOMAIN §8), laid out like the national 全国普通高等学校毕业生就业协议书: the parties,
 * the agreed terms, the standard clauses, a signature and seal block per party, the review record and the
 * 验真 QR code; a final offline agreement is followed by its sealed scan pages. A4, embedded CJK font.
 */
export async function renderAgreementDocument(input: AgreementDocumentInput): Promise<Buffer> {
  const { agreement } = input;
  const qr = await QRCode.toBuffer(input.verifyUrl, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const counts = await countSealedPages(input.sealedPages);
  const document = new PDFDocument({
    size: 'A4',
    margin: PAGE_MARGIN,
    bufferPages: true,
    info: {
      Title: `${input.version === 'preseal' ? '待盖章协议书' : '毕业生就业协议书'} ${agreement.agreementNumber ?? ''}`.trim(),
      Author: input.school.name,
      Subject: '全国高校毕业生毕业去向登记系统 电子就业协议书',
      Creator: '全国高校毕业生毕业去向登记系统',
      Producer: '全国高校毕业生毕业去向登记系统',
      CreationDate: input.issuedAt,
      ModDate: input.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  document.registerFont(REGULAR, cjkFont());
  document.registerFont(BOLD, cjkBoldFont());

  titleBlock(document, input);
  partiesSection(document, input);
  termsSection(document, agreement);
  clausesSection(document, input);
  // The heading stays with the first party's block.
  heading(document, '五、各方签章', 150);
  signatureBlocks(document, agreement, input.school.name, { ...input.acts, sealedPageCount: input.sealedPages.length });
  reviewSection(document, agreement, input.school.name);
  verificationBlock(document, input, qr);
  const agreementPages = document.bufferedPageRange().count;
  const slots = sealedPageSections(document, input.sealedPages, counts);
  footers(document, input, agreementPages);
  document.end();
  return drawPdfSlots(await finished, slots);
}

function titleBlock(document: PDFKit.PDFDocument, input: AgreementDocumentInput): void {
  const { agreement } = input;
  const width = contentWidth(document);
  document.font(BOLD).fontSize(22).fillColor('#000').text('毕业生就业协议书', PAGE_MARGIN, PAGE_MARGIN + 4, { width, align: 'center', characterSpacing: 4 });
  document.font(REGULAR).fontSize(9.5).fillColor('#555');
  document.text(`全国高校毕业生毕业去向登记系统 电子协议书 · ${KIND_TITLES[agreement.kind]}`, { width, align: 'center' });
  document.moveDown(0.8).fillColor('#000');
  const preseal = input.version === 'preseal';
  fieldGrid(document, [
    ['协议编号', agreement.agreementNumber ?? '—', '验证码', input.verificationCode],
    [
      '签约状态',
      preseal ? PRESEAL_MARK : agreement.statusLabel,
      '生效时间',
      preseal ? '甲方盖章、丙方审核后生效' : (agreement.effectiveAt ?? '—'),
    ],
    ...(agreement.kind === 'paper'
      ? [['纸质协议书编号', agreement.paperAgreementNumber ?? '—'] as [string, string]]
      : []),
  ]);
  document.moveDown(0.6);
  paragraph(
    document,
    '甲方(用人单位)、乙方(毕业生)、丙方(学校)根据国家关于高校毕业生就业的法律法规和政策规定,本着平等自愿、诚实信用的原则,经协商一致,就乙方毕业后到甲方就业事宜订立本协议,共同遵守。',
  );
}

function partiesSection(document: PDFKit.PDFDocument, input: AgreementDocumentInput): void {
  const { employer, student } = input.agreement;
  heading(document, '一、协议各方');
  subheading(document, '甲方(用人单位)');
  fieldGrid(document, [
    ['单位名称', employer.name],
    ['统一社会信用代码', employer.uscc, '单位性质', employer.natureName],
    ['单位行业', employer.industryName],
    ['通讯地址', `${employer.regionName}${employer.address}`],
    ['单位联系人', employer.contactName, '联系人手机', employer.contactMobile],
    ['联系人电话', employer.contactPhone ?? '—', '联系人邮箱', employer.contactEmail ?? '—'],
  ]);
  subheading(document, '乙方(毕业生)');
  fieldGrid(document, [
    ['姓名', student.name, '性别', student.genderName],
    ['身份证号', input.student.idNumber, '考生号', input.student.examNumber ?? '—'],
    ['毕业院校', student.schoolName, '院系', student.collegeName],
    ['学历层次', student.levelName, '届别', `${student.cohort} 届`],
    ['专业名称', student.majorName],
  ]);
  subheading(document, '丙方(学校)');
  fieldGrid(document, [
    ['学校名称', input.school.name, '院校代码', input.school.code],
    ['审核部门', `${student.collegeName}(院系审核);学校毕业生就业工作部门(学校审核)`],
  ]);
}

function money(value: number | null): string {
  return value === null ? '—' : `${value.toLocaleString('zh-CN')} 元`;
}

function termsSection(document: PDFKit.PDFDocument, agreement: AgreementView): void {
  const { terms } = agreement;
  heading(document, '二、约定事项');
  fieldGrid(document, [
    ['职位类别', terms.positionCategoryName, '岗位名称', terms.positionTitle],
    ['试用期', terms.probation ?? '—', '试用起薪', money(terms.probationSalary)],
    ['转正起薪', money(terms.regularSalary), '违约金', money(terms.breachPenalty)],
    ['报到地点', terms.reportLocation ?? '—', '报到期限', terms.reportDeadline ?? '—'],
    ['实际工作地点', terms.workLocation ?? '—'],
    ['单位是否解决户档', terms.hukouHandlingName],
  ]);
  heading(document, '三、协议补充内容');
  const width = contentWidth(document);
  gridRow(document, [{ text: terms.supplement ?? '无', width }], 10);
}

function clausesSection(document: PDFKit.PDFDocument, input: AgreementDocumentInput): void {
  heading(document, '四、协议条款');
  standardClauses(input.agreement, input.school.disputeClause).forEach((clause, index) => {
    paragraph(document, `${clauseNumber(index)}\u3000${clause}`, { align: 'left' });
  });
}

function reviewSection(document: PDFKit.PDFDocument, agreement: AgreementView, schoolName: string): void {
  const widths = [80, 140, 44, 111, 108];
  const cellsOf = (texts: string[], label: boolean): Cell[] =>
    texts.map((text, index) => ({ text, width: widths[index]!, label, align: index === 2 || label ? 'center' : 'left' }));
  const headerCells = cellsOf(['审核环节', '审核单位', '结果', '审核意见', '审核时间'], true);
  const rows: Cell[][] =
    agreement.reviews.length === 0
      ? [[{ text: '暂无审核记录', width: contentWidth(document), align: 'center' }]]
      : agreement.reviews.map((review) =>
          cellsOf(
            [
              review.stageName,
              review.stage === 'college' ? agreement.student.collegeName : `${schoolName}毕业生就业工作部门`,
              review.resultName,
              review.comment ?? '—',
              review.decidedAt,
            ],
            false,
          ),
        );
  const header = () => gridRow(document, headerCells, 9);
  // The title and the table's header stay with the first record; a page break repeats the header.
  heading(document, '六、审核记录', rowHeight(document, headerCells, 9) + rowHeight(document, rows[0]!, 9));
  header();
  for (const cells of rows) gridRow(document, cells, 9, header);
}

function verificationBlock(document: PDFKit.PDFDocument, input: AgreementDocumentInput, qr: Buffer): void {
  const size = 92;
  ensureSpace(document, size + 30);
  document.moveDown(1);
  const top = document.y;
  const x = PAGE_MARGIN + size + 16;
  const width = contentWidth(document) - size - 16;
  document.image(qr, PAGE_MARGIN, top, { width: size });
  document.font(BOLD).fontSize(10.5).fillColor('#000').text('协议验真', x, top + 2, { width });
  document.font(REGULAR).fontSize(9.5).text(`验证码:${input.verificationCode}`, x, document.y + 3, { width });
  document.text(`扫描左侧二维码,或访问 ${input.verifyUrl} ,可查验本协议的编号、签约各方和状态。`, x, document.y + 3, { width, lineGap: 1 });
  document.fontSize(8.5).fillColor('#555');
  document.text('本协议由全国高校毕业生毕业去向登记系统生成,各方下载件与系统记录一致;任何涂改、增删无效。', x, document.y + 3, { width });
  document.fillColor('#000');
  document.y = Math.max(document.y, top + size);
}

/** 协议编号 and 第 n 页 共 m 页 at the foot of every page, so a printed page can be matched to its whole. */
function footers(document: PDFKit.PDFDocument, input: AgreementDocumentInput, agreementPages: number): void {
  const range = document.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    document.switchToPage(index);
    if (input.version === 'preseal' && index < agreementPages) drawMark(document, PRESEAL_MARK);
    const bottomMargin = document.page.margins.bottom;
    document.page.margins.bottom = 0;
    const y = document.page.height - PAGE_MARGIN + 4;
    document.moveTo(PAGE_MARGIN, y - 4).lineTo(document.page.width - PAGE_MARGIN, y - 4).lineWidth(0.4).stroke('#aaa');
    document
      .font(REGULAR)
      .fontSize(8)
      .fillColor('#666')
      .text(
        `协议编号 ${input.agreement.agreementNumber ?? '—'}    验证码 ${input.verificationCode}    第 ${index + 1} 页 共 ${range.count} 页`,
        PAGE_MARGIN,
        y,
        { width: contentWidth(document), align: 'center', lineBreak: false },
      );
    document.page.margins.bottom = bottomMargin;
  }
}

function drawMark(document: PDFKit.PDFDocument, mark: string): void {
  const { width, height } = document.page;
  document.save();
  document.rotate(-30, { origin: [width / 2, height / 2] });
  document.font(BOLD).fontSize(56).fillColor('#c00', 0.16).text(mark, 0, height / 2 - 30, { width, align: 'center', lineBreak: false });
  document.restore();
  document.fillColor('#000', 1);
}
