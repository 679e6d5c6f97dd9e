import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './harness';
import {
  agreementIdOf,
  choosePath,
  decideByApi,
  decideInBrowser,
  fillEmployerPart,
  fillTermsPart,
  OFFLINE_EMPLOYER,
  scannedPagePng,
  snap,
  writeFiles,
} from './offline-helpers';
import { agreementCard, DESKTOP, graduateOf, logIn, openReview, PHONE } from './online-helpers';

const e2e = useServerAndBrowser();

const SCAN_COMMENT = '第 2 页公章不清晰,请重新扫描后上传。';

describe('本人回传协议书 in the browser', () => {
  it('the graduate returns the sealed scan himself, it is returned once with a comment, he uploads again, both 通过 → 已生效', async () => {
    // 13800000001 has not confirmed his record yet: he does so first, as on his first login.
    const phone = '13800000001';
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    let agreementId: number;
    try {
      await logIn(page, e2e.server.url, phone);
      await page.waitForURL('**/student/confirm');
      await page.getByRole('button', { name: '信息确认无误,进入系统' }).click();
      await page.waitForURL(/\/student$/);
      const { name } = await graduateOf(e2e.server.db, phone);

      await choosePath(page, '向学校申请电子协议书 线下登记');
      await page.waitForURL('**/student/offline/new');
      await fillEmployerPart(page);
      await fillTermsPart(page, { breachPenalty: '5000' });
      await page.getByRole('button', { name: '提交', exact: true }).click();
      await page.waitForURL(/\/student\/agreements\/\d+$/);
      agreementId = agreementIdOf(page);
      await page.getByText('已提交,院系审核中').waitFor();

      // The reviews of the content are not this test's subject: through the API.
      expect(await decideByApi(e2e.server.url, 'college1', agreementId, 'approved')).toBe('school_review');
      expect(await decideByApi(e2e.server.url, 'school1', agreementId, 'approved')).toBe('awaiting_scan');

      // 就业协议审核通过! → 本人回传协议书: two pages, one removed and added again, then 提交回传.
      await page.reload();
      await page.getByText('就业协议审核通过!').waitFor();
      await page.getByRole('link', { name: '点击下载电子协议书' }).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: '本人回传协议书' }).click();
      await page.waitForURL(`**/student/agreements/${agreementId}/scan`);
      await page.getByText('下载并打印电子协议书,交用人单位加盖单位公章', { exact: false }).waitFor();
      const [first, second, wrong] = writeFiles({
        'page-1.png': scannedPagePng(1),
        'page-2.png': scannedPagePng(2),
        'notes.txt': Buffer.from('不是扫描件'),
      });
      const add = page.getByLabel('添加协议书页面');
      await add.setInputFiles([first!, wrong!]);
      await page.getByText('「notes.txt」不是 JPG、PNG 或 PDF 文件').waitFor();
      await add.setInputFiles(second!);
      await page.getByRole('img', { name: '第 2 页' }).waitFor();
      await snap(page, 'scan-own-01-picked');
      await page.getByRole('button', { name: '删除第 2 页' }).click();
      expect(await page.getByRole('img', { name: '第 2 页' }).count()).toBe(0);
      await add.setInputFiles(second!);
      await page.getByRole('img', { name: '第 2 页' }).waitFor();
      await page.getByRole('button', { name: '提交回传' }).click();
      await page.waitForURL(`**/student/agreements/${agreementId}`);
      await page.getByText('协议书已回传,协议书院系审核中').first().waitFor();
      await page.getByText('盖章协议书 · 第 1 次回传(本人回传)').waitFor();
      expect(await page.locator('.attachment-list__thumb img').count()).toBe(2);
      await snap(page, 'scan-own-02-uploaded');

      // 院系 退回修改 the scan with a comment, in 签约审核.
      const reviewerContext = await e2e.browser.newContext(DESKTOP);
      const reviewer = await reviewerContext.newPage();
      try {
        await logIn(reviewer, e2e.server.url, 'college1');
        await openReview(reviewer, name);
        await reviewer.locator('.ant-drawer-header').getByText('签约审核').waitFor();
        await reviewer.getByRole('img', { name: /盖章协议书.*第 2 页/ }).waitFor();
        await snap(reviewer, 'scan-own-03-college-review', false);
        await decideInBrowser(reviewer, name, '退回修改', {
          comment: SCAN_COMMENT,
          shot: 'scan-own-04-college-return',
        });
        await reviewer.getByText('已退回,学生会按意见重新回传协议书').waitFor();
      } finally {
        await reviewerContext.close();
      }

      // 学生: sees the comment, uploads again.
      await page.goto(`${e2e.server.url}/student`);
      const card = agreementCard(page, OFFLINE_EMPLOYER.name);
      expect(await card.textContent()).toContain('待回传');
      await card.click();
      await page.getByRole('alert').filter({ hasText: SCAN_COMMENT }).waitFor();
      await page.getByText('回传的协议书被退回修改').waitFor();
      await snap(page, 'scan-own-05-returned');
      await page.getByRole('button', { name: '本人回传协议书' }).click();
      await page.getByRole('alert').filter({ hasText: SCAN_COMMENT }).waitFor();
      await page.getByLabel('添加协议书页面').setInputFiles([first!, second!]);
      await page.getByRole('img', { name: '第 2 页' }).waitFor();
      await page.getByRole('button', { name: '提交回传' }).click();
      await page.waitForURL(`**/student/agreements/${agreementId}`);
      await page.getByText('盖章协议书 · 第 2 次回传(本人回传)').waitFor();
      await snap(page, 'scan-own-06-uploaded-again');

      // Both stages 通过 the new scan.
      expect(await decideByApi(e2e.server.url, 'college1', agreementId, 'approved')).toBe('scan_school_review');
      expect(await decideByApi(e2e.server.url, 'school1', agreementId, 'approved')).toBe('effective');

      await page.reload();
      await page.getByText('签约成功,已生效').waitFor();
      await page.getByRole('link', { name: '下载协议' }).waitFor({ timeout: 30_000 });
      await page.getByRole('link', { name: '待盖章协议书' }).waitFor();
      await snap(page, 'scan-own-07-effective');

      // 验真 (the QR code's page) certifies the final document and lists each sealed page it carries.
      const row = await e2e.server.db
        .selectFrom('agreement')
        .innerJoin('stored_file', 'stored_file.id', 'agreement.pdf_file_id')
        .select(['agreement.verification_code', 'agreement.scan_round', 'stored_file.sha256'])
        .where('agreement.id', '=', agreementId)
        .executeTakeFirstOrThrow();
      const sealed = await e2e.server.db
        .selectFrom('agreement_file')
        .innerJoin('stored_file', 'stored_file.id', 'agreement_file.stored_file_id')
        .select('stored_file.sha256')
        .where('agreement_file.agreement_id', '=', agreementId)
        .where('agreement_file.round', '=', row.scan_round)
        .orderBy('agreement_file.page')
        .execute();
      await page.goto(`${e2e.server.url}/verify/${row.verification_code}`);
      await page.getByText('验真通过').waitFor();
      await page.getByText(row.sha256).waitFor();
      await page.getByText('用人单位盖章页指纹(SHA-256)').waitFor();
      for (const [index, file] of sealed.entries()) {
        await page.getByText(`第 ${index + 1} 份`).waitFor();
        await page.getByText(file.sha256).waitFor();
      }
      await snap(page, 'scan-own-08-verify');
    } finally {
      await context.close();
    }
  }, 240_000);
});
