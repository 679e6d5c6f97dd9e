import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { AgreementView } from '../../contract/agreement';
import { cjkFont } from './fonts';

export type AgreementDocumentInput = {
  agreement: AgreementView;
  student: { idNumber: string; examNumber: string | null };
  school: { name: string; code: string };
  verifyUrl: string;
  /** A mark across every page, e.g. 待用人单位盖章 on an offline agreement before the employer's seal. */
  mark?: string | undefined;
  /** The document's fixed date: the same content then gives the same bytes. */
  issuedAt: Date;
};

const PAGE_MARGIN = 50;
const LABEL_WIDTH = 110;

/** The 电子就业协议书 (DOMAIN §8): A4, Chinese, three parties, terms, review records, QR code. */
export async function renderAgreementDocument(input: AgreementDocumentInput): Promise<Buffer> {
  const { agreement } = input;
  const qr = await QRCode.toBuffer(input.verifyUrl, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const document = new PDFDocument({
    size: 'A4',
    margin: PAGE_MARGIN,
    bufferPages: true,
    info: {
      Title: `毕业生就业协议书 ${agreement.agreementNumber ?? ''}`.trim(),
      Author: input.school.name,
      Subject: '全国高校毕业生毕业去向登记系统 电子就业协议书',
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

  document.registerFont('cjk', cjkFont());
  document.font('cjk');

  document.fontSize(20).text('毕业生就业协议书', { align: 'center' });
  document.moveDown(0.3).fontSize(10).fillColor('#555');
  document.text(`协议编号:${agreement.agreementNumber ?? '(审核通过后生成)'}    签约类型:${agreement.kindName}    签约状态:${agreement.statusLabel}`, {
    align: 'center',
  });
  document.fillColor('#000').moveDown(0.8);

  const employer = agreement.employer;
  section(document, '甲方(用人单位)', [
    ['单位名称', employer.name],
    ['统一社会信用代码', employer.uscc],
    ['单位性质', employer.natureName],
    ['单位行业', employer.industryName],
    ['通讯地址', `${employer.regionName}${employer.address}`],
    ['单位联系人', employer.contactName],
    ['联系人电话', employer.contactPhone],
    ['联系人手机', employer.contactMobile],
    ['联系人邮箱', employer.contactEmail],
  ]);
  const student = agreement.student;
  section(document, '乙方(毕业生)', [
    ['姓名', student.name],
    ['性别', student.genderName],
    ['身份证号', input.student.idNumber],
    ['考生号', input.student.examNumber],
    ['毕业院校', student.schoolName],
    ['院系', student.collegeName],
    ['层次', student.levelName],
    ['专业名称', student.majorName],
    ['届别', `${student.cohort} 届`],
  ]);
  section(document, '丙方(学校)', [
    ['学校名称', input.school.name],
    ['院校代码', input.school.code],
    ['审核部门', '学校就业工作部门'],
  ]);
  const terms = agreement.terms;
  section(document, '协议条款', [
    ['职位类别', terms.positionCategoryName],
    ['岗位名称', terms.positionTitle],
    ['试用期', terms.probation],
    ['试用起薪', money(terms.probationSalary)],
    ['转正起薪', money(terms.regularSalary)],
    ['违约金', money(terms.breachPenalty)],
    ['报到地点', terms.reportLocation],
    ['报到期限', terms.reportDeadline],
    ['实际工作地点', terms.workLocation],
    ['单位是否解决户档', terms.hukouHandlingName],
    ['协议补充内容', terms.supplement ?? '无'],
  ]);
  section(
    document,
    '审核记录',
    agreement.reviews.map((review) => [
      review.stageName,
      `${review.resultName}  ${review.decidedAt}${review.comment ? `  意见:${review.comment}` : ''}`,
    ]),
  );
  section(document, '签约过程', [
    ['邀约时间', agreement.invitedAt],
    ['学生接受时间', agreement.answeredAt],
    ['协议生效时间', agreement.effectiveAt],
  ]);

  if (document.y > document.page.height - PAGE_MARGIN - 130) document.addPage();
  const top = document.y + 10;
  document.image(qr, PAGE_MARGIN, top, { width: 90 });
  document.fontSize(10).text('扫描二维码或访问下方地址验证本协议真伪:', PAGE_MARGIN + 105, top + 8);
  document.text(input.verifyUrl, PAGE_MARGIN + 105, document.y + 2, { width: 340 });
  document.text(`验证码:${agreement.verificationCode ?? '—'}`, PAGE_MARGIN + 105, document.y + 2);
  document.fontSize(9).fillColor('#555');
  document.text('本协议经甲方发起、乙方本人确认、丙方审核通过后生效,由全国高校毕业生毕业去向登记系统生成。', PAGE_MARGIN + 105, document.y + 6, {
    width: 340,
  });
  footers(document, agreement.agreementNumber, input.mark);
  document.end();
  return finished;
}

function money(value: number | null): string | null {
  return value === null ? null : `${value.toLocaleString('zh-CN')} 元`;
}

function section(document: PDFKit.PDFDocument, title: string, rows: [string, string | null][]): void {
  if (document.y > document.page.height - PAGE_MARGIN - 80) document.addPage();
  document.fontSize(13).fillColor('#000').text(title, PAGE_MARGIN);
  const lineY = document.y + 2;
  document.moveTo(PAGE_MARGIN, lineY).lineTo(document.page.width - PAGE_MARGIN, lineY).lineWidth(0.5).stroke('#999');
  document.moveDown(0.4).fontSize(10);
  const valueWidth = document.page.width - PAGE_MARGIN * 2 - LABEL_WIDTH;
  for (const [label, value] of rows) {
    const text = value ?? '—';
    const height = document.heightOfString(text, { width: valueWidth });
    if (document.y + height > document.page.height - PAGE_MARGIN) document.addPage();
    const y = document.y;
    document.fillColor('#555').text(label, PAGE_MARGIN, y, { width: LABEL_WIDTH - 8 });
    document.fillColor('#000').text(text, PAGE_MARGIN + LABEL_WIDTH, y, { width: valueWidth });
    document.y = Math.max(document.y, y + height) + 3;
  }
  document.moveDown(0.6);
}


/** 协议编号 and 第 n 页 共 m 页 at the foot of every page, so a printed page can be matched to its whole. */
function footers(document: PDFKit.PDFDocument, agreementNumber: string | null, mark: string | undefined): void {
  const range = document.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    document.switchToPage(index);
    if (mark) drawMark(document, mark);
    const bottomMargin = document.page.margins.bottom;
    document.page.margins.bottom = 0;
    document
      .fontSize(8)
      .fillColor('#888')
      .text(
        `协议编号 ${agreementNumber ?? '—'}    第 ${index + 1} 页 共 ${range.count} 页`,
        PAGE_MARGIN,
        document.page.height - PAGE_MARGIN + 16,
        { width: document.page.width - PAGE_MARGIN * 2, align: 'center', lineBreak: false },
      );
    document.page.margins.bottom = bottomMargin;
  }
}

function drawMark(document: PDFKit.PDFDocument, mark: string): void {
  const { width, height } = document.page;
  document.save();
  document.rotate(-30, { origin: [width / 2, height / 2] });
  document.fontSize(54).fillColor('#c00', 0.18).text(mark, 0, height / 2 - 30, { width, align: 'center', lineBreak: false });
  document.restore();
  document.fillColor('#000', 1);
}
