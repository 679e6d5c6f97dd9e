import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './harness';
import {
  agreementIdOf,
  choosePath,
  decideInBrowser,
  fillEmployerPart,
  fillTermsPart,
  OFFLINE_EMPLOYER,
  scannedPagePdf,
  scannedPagePng,
  snap,
  writeFiles,
} from './offline-helpers';
import { agreementCard, asEachReviewer, graduateOf, logIn, openReview, PHONE } from './online-helpers';

const e2e = useServerAndBrowser();

const PAPER_NUMBER = 'BJ2027-004512';

describe('纸质协议书登记 in the browser', () => {
  it('the graduate registers his paper agreement with its number and two scanned pages; 院系 and 学校 通过 → 已生效', async () => {
    const { name } = await graduateOf(e2e.server.db, '13800000002');
    const [png, pdf] = writeFiles({ '协议书第1页.png': scannedPagePng(3), '协议书第2页.pdf': await scannedPagePdf() });

    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    let agreementId: number;
    try {
      await logIn(page, e2e.server.url, '13800000002');
      await page.waitForURL(/\/student$/);
      await choosePath(page, '纸质协议书登记', 'paper-01-chooser');
      await page.waitForURL('**/student/paper/new');
      await page.getByRole('heading', { name: '纸质协议书登记' }).waitFor();
      await snap(page, 'paper-02-empty-form');

      // Without the scans and the number, 提交 says so.
      await page.getByRole('button', { name: '提交', exact: true }).click();
      await page.getByText('请填写纸质协议书编号').waitFor();
      await page.getByText('请上传纸质协议书扫描件(JPG/PNG/PDF,可多页)').waitFor();

      await page.getByLabel('纸质协议书编号').fill(PAPER_NUMBER);
      await page.getByLabel('添加扫描件').setInputFiles([png!, pdf!]);
      await page.getByRole('img', { name: '第 1 页' }).waitFor();
      await page.getByRole('button', { name: /预览第 2 页/ }).waitFor();
      await fillEmployerPart(page);
      await fillTermsPart(page, { breachPenalty: '3000' });
      await snap(page, 'paper-03-filled');
      await page.getByRole('button', { name: '提交', exact: true }).click();
      await page.waitForURL(/\/student\/agreements\/\d+$/);
      agreementId = agreementIdOf(page);
      await page.getByText('已提交,院系审核中').waitFor();
      const numberRow = page
        .locator('.adm-list-item')
        .filter({ has: page.getByText('纸质协议书编号', { exact: true }) });
      expect(await numberRow.textContent()).toContain(PAPER_NUMBER);
      await page.getByText('纸质协议书扫描件 · 第 1 次提交').waitFor();
      await snap(page, 'paper-04-submitted');
    } finally {
      await context.close();
    }

    // 院系 and 学校: the number, the image inline and the PDF in its frame, then 通过.
    await asEachReviewer(e2e, async (reviewerPage, reviewer) => {
      const step = reviewer === 'college1' ? '05-college' : '06-school';
      await reviewerPage.getByRole('menuitem', { name: '协议审核' }).click();
      const row = reviewerPage.getByRole('row').filter({ hasText: name });
      expect(await row.textContent()).toContain('纸质协议书登记');
      await openReview(reviewerPage, name);
      const drawer = reviewerPage.locator('.ant-drawer');
      await drawer.getByText('纸质协议书编号', { exact: true }).waitFor();
      expect(await drawer.textContent()).toContain(PAPER_NUMBER);
      await drawer.getByRole('img', { name: /纸质协议书扫描件.*第 1 页/ }).waitFor();
      const frame = drawer.locator('iframe.review-attachments__frame');
      await frame.waitFor();
      expect(await frame.getAttribute('src')).toMatch(new RegExp(`/api/review/agreements/${agreementId}/files/\\d+$`));
      await snap(reviewerPage, `paper-${step}-review`, false);
      await decideInBrowser(reviewerPage, name, '通过');
      await reviewerPage.getByText('已审核通过').waitFor();
    });

    const finalContext = await e2e.browser.newContext(PHONE);
    const done = await finalContext.newPage();
    try {
      await logIn(done, e2e.server.url, '13800000002');
      const card = agreementCard(done, OFFLINE_EMPLOYER.name);
      expect(await card.textContent()).toContain('已生效');
      await card.click();
      await done.getByText('签约成功,已生效').waitFor();
      await done.getByRole('link', { name: '下载协议' }).waitFor({ timeout: 30_000 });
      await snap(done, 'paper-07-effective');
      // The signing slot is held: the entry on 我的签约 is closed, with the reason.
      await done.goto(`${e2e.server.url}/student`);
      expect(await done.getByRole('button', { name: /签就业协议书就业/ }).isDisabled()).toBe(true);
      await done.getByText(`你已与「${OFFLINE_EMPLOYER.name}」签约成功(协议已生效)`, { exact: false }).waitFor();
      await snap(done, 'paper-08-my-agreements-slot-held');
    } finally {
      await finalContext.close();
    }
  }, 240_000);
});
