import { describe, expect, it } from 'vitest';
import type { AgreementView } from '../../src/contract/agreement';
import { renderAgreementDocument, type AgreementDocumentInput } from '../../src/server/pdf/agreement-document';
import { pdfText, writePagePngs } from '../integration/document-helpers';

const SUPPLEMENT = '甲方为乙方提供人才公寓一套,服务期五年;乙方被录取为研究生的,本协议自动解除。'.repeat(25).slice(0, 1000);
const COMMENT = '协议补充内容中关于服务期和住房的约定已与用人单位核实,同意。'.repeat(8);

/** An online agreement with every field at its longest: nothing may be cut off or overlap. */
function longestAgreement(): AgreementView {
  return {
    id: 1,
    kind: 'online',
    kindName: '线上签约',
    status: 'effective',
    statusLabel: '已生效',
    agreementNumber: '2027100013100001',
    invitedAt: '2027-03-01 09:30:00',
    validDays: 30,
    deadlineAt: '2027-04-01 00:00:00',
    deadlineIso: '2027-03-31T16:00:00.000Z',
    answeredAt: '2027-03-02 10:00:00',
    effectiveAt: '2027-03-05 16:00:00',
    failureReason: null,
    canAnswer: false,
    canEdit: false,
    canUploadScan: false,
    canWithdraw: false,
    reviewRound: 1,
    scanRound: 0,
    paperAgreementNumber: null,
    blockedReason: null,
    hasPdf: true,
    hasPresealPdf: false,
    verificationCode: 'ABCDEFGHJKLMNPQR',
    terms: {
      positionCategoryName: '工程技术人员',
      positionTitle: '人工智能算法研究与工程化落地高级工程师(自然语言处理与大模型方向)',
      probation: '6个月',
      probationSalary: 18000,
      regularSalary: 25000,
      breachPenalty: 30000,
      reportLocation: '北京市海淀区中关村软件园二期十号楼人力资源部三层报到处',
      reportDeadline: '2027-07-15',
      workLocation: '北京市海淀区中关村软件园二期十号楼,或甲方在上海、深圳、杭州的研发中心',
      hukouHandlingName: '托管单位接收',
      supplement: SUPPLEMENT,
    },
    employer: {
      name: '中国某某某某科技集团股份有限公司北京人工智能研究院分公司',
      uscc: '91110108MA01A2B3CF',
      natureName: '其他企业',
      industryName: '信息传输、软件和信息技术服务业',
      regionName: '北京市海淀区',
      address: '中关村软件园二期十号楼东区三层至五层 301–520 室',
      contactName: '欧阳建国',
      contactPhone: '010-88886666-8001',
      contactMobile: '13900000001',
      contactEmail: 'campus-recruitment-beijing@example-technology-group.com.cn',
    },
    student: {
      name: '欧阳娜娜',
      genderName: '女',
      idNumberMasked: '1101**********0023',
      schoolName: '示例大学',
      collegeName: '计算机科学与技术学院(人工智能学院)',
      levelName: '硕士',
      majorName: '计算机科学与技术(人工智能与大数据方向)',
      cohort: 2027,
    },
    reviews: [
      { stage: 'college', stageName: '院系审核', result: 'approved', resultName: '通过', comment: COMMENT, reviewerName: '院系', decidedAt: '2027-03-03 10:00:00' },
      { stage: 'school', stageName: '学校审核', result: 'approved', resultName: '通过', comment: COMMENT, reviewerName: '学校', decidedAt: '2027-03-05 16:00:00' },
    ],
  };
}

// Two renders, a text extraction and five page images: seconds on a loaded 2-core machine, not a unit test's 5.
describe('the agreement document at its longest', { timeout: 60_000 }, () => {
  it('breaks pages without cutting anything off: every clause, the whole 协议补充内容 and each review comment are there', async () => {
    const input: AgreementDocumentInput = {
      agreement: longestAgreement(),
      version: 'agreement',
      verificationCode: 'ABCDEFGHJKLMNPQR',
      student: { idNumber: '110101200001010023', examNumber: '27110000000001' },
      school: { name: '示例大学', code: '10001', disputeClause: '因履行本协议发生争议的,各方协商解决;协商不成的,可依法申请仲裁或提起诉讼。' },
      acts: { invitedBy: '欧阳建国', submittedAt: null },
      sealedPages: [],
      verifyUrl: 'https://dj.example.edu.cn/verify/ABCDEFGHJKLMNPQR',
      issuedAt: new Date('2027-03-05T08:00:00Z'),
    };
    const bytes = await renderAgreementDocument(input);
    expect(bytes.length).toBeLessThanOrEqual(200 * 1024);
    expect(bytes.equals(await renderAgreementDocument(input))).toBe(true);
    const text = await pdfText(bytes);
    expect(text).toContain(SUPPLEMENT);
    expect(text.split(COMMENT).length - 1).toBe(2);
    for (const expected of ['第十条', '五、各方签章', '六、审核记录', '协议验真', input.agreement.employer.contactEmail!]) {
      expect(text, expected).toContain(expected);
    }
    writePagePngs(bytes, 'agreement-longest');
  });
});
